/**
 * The result of a quality check: pass rates per rule, a 0–100 score per dimension, overall, per
 * reporting system and per trading domain, sampled failures, the findings, and the notices (通报) to
 * the responsible parties. The shape `ywjy quality --format json` prints.
 */
import type { Finding, Severity } from "../findings/finding.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import { fillMessage } from "../validate/catalogue.ts";
import type { FindingEntry, QualityRun, RuleStats, Tally } from "./engine.ts";
import { DIMENSIONS, qualityText, type Basis, type Dimension, type RuleDimension } from "./rules.ts";
import { formatStamp, showStamp } from "./time.ts";

export interface RuleResult extends LocalizedText {
  id: string;
  severity: Severity;
  checked: number;
  failed: number;
  /** (checked − failed) / checked, null when there was nothing to check. */
  passRate: number | null;
  findings: number;
  basis: Basis[];
  samples: Finding[];
}

export interface DimensionResult extends LocalizedText {
  /** 0–100: the mean pass rate of the rules that checked something; null when none did. */
  score: number | null;
  rules: RuleResult[];
}

export interface GroupResult {
  records: number;
  score: number | null;
  dimensions: Record<Dimension, number | null>;
  errors: number;
  warnings: number;
}

export interface SystemResult extends GroupResult {
  platformCodes: string[];
}

export interface NoticeParty {
  kind: "system" | "person" | "supervisor";
  systemNo?: string;
  name?: string;
  /** person: the fields that name them (BULLETIN_DUTY, EXAMINER_NAME, REPORT_DUTY) */
  roles?: string[];
  platformCodes?: string[];
}

export interface Notice {
  id: string;
  party: NoticeParty;
  title: LocalizedText;
  intro: LocalizedText;
  errors: number;
  warnings: number;
  problems: Finding[];
}

export interface QualitySummary {
  specVersion?: string;
  files: number;
  records: number;
  /** Not report records (no DATA_NO, DATA_KEY or context), left to `ywjy validate`. */
  skipped: number;
  /** Delete records (DATA_TYPE 3), not checked. */
  deletes: number;
  /** Earlier versions of records reported again later under the same DATA_KEY (changed or withdrawn), not checked. */
  superseded: number;
  /** Malformed lines or files (json-syntax findings). */
  unreadable: number;
  /** The end of the data window, yyyy-MM-dd HH:mm:ss. */
  windowEnd: string | null;
  score: number | null;
  errors: number;
  warnings: number;
  /** All findings; `findingsListed` of them are in `findings` (see maxFindings). */
  findingsTotal: number;
  findingsListed: number;
  rules: number;
}

export interface QualityResult {
  summary: QualitySummary;
  dimensions: Record<Dimension, DimensionResult>;
  collusion: DimensionResult;
  bySystem: Record<string, SystemResult>;
  byDomain: Record<string, GroupResult>;
  findings: Finding[];
  notices: Notice[];
}

const rate = (t: Tally): number | null => (t.checked === 0 ? null : (t.checked - t.failed) / t.checked);
const round1 = (n: number) => Math.round(n * 10) / 10;

/** 100 × the mean of the rates that are not null; null when all are. */
function score(rates: Array<number | null>): number | null {
  const known = rates.filter((r): r is number => r !== null);
  return known.length === 0 ? null : round1((100 * known.reduce((a, b) => a + b, 0)) / known.length);
}

function meanScore(scores: Array<number | null>): number | null {
  const known = scores.filter((s): s is number => s !== null);
  return known.length === 0 ? null : round1(known.reduce((a, b) => a + b, 0) / known.length);
}

function group(run: QualityRun, pick: (s: RuleStats) => number[], index: number): Pick<GroupResult, "score" | "dimensions"> {
  const dimensions = {} as Record<Dimension, number | null>;
  for (const d of DIMENSIONS) {
    const rates = [...run.stats.values()].filter((s) => s.rule.dimension === d).map((s) => rate({ checked: pick(s)[2 * index] ?? 0, failed: pick(s)[2 * index + 1] ?? 0 }));
    dimensions[d] = score(rates);
  }
  return { score: meanScore(DIMENSIONS.map((d) => dimensions[d])), dimensions };
}

function dimensionResult(run: QualityRun, d: RuleDimension): DimensionResult {
  const info = run.book.dimensions.find((x) => x.id === d)!;
  const rules: RuleResult[] = [...run.stats.values()]
    .filter((s) => s.rule.dimension === d)
    .map((s) => ({
      id: s.rule.id,
      zh: s.rule.zh,
      en: s.rule.en,
      severity: s.rule.severity,
      checked: s.checked,
      failed: s.failed,
      passRate: rate(s),
      findings: s.findings,
      basis: s.rule.basis,
      samples: s.samples,
    }));
  return { zh: info.zh, en: info.en, score: score(rules.map((r) => r.passRate)), rules };
}

