/**
 * The reference system as a system of another trading domain (`--domain`): its identity, and the records
 * it holds from the start — trades of that domain from the synthetic generator (src/synthetic/domains.ts),
 * two of each kind, seeded by the domain so that the same domain always gives the same records. The
 * conformance scenarios (the standard's engineering test fixtures) stay available in sandbox mode.
 */
import { DOMAIN_OF_TRADE, DOMAIN_TRADES, domainTradeDrafts } from "../../src/synthetic/domains.ts";
import { Rng } from "../../src/synthetic/prng.ts";
import { loadSchemaBundle } from "../../src/synthetic/schemas.ts";
import { at, ymdhms } from "../../src/synthetic/time.ts";
import { PUB_SERVICE, World } from "../../src/synthetic/world.ts";
import type { SystemIdentity } from "./identity.ts";

/** A record the system holds from the start: its data set, business key (→ DATA_KEY) and context. */
export interface SeedRecord {
  DATA_NO: number;
  businessKey: string;
  context: Record<string, string>;
}

/** The domains the reference system can run as, with the name it then goes by. */
export const REFERENCE_DOMAINS: Record<string, SystemIdentity["name"]> = {
  engineering: { zh: "厦门市建设工程电子招投标交易系统（参考实现）", en: "Xiamen construction e-tendering system (reference implementation)" },
  land: { zh: "厦门市国有建设用地使用权网上交易系统（参考实现）", en: "Xiamen land-use-right online trading system (reference implementation)" },
  mining: { zh: "厦门市矿业权网上交易系统（参考实现）", en: "Xiamen mining-right online trading system (reference implementation)" },
  "property-rights": { zh: "厦门市国有产权交易系统（参考实现）", en: "Xiamen state-owned property-rights trading system (reference implementation)" },
};

export const isReferenceDomain = (d: string): boolean => Object.hasOwn(REFERENCE_DOMAINS, d);

const YEAR = 2026;
const TRADES_PER_KIND = 2;
const REPORT_LAG_SECONDS = 30 * 60;

/** The records a reference system of `domain` holds from the start (none for engineering: its scenarios make them). */
export function domainSeed(domain: string, systemNo = "0201"): SeedRecord[] {
  if (!isReferenceDomain(domain)) throw new Error(`the reference system runs as ${Object.keys(REFERENCE_DOMAINS).join(", ")}, not as ${domain}`);
  const kinds = DOMAIN_TRADES.filter((k) => DOMAIN_OF_TRADE[k] === domain);
  const bundle = loadSchemaBundle();
  const w = new World(new Rng(`reference-system:${domain}`), bundle, 0, YEAR);
  const system = w.systems.find((s) => s.no === systemNo);
  if (!system) throw new Error(`the synthetic world has no trading system ${systemNo}`);
  const out: SeedRecord[] = [];
  kinds.forEach((kind, k) => {
    for (let i = 0; i < TRADES_PER_KIND; i++) {
      const start = w.laterWorkday(at(YEAR, 3 + 4 * i, 2), 7 * k, 9, 11);
      domainTradeDrafts(w, kind, system, start).forEach((d, j) => {
        const ds = bundle.dataSets.get(d.dataNo)!;
        const common = { PLATFORM_CODE: system.platformCode, PUB_SERVICE_PLAT_CODE: PUB_SERVICE.code, DATA_TIMESTAMP: ymdhms(d.t + REPORT_LAG_SECONDS) };
        out.push({ DATA_NO: d.dataNo, businessKey: `${kind}:${i}:${j}`, context: w.filler.context(ds, d.fields, { t: d.t, subject: d.subject, region: d.region, site: system.site }, common) });
      });
    }
  });
  return out;
}
