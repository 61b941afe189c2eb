/**
 * `generateYear`: a synthetic but realistic year of Xiamen trading data as report records, streamed
 * one lifecycle at a time (memory does not grow with the record count), deterministic for a seed,
 * with a known share of planted defects and collusion patterns whose positions `truth` lists.
 */
import type { ReportRecord } from "../../specs/reporting/contracts/envelope.ts";
import type { LocalizedText } from "../specs/manifest.ts";
import { COMPLAINT_SHARE, complaintDrafts } from "./complaints.ts";
import { DOMAIN_TRADES, DOMAIN_TRADE_SPAN, domainTradeDrafts } from "./domains.ts";
import { DEFAULT_COLLUSION_RATE, DEFAULT_CORRECTION_RATE, DEFAULT_DEFECT_RATE, DEFAULT_DOMAIN_SHARE } from "./defaults.ts";
import { engineeringDrafts, planEngineering, type EngineeringPlan } from "./engineering.ts";
import { PLANT_KINDS, unplantable, type Plant, type PlantKind, type Target } from "./plants.ts";
import { Rng, hash32 } from "./prng.ts";
import { planProcurement, procurementDrafts, type ProcurementPlan } from "./procurement.ts";
import { loadSchemaBundle, type SchemaBundle } from "./schemas.ts";
import { DAY, MINUTE, HOUR, dayOf, ymdhms } from "./time.ts";
import { PUB_SERVICE, World, type Draft, type TradingSystem } from "./world.ts";

export interface GenerateOptions {
  /** Seed of the PRNG (a number or any text); the same seed gives the same records. Default 1. */
  seed?: number | string;
  /** Stop after about this many records (the lifecycle under way is finished). */
  records?: number;
  /** Stop after this many lifecycles (projects and procurement projects). */
  projects?: number;
  /** Share of lifecycles with one planted defect (default 0.02). */
  defectRate?: number;
  /** Share of lifecycles with one collusion pattern (default 0.01). */
  collusionRate?: number;
  /** Share of lifecycles that are government procurement (default 0.3). */
  procurementShare?: number;
  /**
   * Share of lifecycles with one record reported twice (default 0.02): first with a required name left
   * blank, then corrected as a change (DATA_TYPE 2) after the lifecycle's other records. The correction
   * stands, so the slip is no defect; `corrections` lists them.
   */
  correctionRate?: number;
  /**
   * Share of lifecycles followed by a trade of the remaining domains (default 0.1): land, mining rights,
   * exploration rights, state-owned assets and equity in turn (src/synthetic/domains.ts); and, at a fifth
   * of that share, of engineering lifecycles followed by a complaint about one of their sections (404,
   * src/synthetic/complaints.ts). These records carry no plant, and are drawn from a world of their own,
   * so the engineering and procurement records stay the same.
   */
  domainShare?: number;
  /** The schemas to follow (default: generated/schemas). */
  schemas?: SchemaBundle;
  /** Only these plant kinds (rule IDs); default all that the schemas allow. */
  kinds?: string[];
}

/** The data sets a full year uses; those without a generated schema are left out. */
export const DATA_SETS = [100, 111, 114, 212, 213, 404, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 512, 513, 517, 519, 520, 523, 550, 551, 552, 553, 554, 556, 557, 600, 601, 650, 651, 652, 653, 700, 701, 750, 751, 752, 753];

export { DEFAULT_COLLUSION_RATE, DEFAULT_CORRECTION_RATE, DEFAULT_DEFECT_RATE, DEFAULT_DOMAIN_SHARE };

/** A record reported with a slip and corrected later (see GenerateOptions.correctionRate). */
export interface Correction {
  DATA_NO: number;
  DATA_KEY: string;
  /** The field the first version left blank. */
  field: string;
}

export interface YearStats {
  records: number;
  /** Of the records, the corrected versions (DATA_TYPE 2). */
  corrections: number;
  lifecycles: number;
  engineering: number;
  procurement: number;
  /** Trades of the remaining domains (land, mining and exploration rights, property rights), not counted in lifecycles. */
  domainTrades: number;
  /** Complaints (404) about engineering sections, not counted in lifecycles. */
  complaints: number;
  byDataNo: Record<number, number>;
}

