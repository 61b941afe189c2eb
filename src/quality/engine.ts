/**
 * The data-quality check's engine. Records stream in once (`add`); each rule's evaluator checks what
 * one record shows at once and keeps, for what needs other records, only small tuples in a
 * cross-record index keyed by codes (sections, tender projects, lots, bidders) — never whole records.
 * `finish` evaluates the deferred checks and returns the counts and findings that scores, notices and
 * reports are made from.
 */
import { normVersionIndex, type NormVersionChoice } from "../specs/norm-versions.ts";
import type { Finding, Severity } from "../findings/finding.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import { fillMessage, type MessageParam } from "../validate/catalogue.ts";
import type { Amounts } from "./amounts.ts";
import type { DataSets } from "./datasets.ts";
import type { JoinKey, Joins } from "./joins.ts";
import type { QualityRule, QualityRuleBook } from "./rules.ts";
import type { WorkingDays } from "./calendar.ts";
import { parseStamp } from "./time.ts";
import type { LatestVersions } from "./versions.ts";

/** Where a record came from and what a finding about it needs: a few short strings, not the record. */
export interface RecordRef {
  /** Position of the record in the whole input (all files), for ordering findings. */
  seq: number;
  file?: string;
  line?: number;
  index: number;
  dataNo: number;
  key: string;
  /** The reporting system (SYSTEM_NO, the first four characters of DATA_KEY) and the trading domain, as indexes of the run's lists. */
  sys: number;
  domain: number;
  /** The tender project the record belongs to (notices go to its declarant and supervisor). */
  tp?: string;
  /** [field, name] of the persons the record names as responsible. */
  persons?: Array<[string, string]>;
}

/** Where a record is in the input. */
export interface RecordLocation {
  file?: string;
  /** The 1-based line, or a function that finds it (called only when a finding or a deferred check needs it). */
  line?: number | (() => number | undefined);
  index: number;
  /** SYSTEM_NO of the package the record came in. */
  systemNo?: string;
  /** Its place in the whole input (./versions.ts), to tell whether it is its DATA_KEY's last version. */
  position?: number;
}

export type Context = Record<string, string>;

/** One record while it is being checked. */
export class RecordCtx {
  private cachedRef?: RecordRef;
  /** join → the record's keys (with their fields), computed once per record for all rules */
  private joined?: Record<string, JoinKey[]>;
  private joinedKeys?: Record<string, string[]>;
  private split?: Record<string, readonly string[]>;

  constructor(
    private readonly run: QualityRun,
    readonly c: Context,
    readonly dataNo: number,
    readonly key: string,
    readonly dataType: string | undefined,
    readonly sys: number,
    readonly domain: number,
    readonly seq: number,
    /** DATA_TIMESTAMP in seconds, when it is a real time. */
    readonly ts: number | undefined,
    private readonly loc: RecordLocation,
  ) {}

  /** The codes a field holds (several when separated), split once per record. */
  codes(field: string): readonly string[] {
    const cache = (this.split ??= {});
    return (cache[field] ??= this.run.joins.split(this.c[field]));
  }

  /** The record's keys of a join, each with the field it came from (computed once per record). */
  entries(join: string): JoinKey[] {
    const cache = (this.joined ??= {});
    return (cache[join] ??= this.run.joins.entries(join, this.c, (field) => this.codes(field)));
  }

  /** The record's keys of a join (shared: do not change the list). */
  keys(join: string): readonly string[] {
    const cache = (this.joinedKeys ??= {});
    return (cache[join] ??= this.entries(join).map((e) => e.key));
  }

  /**
   * Whether the record gives its price as an amount: always when `priceForm` is not named, else when that
   * field (PRICE_FORM_CODE) holds the amount form. Only such prices are normalised and compared.
   */
  pricedAsAmount(priceForm: string | undefined): boolean {
    return priceForm === undefined || this.c[priceForm] === this.run.book.priceFormAmount;
  }

  /** The time in a field (DATA_TIMESTAMP parsed once per record). */
  time(field: string): number | undefined {
    return field === "DATA_TIMESTAMP" ? this.ts : parseStamp(this.c[field]);
  }

  /** The record's reference, for a check that is finished later. */
  ref(): RecordRef {
    if (this.cachedRef) return this.cachedRef;
    const line = typeof this.loc.line === "function" ? this.loc.line() : this.loc.line;
    const ref: RecordRef = { seq: this.seq, index: this.loc.index, dataNo: this.dataNo, key: this.key, sys: this.sys, domain: this.domain };
    if (this.loc.file !== undefined) ref.file = this.loc.file;
    if (line !== undefined) ref.line = line;
    const who = this.run.responsibleFields(this.dataNo);
    if (who.tp) {
      const tp = trimmed(this.c[this.run.book.responsible.tenderProject.key]);
      if (tp !== undefined) ref.tp = tp;
    }
    for (const field of who.persons) {
      const name = trimmed(this.c[field]);
      if (name !== undefined) (ref.persons ??= []).push([field, name]);
    }
    this.cachedRef = ref;
    return ref;
  }
}

