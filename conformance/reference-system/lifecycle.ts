/**
 * The reference system's scenario records, from the synthetic engineering lifecycle (src/synthetic):
 * one tender project per set of scenario codes, planned once and seeded by its code, so the same codes
 * always give the same records. Its first section succeeds with three bids, five experts and three
 * candidates; its second section fails (two bids) and gets the exception report (流标). Each scenario
 * takes the records of its effects' data sets from the lifecycle (for a section scenario, those of its
 * section) and the factory checks that their count is the catalogue's.
 */
import type { ScenarioCodes, ScenarioDefinition } from "ywjy/sdk";
import { engineeringDrafts, planEngineering } from "../../src/synthetic/engineering.ts";
import { Rng } from "../../src/synthetic/prng.ts";
import { loadSchemaBundle, type SchemaBundle } from "../../src/synthetic/schemas.ts";
import { ymdhms } from "../../src/synthetic/time.ts";
import { PUB_SERVICE, World, type Draft } from "../../src/synthetic/world.ts";
import type { RecordFactory, ScenarioRecordDraft } from "./records.ts";

const YEAR = 2026;
const EXPERTS = 5;
const REPORT_LAG_SECONDS = 30 * 60;

interface Lifecycle {
  /** Every record of the lifecycle, in the order the lifecycle makes them. */
  records: Array<{ DATA_NO: number; context: Record<string, string> }>;
}

export class SyntheticRecordFactory implements RecordFactory {
  readonly platformCode: string;
  private readonly bundle: SchemaBundle;
  private readonly cache = new Map<string, Lifecycle>();

  constructor(readonly systemNo = "0201") {
    this.bundle = loadSchemaBundle();
    const system = new World(new Rng(0), this.bundle, 0, YEAR).systems.find((s) => s.no === systemNo);
    if (!system) throw new Error(`the synthetic world has no trading system ${systemNo}`);
    this.platformCode = system.platformCode;
  }

  private lifecycle(codes: ScenarioCodes): Lifecycle {
    const cached = this.cache.get(codes.tenderProjectCode);
    if (cached) return cached;
    const seed = `reference-system:${codes.tenderProjectCode}`;
    const w = new World(new Rng(seed), this.bundle, 1, YEAR);
    const plan = planEngineering(w, { sections: 2, success: true, minBids: 3, maxBids: 3, lawMust: true, organizeAgency: true, noPostpone: true });
    plan.system = w.systems.find((s) => s.no === this.systemNo)!;
    const region = codes.projectCode.slice(1, 7);
    if (w.fake.districts.includes(region)) plan.region = region;
    plan.code = codes.projectCode;
    const tp = plan.tps[0]!;
    tp.code = codes.tenderProjectCode;
    tp.sections.forEach((s, i) => (s.code = tp.code + String(i + 1).padStart(3, "0")));
    const [first, second] = tp.sections;
    first!.experts = first!.experts.slice(0, EXPERTS);
    Object.assign(second!, { failed: true, bids: second!.bids.slice(0, 2), candidates: [], winner: undefined, experts: [] });
    const records = engineeringDrafts(w, plan)
      .filter((d) => w.has(d.dataNo))
      .map((d) => ({ DATA_NO: d.dataNo, context: this.context(w, d, plan.system) }));
    const lifecycle = { records };
    if (this.cache.size > 50) this.cache.clear();
    this.cache.set(codes.tenderProjectCode, lifecycle);
    return lifecycle;
  }

  /** A draft's context: the common fields, DATA_TIMESTAMP half an hour after the event, and the schema filler. */
  private context(w: World, d: Draft, system: World["systems"][number]): Record<string, string> {
    const fields = {
      ...d.fields,
      PLATFORM_CODE: system.platformCode,
      PUB_SERVICE_PLAT_CODE: PUB_SERVICE.code,
      TRADE_PLAT: system.tradePlat,
      PUB_SERVICE_PLAT: PUB_SERVICE.plat,
      DATA_TIMESTAMP: ymdhms(d.t + REPORT_LAG_SECONDS),
    };
    return w.filler.context(w.bundle.dataSets.get(d.dataNo)!, fields, { t: d.t, subject: d.subject, region: d.region, site: system.site });
  }

  build(scenario: ScenarioDefinition, codes: ScenarioCodes): ScenarioRecordDraft[] {
    const { records } = this.lifecycle(codes);
    const perSection = (scenario.reads as readonly string[]).includes("bidSectionCode");
    const scope = perSection ? codes.bidSectionCode : codes.tenderProjectCode;
    const inScope = (c: Record<string, string>) => !perSection || c.BID_SECTION_CODE === scope || (c.BID_SECTION_CODES ?? "").split(/[;,]/).includes(scope);
    const out: ScenarioRecordDraft[] = [];
    for (const effect of scenario.effects) {
      const matching = records.filter((r) => r.DATA_NO === effect.DATA_NO && inScope(r.context));
      if (matching.length !== effect.count)
        throw new Error(`scenario ${scenario.name}: the lifecycle of ${scope} has ${matching.length} records of ${effect.DATA_NO}, the catalogue expects ${effect.count}`);
      matching.forEach((r, i) =>
        out.push({ DATA_NO: r.DATA_NO, businessKey: `${scope}:${i}`, context: r.context, tenderProjectCode: codes.tenderProjectCode }),
      );
    }
    return out;
  }
}
