/**
 * The facts of the bundle that the reference marks as not verified, in one list: fields of the data
 * contracts tagged @unverified, code lists and codes with `verified: false`, the legal basis of
 * quality rules whose status is INFERRED or RECALLED, and the working-day calendar while `verified: false`. Standards staff work through this list.
 */
import { codeAnchor, paths } from "./context.ts";
import type { DocsModel, Json } from "./model.ts";

export interface UnverifiedFact {
  kind: "field" | "codelist" | "code" | "quality-basis" | "calendar";
  /** What it is: `500/PROJECT_CODE`, `TENDER_MODE`, `TENDER_MODE 3`, `QT-BID-PERIOD`. */
  label: string;
  /** Where it is on the site. */
  to: string;
  /** Why it is unverified (the tag's text, the list's source, the basis). */
  why: { zh: string; en: string };
}

export function unverifiedFacts(model: DocsModel): UnverifiedFact[] {
  const out: UnverifiedFact[] = [];
  const fields = (schema: Json, labelOf: (f: string) => string, to: (f: string) => string) => {
    for (const [name, f] of Object.entries<Json>(schema.properties ?? {})) {
      if (f["x-unverified"]) out.push({ kind: "field", label: labelOf(name), to: to(name), why: { zh: f["x-unverified"], en: f["x-unverified"] } });
      if (f.type === "array" && f.items?.properties) fields(f.items, (x) => `${labelOf(name)}[].${x}`, (x) => to(`${name}[].${x}`));
    }
  };
  for (const d of model.dataSets) fields(d.schema, (f) => `${d.dataNo}/${f}`, (f) => `${paths.dataSet(d.dataNo, d.dataEn)}#${f}`);
  if (model.envelope)
    for (const [id, s] of [["report-record", model.envelope.record], ["report-package", model.envelope.package]] as const)
      fields(s, (f) => `${id}.${f}`, (f) => `${paths.envelope}#${id}.${f}`);
  for (const l of model.codelists) {
    if (!l.verified) out.push({ kind: "codelist", label: l.id, to: paths.codelist(l.id), why: { zh: l.source, en: l.source } });
    for (const c of l.codes)
      if (c.verified === false && l.verified) out.push({ kind: "code", label: `${l.id} ${c.code}`, to: `${paths.codelist(l.id)}#${codeAnchor(c.code)}`, why: { zh: c.source ?? l.source, en: c.source ?? l.source } });
  }
  for (const r of model.quality?.rules ?? [])
    for (const b of r.basis)
      if (!b.verified) out.push({ kind: "quality-basis", label: r.id, to: `${paths.qualityRules}#${r.id}`, why: { zh: `${b.status}: ${b.zh}${b.note ? ` — ${b.note}` : ""}`, en: `${b.status}: ${b.en}${b.note ? ` — ${b.note}` : ""}` } });
  const calendar = model.quality?.calendar;
  if (calendar && !calendar.verified) out.push({ kind: "calendar", label: "calendar", to: `${paths.qualityRules}#calendar`, why: calendar.note });
  return out;
}