export type Where = RecordCtx | RecordRef;
const refOf = (w: Where): RecordRef => (w instanceof RecordCtx ? w.ref() : w);

/** Checked and failed counts. */
export interface Tally {
  checked: number;
  failed: number;
}

export interface RuleStats extends Tally {
  rule: QualityRule;
  findings: number;
  /** checked and failed per reporting system: [checked₀, failed₀, checked₁, failed₁, …] by system index */
  bySystem: number[];
  /** the same per trading domain */
  byDomain: number[];
  samples: Finding[];
}

/** A finding and what notices need to know of its record. */
export interface FindingEntry {
  finding: Finding;
  ref: RecordRef;
}

/** What every evaluator gets. */
export interface EvaluatorEnv {
  run: QualityRun;
  rule: QualityRule;
}

/** One rule at work: checks records as they stream by, and finishes the deferred checks at the end. */
export abstract class Evaluator {
  readonly rule: QualityRule;
  protected readonly run: QualityRun;
  /** The data sets whose records the evaluator reads; "all" for every record. */
  abstract readonly dataNos: number[] | "all";

  constructor(env: EvaluatorEnv) {
    this.rule = env.rule;
    this.run = env.run;
  }

  abstract record(r: RecordCtx): void;

  /** An earlier version of a record, changed or withdrawn since (an add): judged only for how it was reported. */
  reported(_r: RecordCtx): void {}

  finish(): void {}

  /** Counts one check of this rule on a record. */
  protected check(at: Where, ok: boolean): void {
    this.run.count(this.stats, at, ok);
  }

  private get stats(): RuleStats {
    return (this.cachedStats ??= this.run.stats.get(this.rule.id)!);
  }
  private cachedStats?: RuleStats;

  /** Reports a finding of this rule on a record. */
  protected report(at: Where, field: string, params: Record<string, MessageParam>): void {
    this.run.report(this.rule, at, field === "" ? "" : `/context/${field}`, params);
  }
}

export interface RunOptions {
  /** The end of the data window (yyyyMMddHHmmss); the latest DATA_TIMESTAMP of the input when absent. */
  asOf?: string;
  /** The most findings kept (the counts stay exact); default 200,000. */
  maxFindings?: number;
  /** Failing examples kept per rule; default 5. */
  samples?: number;
  /**
   * The version of the norm records are judged by (specs/reporting/norm-versions.yaml): a version ID or
   * `by-date`; the current version by default. A field a later version introduced is then not mandatory.
   */
  normVersion?: NormVersionChoice;
}

export interface Environment {
  book: QualityRuleBook;
  dataSets: DataSets;
  amounts: Amounts;
  joins: Joins;
  workdays: WorkingDays;
}

export type EvaluatorFactory = (env: EvaluatorEnv) => Evaluator;

/** Counts of the input, per reporting system and per trading domain. */
export interface InputCounts {
  records: number;
  /** Records that are not report records (no DATA_NO, DATA_KEY or context): left to `ywjy validate`. */
  skipped: number;
  /** Delete records (DATA_TYPE 3): they withdraw data and are not checked. */
  deletes: number;
  /** Versions a later record of the same DATA_KEY replaces or withdraws: not checked. */
  superseded: number;
  /** Per reporting system (by index): SYSTEM_NO, records, platform codes. */
  systems: Array<{ systemNo: string; records: number; platformCodes: Set<string> }>;
  /** Per trading domain (by index): the domain, records. */
  domains: Array<{ domain: string; records: number }>;
}