/** One notice per responsible party, each with all of its problems. */
export function buildNotices(run: QualityRun, entries: FindingEntry[]): Notice[] {
  const { book } = run;
  const notices = new Map<string, Notice>();
  const collusion = new Set(run.book.rules.filter((r) => r.dimension === "collusion").map((r) => r.id));
  const roleName = (field: string): LocalizedText => book.texts[`role.${field}`] ?? { zh: field, en: field };
  const add = (id: string, make: () => Omit<Notice, "id" | "errors" | "warnings" | "problems">, f: Finding, role?: string) => {
    let n = notices.get(id);
    if (!n) notices.set(id, (n = { id, ...make(), errors: 0, warnings: 0, problems: [] }));
    if (role && !n.party.roles!.includes(role)) n.party.roles!.push(role);
    if (n.problems[n.problems.length - 1] === f) return;
    n.problems.push(f);
    if (f.severity === "error") n.errors++;
    else if (f.severity === "warning") n.warnings++;
  };
  const system = (index: number, f: Finding) => {
    const { systemNo, platformCodes } = run.input.systems[index]!;
    add(`system:${systemNo}`, () => ({ party: { kind: "system", systemNo, platformCodes: [...platformCodes].sort() }, title: fillMessage(qualityText(book, "notice.system"), { systemNo }), intro: { zh: "", en: "" } }), f);
  };
  for (const { finding: f, ref } of entries) {
    const project = ref.tp !== undefined ? run.tenderProjects.get(ref.tp) : undefined;
    if (collusion.has(f.ruleId)) {
      if (project?.supervisor) {
        const name = project.supervisor;
        add(`supervisor:${name}`, () => ({ party: { kind: "supervisor", name }, title: fillMessage(qualityText(book, "notice.supervisor"), { name }), intro: { zh: "", en: "" } }), f);
      } else system(ref.sys, f);
      continue;
    }
    system(ref.sys, f);
    const systemNo = run.systemNo(ref.sys);
    const persons: Array<[string, string]> = [...(ref.persons ?? [])];
    if (project?.duty) persons.push([book.responsible.tenderProject.field, project.duty]);
    for (const [field, name] of persons)
      add(
        `person:${systemNo}:${name}`,
        () => ({ party: { kind: "person", systemNo, name, roles: [] }, title: { zh: "", en: "" }, intro: { zh: "", en: "" } }),
        f,
        field,
      );
  }
  const order = { system: 0, person: 1, supervisor: 2 };
  const out = [...notices.values()].sort((a, b) => order[a.party.kind] - order[b.party.kind] || a.id.localeCompare(b.id));
  for (const n of out) {
    const count = n.problems.length;
    if (n.party.kind === "person") {
      const role = { zh: n.party.roles!.map((r) => roleName(r).zh).join("、"), en: n.party.roles!.map((r) => roleName(r).en).join(", ") };
      n.title = fillMessage(qualityText(book, "notice.person"), { role, name: n.party.name, systemNo: n.party.systemNo });
    }
    n.intro = fillMessage(qualityText(book, n.party.kind === "supervisor" ? "notice.supervisorIntro" : "notice.intro"), { count, errors: n.errors, warnings: n.warnings });
  }
  return out;
}

export interface ResultExtras {
  files: number;
  /** Findings about the input itself (json-syntax), in input order. */
  inputFindings: Finding[];
  specVersion?: string;
}

/** The result of a finished run. */
export function buildResult(run: QualityRun, extras: ResultExtras): QualityResult {
  const dimensions = {} as Record<Dimension, DimensionResult>;
  for (const d of DIMENSIONS) dimensions[d] = dimensionResult(run, d);
  const bySystem: Record<string, SystemResult> = {};
  const byName = <T>(list: T[], name: (t: T) => string) => list.map((t, i) => [t, i] as const).sort(([a], [b]) => name(a).localeCompare(name(b)));
  for (const [info, i] of byName(run.input.systems, (s) => s.systemNo)) {
    const f = run.findingsBySystem[i];
    bySystem[info.systemNo] = { records: info.records, platformCodes: [...info.platformCodes].sort(), ...group(run, (s) => s.bySystem, i), errors: f?.error ?? 0, warnings: f?.warning ?? 0 };
  }
  const byDomain: Record<string, GroupResult> = {};
  for (const [info, i] of byName(run.input.domains, (d) => d.domain)) {
    const f = run.findingsByDomain[i];
    byDomain[info.domain] = { records: info.records, ...group(run, (s) => s.byDomain, i), errors: f?.error ?? 0, warnings: f?.warning ?? 0 };
  }
  const stats = [...run.stats.values()];
  const bySeverity = (sev: Severity) => stats.filter((s) => s.rule.severity === sev).reduce((a, s) => a + s.findings, 0) + extras.inputFindings.filter((f) => f.severity === sev).length;
  const findings = [...extras.inputFindings, ...run.entries.map((e) => e.finding)];
  const end = run.windowEnd;
  const summary: QualitySummary = {
    ...(extras.specVersion ? { specVersion: extras.specVersion } : {}),
    files: extras.files,
    records: run.input.records + extras.inputFindings.length,
    skipped: run.input.skipped,
    deletes: run.input.deletes,
    superseded: run.input.superseded,
    unreadable: extras.inputFindings.length,
    windowEnd: end === undefined ? null : showStamp(formatStamp(end)),
    score: meanScore(DIMENSIONS.map((d) => dimensions[d].score)),
    errors: bySeverity("error"),
    warnings: bySeverity("warning"),
    findingsTotal: stats.reduce((a, s) => a + s.findings, 0) + extras.inputFindings.length,
    findingsListed: findings.length,
    rules: stats.length,
  };
  return { summary, dimensions, collusion: dimensionResult(run, "collusion"), bySystem, byDomain, findings, notices: buildNotices(run, run.entries) };
}