/** A generated year: iterate it for the records; `truth` and `stats` fill in as it goes. */
export class SyntheticYear implements Iterable<ReportRecord> {
  readonly seed: number;
  readonly bundle: SchemaBundle;
  readonly defectKinds: PlantKind[];
  readonly collusionKinds: PlantKind[];
  /** Kinds that cannot be planted with the schemas at hand, and why. */
  readonly skippedKinds: Array<{ ruleId: string; reason: LocalizedText }>;
  /** Data sets of a full year that have no schema yet (not generated). */
  readonly missingDataSets: number[];
  /** The rates in effect (0 when no kind of the category can be planted). */
  readonly defectRate: number;
  readonly collusionRate: number;
  readonly correctionRate: number;
  readonly domainShare: number;
  truth: Plant[] = [];
  corrections: Correction[] = [];
  stats: YearStats = emptyStats();

  constructor(readonly options: GenerateOptions = {}) {
    this.seed = typeof options.seed === "string" ? hash32(options.seed) : (options.seed ?? 1) >>> 0;
    this.bundle = options.schemas ?? loadSchemaBundle();
    this.missingDataSets = DATA_SETS.filter((n) => !this.bundle.dataSets.has(n));
    this.skippedKinds = [];
    const usable: PlantKind[] = [];
    for (const k of PLANT_KINDS) {
      if (options.kinds && !options.kinds.includes(k.ruleId)) continue;
      const why = unplantable(k, this.bundle);
      if (why) this.skippedKinds.push({ ruleId: k.ruleId, reason: why });
      else usable.push(k);
    }
    this.defectKinds = usable.filter((k) => !k.collusion);
    this.collusionKinds = usable.filter((k) => k.collusion);
    this.defectRate = this.defectKinds.length > 0 ? rate(options.defectRate ?? DEFAULT_DEFECT_RATE, "defectRate") : 0;
    this.collusionRate = this.collusionKinds.length > 0 ? rate(options.collusionRate ?? DEFAULT_COLLUSION_RATE, "collusionRate") : 0;
    if (this.defectRate + this.collusionRate > 1) throw new RangeError("generateYear: defectRate + collusionRate must not exceed 1");
    this.correctionRate = rate(options.correctionRate ?? DEFAULT_CORRECTION_RATE, "correctionRate");
    this.domainShare = rate(options.domainShare ?? DEFAULT_DOMAIN_SHARE, "domainShare");
    if (options.records === undefined && options.projects === undefined) throw new RangeError("generateYear: give records or projects (how much to generate)");
  }