const trimmed = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export class QualityRun {
  readonly book: QualityRuleBook;
  readonly dataSets: DataSets;
  readonly amounts: Amounts;
  readonly joins: Joins;
  readonly workdays: WorkingDays;
  readonly stats = new Map<string, RuleStats>();
  readonly entries: FindingEntry[] = [];
  readonly input: InputCounts = { records: 0, skipped: 0, deletes: 0, superseded: 0, systems: [], domains: [] };
  /** The last version of each DATA_KEY, when known: the others are not checked. */
  versions?: LatestVersions;
  private readonly systemIndex = new Map<string, number>();
  private readonly domainByDataNo = new Map<number, number>();
  private lastSystem = -1;
  private lastPlatform?: string;
  private readonly responsible = new Map<number, { tp: boolean; persons: string[] }>();
  private readonly sharedObjects = new Map<string, unknown>();
  /** Findings beyond maxFindings, counted but not kept. */
  dropped = 0;
  /** Findings per reporting system and per trading domain (by index), by severity. */
  readonly findingsBySystem: Array<Record<Severity, number>> = [];
  readonly findingsByDomain: Array<Record<Severity, number>> = [];
  /** Tender project → [declarant, supervising department], from the tender project records. */
  readonly tenderProjects = new Map<string, { duty?: string; supervisor?: string }>();
  private latest = -Infinity;
  private readonly asOf?: number;
  /** The version of the norm records are judged by (RunOptions.normVersion). */
  readonly normVersion?: NormVersionChoice;
  private readonly maxFindings: number;
  private readonly sampleSize: number;
  private readonly evaluators: Evaluator[] = [];
  private readonly byDataNo = new Map<number, Evaluator[]>();
  private readonly forAll: Evaluator[] = [];
  private seq = 0;

  constructor(env: Environment, rules: QualityRule[], factories: Record<string, EvaluatorFactory>, options: RunOptions = {}) {
    this.book = env.book;
    this.dataSets = env.dataSets;
    this.amounts = env.amounts;
    this.joins = env.joins;
    this.workdays = env.workdays;
    if (options.asOf !== undefined) {
      const t = parseStamp(options.asOf);
      if (t === undefined) throw new RangeError(`asOf ${options.asOf} is not a yyyyMMddHHmmss or yyyyMMdd time`);
      this.asOf = t;
    }
    if (options.normVersion !== undefined && options.normVersion !== "by-date") normVersionIndex(options.normVersion); // an unknown ID fails here
    this.normVersion = options.normVersion;
    this.maxFindings = options.maxFindings ?? 200_000;
    this.sampleSize = options.samples ?? 5;
    for (const rule of rules) {
      const factory = factories[rule.kind];
      if (!factory) throw new Error(`${rule.file}: rule ${rule.id} has kind ${rule.kind}, which no evaluator implements`);
      const ev = factory({ run: this, rule });
      this.evaluators.push(ev);
      this.stats.set(rule.id, { rule, checked: 0, failed: 0, findings: 0, bySystem: [], byDomain: [], samples: [] });
      if (ev.dataNos === "all") this.forAll.push(ev);
      else for (const n of new Set(ev.dataNos)) this.byDataNo.set(n, [...(this.byDataNo.get(n) ?? []), ev]);
    }
  }

  /** The end of the data window, in seconds. */
  get windowEnd(): number | undefined {
    return this.asOf ?? (this.latest === -Infinity ? undefined : this.latest);
  }

  /** Checks one record (any JSON value; what is not a report record is counted as skipped). */
  add(record: unknown, loc: RecordLocation): void {
    this.input.records++;
    const seq = this.seq++;
    if (!isObject(record) || typeof record.DATA_NO !== "number" || typeof record.DATA_KEY !== "string" || !isObject(record.context)) {
      this.input.skipped++;
      return;
    }
    const dataType = typeof record.DATA_TYPE === "string" ? record.DATA_TYPE : undefined;
    const superseded = loc.position !== undefined && this.versions !== undefined && !this.versions.isLatest(record.DATA_KEY, loc.position);
    if (superseded) this.input.superseded++;
    else if (dataType === "3") this.input.deletes++;
    // An earlier version is judged only for how it was reported (an add's reporting lag), not for what the data now says.
    if (superseded ? dataType !== "1" : dataType === "3") return;
    const c = record.context as Context;
    const dataNo = record.DATA_NO;
    const key = record.DATA_KEY;
    const sys = this.systemOf(key, loc.systemNo);
    const domain = this.domainOf(dataNo);
    const ts = parseStamp(c.DATA_TIMESTAMP);
    if (superseded) {
      const r = new RecordCtx(this, c, dataNo, key, dataType, sys, domain, seq, ts, loc);
      for (const ev of this.byDataNo.get(dataNo) ?? []) ev.reported(r);
      for (const ev of this.forAll) ev.reported(r);
      return;
    }
    const system = this.input.systems[sys]!;
    system.records++;
    const platform = c.PLATFORM_CODE;
    if (typeof platform === "string" && platform !== "" && platform !== this.lastPlatform) {
      this.lastPlatform = platform;
      system.platformCodes.add(platform);
    }
    this.input.domains[domain]!.records++;
    if (ts !== undefined && ts > this.latest) this.latest = ts;
    const tpSpec = this.book.responsible.tenderProject;
    if (dataNo === tpSpec.dataNo && typeof c[tpSpec.key] === "string") {
      const duty = trimmed(c[tpSpec.field]);
      const supervisor = trimmed(c[tpSpec.supervisor]);
      this.tenderProjects.set(c[tpSpec.key]!, { ...(duty ? { duty } : {}), ...(supervisor ? { supervisor } : {}) });
    }
    const r = new RecordCtx(this, c, dataNo, key, dataType, sys, domain, seq, ts, loc);
    const evs = this.byDataNo.get(dataNo);
    if (evs) for (const ev of evs) ev.record(r);
    for (const ev of this.forAll) ev.record(r);
  }

  /** Runs the deferred checks. Call once, after the last record. */
  finish(): void {
    for (const ev of this.evaluators) ev.finish();
    this.entries.sort((a, b) => a.ref.seq - b.ref.seq || (a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0));
  }

  /** The index of the record's reporting system; records mostly come in runs of one system. */
  private systemOf(key: string, packageSystemNo: string | undefined): number {
    if (this.lastSystem >= 0 && key.startsWith(this.input.systems[this.lastSystem]!.systemNo)) return this.lastSystem;
    const systemNo = key.length >= 4 ? key.slice(0, 4) : (packageSystemNo ?? "?");
    let sys = this.systemIndex.get(systemNo);
    if (sys === undefined) {
      this.systemIndex.set(systemNo, (sys = this.input.systems.length));
      this.input.systems.push({ systemNo, records: 0, platformCodes: new Set() });
    }
    return (this.lastSystem = sys);
  }

  /** The index of a data set's trading domain. */
  private domainOf(dataNo: number): number {
    let domain = this.domainByDataNo.get(dataNo);
    if (domain === undefined) {
      const name = this.dataSets.get(dataNo)?.domain ?? "unknown";
      domain = this.input.domains.findIndex((d) => d.domain === name);
      if (domain < 0) domain = this.input.domains.push({ domain: name, records: 0 }) - 1;
      this.domainByDataNo.set(dataNo, domain);
    }
    return domain;
  }

  /** Which responsible-party fields a data set has (its tender project code, the persons it names). */
  responsibleFields(dataNo: number): { tp: boolean; persons: string[] } {
    let r = this.responsible.get(dataNo);
    if (!r) {
      const fields = this.dataSets.get(dataNo)?.fields;
      const has = (f: string) => fields === undefined || fields.has(f);
      r = { tp: has(this.book.responsible.tenderProject.key), persons: this.book.responsible.fields.filter(has) };
      this.responsible.set(dataNo, r);
    }
    return r;
  }

  /** One object shared by the evaluators that ask for the same key (e.g. the bids of a data set). */
  shared<T>(key: string, make: () => T): T {
    let v = this.sharedObjects.get(key) as T | undefined;
    if (v === undefined) this.sharedObjects.set(key, (v = make()));
    return v;
  }

  /** SYSTEM_NO of a system index. */
  systemNo(sys: number): string {
    return this.input.systems[sys]!.systemNo;
  }

  count(s: RuleStats, at: Where, ok: boolean): void {
    s.checked++;
    const sys = 2 * at.sys;
    const dom = 2 * at.domain;
    s.bySystem[sys] = (s.bySystem[sys] ?? 0) + 1;
    s.byDomain[dom] = (s.byDomain[dom] ?? 0) + 1;
    if (ok) return;
    s.failed++;
    s.bySystem[sys + 1] = (s.bySystem[sys + 1] ?? 0) + 1;
    s.byDomain[dom + 1] = (s.byDomain[dom + 1] ?? 0) + 1;
  }

  report(rule: QualityRule, at: Where, path: string, params: Record<string, MessageParam>): void {
    const s = this.stats.get(rule.id)!;
    s.findings++;
    bump(this.findingsBySystem, at.sys, rule.severity);
    bump(this.findingsByDomain, at.domain, rule.severity);
    const keep = this.entries.length < this.maxFindings;
    if (!keep && s.samples.length >= this.sampleSize) {
      this.dropped++;
      return;
    }
    const ref = refOf(at);
    const finding: Finding = {
      ruleId: rule.id,
      severity: rule.severity as Severity,
      ...(ref.file !== undefined ? { file: ref.file } : {}),
      ...(ref.line !== undefined ? { line: ref.line } : {}),
      recordIndex: ref.index,
      DATA_NO: ref.dataNo,
      DATA_KEY: ref.key,
      path,
      message: fillMessage(rule.message, params),
    };
    if (s.samples.length < this.sampleSize) s.samples.push(finding);
    if (keep) this.entries.push({ finding, ref });
    else this.dropped++;
  }
}

function bump(list: Array<Record<Severity, number>>, index: number, severity: Severity): void {
  (list[index] ??= { error: 0, warning: 0, info: 0 })[severity]++;
}

/** A message parameter naming a list, joined in each language. */
export function listParam(items: LocalizedText[], zhSep = "、", enSep = ", "): LocalizedText {
  return { zh: items.map((i) => i.zh).join(zhSep), en: items.map((i) => i.en).join(enSep) };
}
