/**
 * What the quality check needs to know of each data set, read from the generated JSON Schemas
 * (generated/schemas, made from the data contracts): names, trading domain, mandatory fields and the
 * names of every field.
 */
import type { LocalizedText } from "../specs/manifest.ts";
import { loadGeneratedSchemas, type SchemaBundle } from "../validate/schemas.ts";

export interface DataSetInfo {
  dataNo: number;
  dataEn: string;
  name: LocalizedText;
  domain: string;
  required: string[];
  fields: Map<string, LocalizedText>;
  /** Fields a later version of the norm introduced (@since), with that version's ID. */
  since: Map<string, string>;
  /** The field that dates a record (@recordDate of the data set), DATA_TIMESTAMP by default. */
  recordDateField: string;
}

export type DataSets = Map<number, DataSetInfo>;

export function dataSetsFrom(bundle: SchemaBundle): DataSets {
  const out: DataSets = new Map();
  for (const s of bundle.dataSets) {
    const dataNo = Number(s["x-data-no"]);
    const fields = new Map<string, LocalizedText>();
    const since = new Map<string, string>();
    for (const [name, f] of Object.entries<any>(s.properties ?? {})) {
      fields.set(name, { zh: f["x-zh"] ?? name, en: f["x-en"] ?? name });
      if (f["x-since"] !== undefined) since.set(name, String(f["x-since"]));
    }
    out.set(dataNo, {
      dataNo,
      dataEn: String(s["x-data-en"]),
      name: { zh: String(s["x-zh"] ?? s.title ?? dataNo), en: String(s["x-en"] ?? dataNo) },
      domain: String(s["x-domain"] ?? "unknown"),
      required: [...(s.required ?? [])],
      fields,
      since,
      recordDateField: typeof s["x-record-date"] === "string" ? s["x-record-date"] : "DATA_TIMESTAMP",
    });
  }
  return out;
}

let cached: DataSets | undefined;

/** The data sets of generated/schemas, read once. */
export function loadDataSets(): DataSets {
  cached ??= dataSetsFrom(loadGeneratedSchemas());
  return cached;
}

/** "招标项目（501）" / "Tender project (501)". */
export function dataSetLabel(sets: DataSets, dataNo: number): LocalizedText {
  const d = sets.get(dataNo);
  return d ? { zh: `${d.name.zh}（${dataNo}）`, en: `${d.name.en} (${dataNo})` } : { zh: String(dataNo), en: String(dataNo) };
}

/** "招标代理机构代码" / "Agency code" of a field (the identifier when the data set does not name it). */
export function fieldName(sets: DataSets, dataNo: number, field: string): LocalizedText {
  return sets.get(dataNo)?.fields.get(field) ?? { zh: field, en: field };
}