  /** Generates the records; each iteration starts afresh (same records, truth and stats). */
  *[Symbol.iterator](): Iterator<ReportRecord> {
    const o = this.options;
    const { defectRate, collusionRate } = this;
    const procurementShare = o.procurementShare ?? 0.3;
    const rng = new Rng(this.seed);
    // Corrections draw from a generator of their own, so that the records and plants are the same with or without them.
    const corrections = new Rng(this.seed ^ 0x5c0a1e);
    const w = new World(rng, this.bundle, this.seed);
    const emitter = new Emitter(w);
    // The other domains' trades: a world and an emitter of their own (their DATA_NOs differ, so keys cannot clash).
    const dw = new World(new Rng(this.seed ^ 0xd0a1), this.bundle, this.seed);
    const domainEmitter = new Emitter(dw);
    let domainTrades = 0;
    const planted = new Map<string, number>();
    this.truth = [];
    this.corrections = [];
    this.stats = emptyStats();
    const stats = this.stats;

    for (let i = 0; (o.projects === undefined || i < o.projects) && (o.records === undefined || stats.records < o.records); i++) {
      const u = rng.next();
      let kind: PlantKind | undefined;
      if (u < defectRate) kind = this.defectKinds[countOf(planted, this.defectKinds) % this.defectKinds.length];
      else if (u < defectRate + collusionRate) kind = this.collusionKinds[countOf(planted, this.collusionKinds) % this.collusionKinds.length];
      const n = kind ? (planted.get(kind.ruleId) ?? 0) : 0;
      const engineering = kind ? kind.domain === "engineering" : !rng.chance(procurementShare);

      let drafts: Draft[];
      let plan: EngineeringPlan | ProcurementPlan;
      let hit: Target | undefined;
      if (engineering) {
        const k = kind?.domain === "engineering" ? kind : undefined;
        const p = planEngineering(w, k ? { success: true, complete: true, ...k.shape } : {});
        k?.plan?.(w, p, n);
        drafts = engineeringDrafts(w, p);
        hit = k?.apply(w, p, drafts, n);
        plan = p;
        stats.engineering++;
      } else {
        const k = kind?.domain === "procurement" ? kind : undefined;
        const p = planProcurement(w, k ? { complete: true, ...k.shape } : {});
        drafts = procurementDrafts(w, p);
        hit = k?.apply(w, p, drafts, n);
        plan = p;
        stats.procurement++;
      }
      stats.lifecycles++;

      // Keys first (the truth names them); each record is built just before it is handed out, so
      // that it dies young when the consumer drops it.
      const reported = drafts.filter((d) => w.has(d.dataNo) && emitter.key(d, plan.system));
      if (kind && hit) {
        if (!hit.draft.key) throw new Error(`synthetic: the ${kind.ruleId} plant's record (${hit.draft.dataNo}) was not reported`);
        planted.set(kind.ruleId, n + 1);
        this.truth.push(truthOf(kind, hit, plan));
      }
      const slip = this.correctionRate > 0 && corrections.chance(this.correctionRate) ? slipOf(w, corrections, reported, hit) : undefined;
      let corrected: ReportRecord | undefined;
      for (const d of reported) {
        stats.records++;
        stats.byDataNo[d.dataNo] = (stats.byDataNo[d.dataNo] ?? 0) + 1;
        const record = emitter.record(d, plan.system);
        if (d !== slip?.draft) {
          yield record;
          continue;
        }
        corrected = { ...record, DATA_TYPE: "2", context: { ...record.context, DATA_TIMESTAMP: ymdhms(d.t + d.lag! + CORRECTION_DELAY) } };
        this.corrections.push({ DATA_NO: d.dataNo, DATA_KEY: d.key!, field: slip.field });
        yield { ...record, context: { ...record.context, [slip.field]: "" } };
      }
      if (corrected) {
        stats.records++;
        stats.corrections++;
        stats.byDataNo[corrected.DATA_NO] = (stats.byDataNo[corrected.DATA_NO] ?? 0) + 1;
        yield corrected;
      }
      if (this.domainShare > 0 && plan.kind === "engineering" && dw.rng.chance(this.domainShare * COMPLAINT_SHARE)) {
        // Reported by the system that ran the tender, about a section whose candidates it published.
        const complaint = complaintDrafts(dw, plan, reported).filter((d) => dw.has(d.dataNo) && domainEmitter.key(d, plan.system));
        stats.complaints += complaint.length;
        yield* this.emit(complaint, domainEmitter, plan.system);
      }
      if (this.domainShare > 0 && dw.rng.chance(this.domainShare)) {
        const system = dw.system();
        const kind = DOMAIN_TRADES[domainTrades++ % DOMAIN_TRADES.length]!;
        const trade = domainTradeDrafts(dw, kind, system, dw.start(DOMAIN_TRADE_SPAN)).filter((d) => dw.has(d.dataNo) && domainEmitter.key(d, system));
        stats.domainTrades++;
        yield* this.emit(trade, domainEmitter, system);
      }
    }
  }

  /** The records of keyed drafts, counted. */
  private *emit(drafts: readonly Draft[], emitter: Emitter, system: TradingSystem): Generator<ReportRecord> {
    for (const d of drafts) {
      this.stats.records++;
      this.stats.byDataNo[d.dataNo] = (this.stats.byDataNo[d.dataNo] ?? 0) + 1;
      yield emitter.record(d, system);
    }
  }
}

/** How long after its first version a correction is reported. */
const CORRECTION_DELAY = 2 * HOUR;

/**
 * A reported record of the lifecycle to report with a slip — a required name left blank — and the field:
 * not the plant's records, and only when the correction still falls within the year.
 */
function slipOf(w: World, rng: Rng, reported: Draft[], hit: Target | undefined): { draft: Draft; field: string } | undefined {
  const planted = new Set([hit?.draft, ...(hit?.related ?? [])]);
  const candidates = reported.flatMap((draft) => {
    if (planted.has(draft) || draft.t + draft.lag! + CORRECTION_DELAY > w.yearEnd) return [];
    const field = w.bundle.dataSets.get(draft.dataNo)?.fields.find((f) => f.required && !f.codelist && f.name.endsWith("_NAME"));
    return field ? [{ draft, field: field.name }] : [];
  });
  return candidates.length > 0 ? candidates[rng.int(0, candidates.length - 1)] : undefined;
}

function rate(value: number, name: string): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`generateYear: ${name} must be between 0 and 1, not ${value}`);
  return value;
}

function emptyStats(): YearStats {
  return { records: 0, corrections: 0, lifecycles: 0, engineering: 0, procurement: 0, domainTrades: 0, complaints: 0, byDataNo: {} };
}

const countOf = (planted: Map<string, number>, kinds: PlantKind[]) => kinds.reduce((sum, k) => sum + (planted.get(k.ruleId) ?? 0), 0);

/** Generates a year of records (see SyntheticYear). */
export function generateYear(options: GenerateOptions): SyntheticYear {
  return new SyntheticYear(options);
}

/** Turns drafts into report records: DATA_KEY, the common fields, DATA_TIMESTAMP and the schema filler. */
class Emitter {
  private readonly serials = new Map<string, number>();
  private readonly commons = new Map<string, Record<string, string>>();

  constructor(private readonly w: World) {}

  /** The fields every record of the system carries (DATA_TIMESTAMP is set per record). */
  private common(system: TradingSystem): Record<string, string> {
    let c = this.commons.get(system.no);
    if (!c) {
      c = { PLATFORM_CODE: system.platformCode, PUB_SERVICE_PLAT_CODE: PUB_SERVICE.code, TRADE_PLAT: system.tradePlat, PUB_SERVICE_PLAT: PUB_SERVICE.plat, DATA_TIMESTAMP: "" };
      this.commons.set(system.no, c);
    }
    return c;
  }

  /**
   * Gives the draft its DATA_KEY and DATA_TIMESTAMP; false when it falls after the year's end (the
   * data window ends on 31 December) and is not reported.
   */
  key(d: Draft, system: TradingSystem): boolean {
    const w = this.w;
    const lag = d.lag ?? Math.max(MINUTE, Math.min(w.rng.int(5 * MINUTE, 6 * HOUR), (dayOf(d.t) + 1) * DAY - 1 - d.t));
    if (d.t + lag > w.yearEnd) return false;
    d.lag = lag;
    const serial = (this.serials.get(system.no) ?? 0) + 1;
    this.serials.set(system.no, serial);
    const no = String(d.dataNo);
    d.key = system.no + no + String(serial).padStart(22 - system.no.length - no.length, "0");
    return true;
  }

  /** The report record of a keyed draft. */
  record(d: Draft, system: TradingSystem): ReportRecord {
    const w = this.w;
    const ds = w.bundle.dataSets.get(d.dataNo)!;
    const common = this.common(system);
    common.DATA_TIMESTAMP = ymdhms(d.t + d.lag!);
    const ctx = { t: d.t, subject: d.subject, region: d.region, site: system.site };
    const record: ReportRecord = { DATA_NO: d.dataNo, DATA_EN: ds.dataEn, DATA_TYPE: "1", DATA_KEY: d.key!, context: w.filler.context(ds, d.fields, ctx, common) };
    const attachment = w.bundle.attachment;
    if (d.attach && attachment) {
      const name = `${d.subject}${ds.zh}.pdf`;
      record.attachments = [
        w.filler.context(attachment, { FILE_EN_NAME: d.attach, FILE_NAME: name, FILE_URL: `${system.site}/files/${w.fake.hex(24)}.pdf`, FILE_MD5: w.fake.md5(), IS_DELETE: undefined }, ctx) as never,
      ];
    }
    return record;
  }
}

function truthOf(kind: PlantKind, hit: Target, plan: EngineeringPlan | ProcurementPlan): Plant {
  const f = hit.draft.fields;
  const where =
    plan.kind === "engineering"
      ? { PROJECT_CODE: plan.code, TENDER_PROJECT_CODE: plan.tps[0]!.code, BID_SECTION_CODE: plan.tps[0]!.sections[0]!.code }
      : { PURCHASE_PROJECT_CODE: plan.code, PURCHASE_SECTION_CODE: plan.packages[0]!.code };
  return {
    ruleId: kind.ruleId,
    kind: kind.collusion ? "collusion" : "defect",
    DATA_NO: hit.draft.dataNo,
    DATA_KEY: hit.draft.key!,
    ...where,
    ...(f.BID_SECTION_CODE && plan.kind === "engineering" ? { BID_SECTION_CODE: f.BID_SECTION_CODE } : {}),
    fields: hit.fields,
    description: hit.description,
    ...(hit.missingDataNo ? { missingDataNo: hit.missingDataNo } : {}),
    ...(kind.overlaps ? { overlaps: kind.overlaps } : {}),
    ...(hit.related ? { related: hit.related.filter((d) => d.key).map((d) => ({ DATA_NO: d.dataNo, DATA_KEY: d.key!, ...(d.fields.BID_SECTION_CODE ? { BID_SECTION_CODE: d.fields.BID_SECTION_CODE } : {}) })) } : {}),
  };
}
