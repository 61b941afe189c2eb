/**
 * The market's parties: tenderers and purchasers (public bodies and state-owned companies), agencies,
 * contractors, suppliers and experts. Every party is a pure function of (seed, pool, index), so a
 * pool holds only a bounded window of them: contractors and suppliers slide (new companies enter,
 * old ones leave) while the others are fixed. A party's subject records (100/111/114, 212/213) are
 * reported the first time a lifecycle uses it.
 */
import { Fake, base31, regionName, scramble, uscc, type Person } from "./fake.ts";
import { Rng, hash32 } from "./prng.ts";
import { AGENCY_TRADES, BANKS, BRAND, COMPANY_PREFIX, CONSULTANT_TRADES, CONTRACTOR_TRADES, EDUCATION, PUBLIC_BODIES, STATE_OWNED, SUPPLIER_TRADES, TITLES } from "./vocab.ts";

export type OrgKind = "contractor" | "consultant" | "supplier" | "public" | "state-owned" | "agency";

export interface Fingerprint {
  cpu: string;
  disk: string;
  memory: string;
  mac: string;
  ip: string;
}

export interface ProjectManager extends Person {
  certificate: string;
}

export interface Org {
  /** Unique across pools for the run. */
  id: number;
  kind: OrgKind;
  name: string;
  uscc: string;
  region: string;
  address: string;
  phone: string;
  email: string;
  web: string;
  representative: string;
  contact: Person;
  operator: Person;
  pms: ProjectManager[];
  fingerprint: Fingerprint;
  bank: string;
  account: string;
  /** Registered capital in 万元. */
  capital: number;
  /** yyyyMMdd */
  established: string;
  /** Its operator's and project managers' names, phones and ID numbers (no two bidders of a section share one). */
  contacts: string[];
}

export interface Expert extends Person {
  id: number;
  company: string;
  title: string;
  education: string;
  major: string;
  enterDate: string;
}

const hex2 = (n: number) => (n < 16 ? "0" : "") + n.toString(16).toUpperCase();
const hex = (n: number, len: number) => (n >>> 0).toString(16).toUpperCase().padStart(8, "0").slice(-len);
const M6 = 31 ** 6;

/** Party names are unique within a pool: `n` (the index in the pool) picks the combination. */
function orgName(kind: OrgKind, n: number, r: Rng, region: string): string {
  const district = regionName(region) || "思明区";
  if (kind === "public") return `厦门市${district}${PUBLIC_BODIES[Math.floor(n / 6) % PUBLIC_BODIES.length]}`;
  if (kind === "state-owned") return `厦门${district.replace(/区$/, "")}${STATE_OWNED[Math.floor(n / 6) % STATE_OWNED.length]}`;
  const trades = kind === "contractor" ? CONTRACTOR_TRADES : kind === "consultant" ? CONSULTANT_TRADES : kind === "supplier" ? SUPPLIER_TRADES : AGENCY_TRADES;
  const combos = BRAND.length * BRAND.length * trades.length;
  const m = scramble(n % combos, combos, 17);
  const brand = BRAND[m % BRAND.length]! + BRAND[Math.floor(m / BRAND.length) % BRAND.length]!;
  const trade = trades[Math.floor(m / (BRAND.length * BRAND.length))]!;
  return `${r.pick(COMPANY_PREFIX)}${brand}${trade}${trade.endsWith("院") ? "" : "有限公司"}${n >= combos ? `${district}分公司` : ""}`;
}

/** Pools' id ranges: a party's index in its pool is id % POOL_RANGE. */
const POOL_RANGE = 10_000_000;

/** Builds the party with global id `id` of `kind`, from its own PRNG stream. */
export function makeOrg(seed: number, id: number, kind: OrgKind): Org {
  const r = new Rng(seed, id);
  const f = new Fake(r);
  const n = id % POOL_RANGE;
  const region = kind === "public" || kind === "state-owned" ? f.districts[n % f.districts.length]! : f.companyRegion();
  const government = kind === "public";
  const body = (government ? "0" : "MA") + base31(scramble(id, M6, seed % M6), government ? 7 : 6);
  const code = uscc(government ? r.pick(["11", "12"]) : "91", region, body);
  const name = orgName(kind, n, r, region);
  const contact = f.person(region);
  const operator = f.person(region, 1975, 2000);
  const pms: ProjectManager[] = [];
  const pmCount = kind === "contractor" || kind === "consultant" ? r.int(1, 3) : 0;
  for (let i = 0; i < pmCount; i++) pms.push({ ...f.person(region, 1965, 1992), certificate: `一级注册建造师 闽1${r.int(35, 36)}${r.int(10, 24)}${r.digits(6)}` });
  const contacts = [operator.name, operator.phone, operator.idCard, ...pms.flatMap((p) => [p.name, p.idCard])];
  const mix = (salt: number) => Math.imul(id ^ seed, salt) >>> 0;
  const m = Math.imul(id, 0x5bd1e995) & 0xffffff;
  const domain = `${hex(mix(0x2c1b3c6d), 6).toLowerCase()}.com.cn`;
  return {
    id,
    kind,
    name,
    uscc: code,
    region,
    address: f.address(region),
    phone: r.chance(0.5) ? f.landline() : f.mobile(),
    email: `${r.pick(["zb", "office", "bid", "info", "xm"])}@${domain}`,
    web: `https://www.${domain}`,
    representative: f.personName(),
    contact,
    operator,
    pms,
    fingerprint: {
      cpu: `BFEBFBFF${hex(Math.imul(id + 1, 0x9e3779b1), 8)}`,
      disk: `WD-WCC${base31(scramble(id, M6, 4099), 6)}`,
      memory: hex(mix(0x85ebca6b), 8),
      mac: `00-E0-4C-${hex2((m >>> 16) & 255)}-${hex2((m >>> 8) & 255)}-${hex2(m & 255)}`,
      ip: `${[117, 120, 27, 36, 110, 183, 218, 222][id & 7]}.${(id >>> 19) & 255}.${(id >>> 11) & 255}.${((id >>> 3) & 255) || 1}`,
    },
    bank: r.pick(BANKS),
    account: `${r.pick(["4100", "3510", "1290", "6222"])}${r.digits(15)}`,
    capital: r.pick([500, 1000, 2000, 3000, 5000, 8000, 10000, 20000]),
    contacts,
    established: `${r.int(1995, 2020)}${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`,
  };
}

export function makeExpert(seed: number, id: number): Expert {
  const r = new Rng(seed ^ 0x5a5a5a5a, id);
  const f = new Fake(r);
  const p = f.person(f.district(), 1955, 1988);
  return {
    ...p,
    id,
    company: r.chance(0.5) ? `厦门大学${r.pick(["建筑与土木工程学院", "经济学院", "管理学院"])}` : `厦门${r.pick(BRAND)}${r.pick(BRAND)}${r.pick(CONSULTANT_TRADES)}有限公司`,
    title: r.pick(TITLES),
    education: r.pick(EDUCATION),
    major: `${r.pick(["A", "B", "C"])}${r.digits(6)}`,
    enterDate: `${r.int(2012, 2024)}${String(r.int(1, 12)).padStart(2, "0")}${String(r.int(1, 28)).padStart(2, "0")}`,
  };
}

/**
 * A window of `size` parties with consecutive indexes [lo, lo + size); `slide` moves it on, so new
 * parties enter and old ones leave. Parties are built when first drawn and kept while in the window.
 */
export class Pool<T extends { id: number }> {
  private readonly slots: Array<T | undefined>;
  private readonly reported: Uint8Array;
  private lo = 0;

  constructor(
    readonly size: number,
    private readonly base: number,
    private readonly make: (id: number) => T,
  ) {
    this.slots = new Array(size);
    this.reported = new Uint8Array(size);
  }

  private at(index: number): T {
    const slot = index % this.size;
    let p = this.slots[slot];
    if (!p || p.id !== this.base + index) {
      p = this.make(this.base + index);
      this.slots[slot] = p;
      this.reported[slot] = 0;
    }
    return p;
  }

  /** `count` distinct parties of the window, none of `exclude`. */
  draw(r: Rng, count: number, exclude: readonly T[] = []): T[] {
    const out: T[] = [];
    const ids = new Set(exclude.map((p) => p.id));
    while (out.length < count) {
      const p = this.at(this.lo + Math.floor(r.next() * this.size));
      if (!ids.has(p.id)) {
        ids.add(p.id);
        out.push(p);
      }
    }
    return out;
  }

  /** Moves the window on by `count`: as many new parties enter, the oldest leave. */
  slide(count: number): void {
    this.lo += count;
  }

  /** The newest party of the window. */
  newest(): T {
    return this.at(this.lo + this.size - 1);
  }

  /** True the first time it is asked for a party (while the party stays in the window). */
  firstUse(p: T): boolean {
    const slot = (p.id - this.base) % this.size;
    if (this.slots[slot]?.id !== p.id || this.reported[slot]) return false;
    this.reported[slot] = 1;
    return true;
  }
}

/** Every pool of a run. Party ids are unique across pools (each pool has its own id range). */
export class Parties {
  readonly contractors: Pool<Org>;
  readonly consultants: Pool<Org>;
  readonly suppliers: Pool<Org>;
  readonly publicBodies: Pool<Org>;
  readonly stateOwned: Pool<Org>;
  readonly agencies: Pool<Org>;
  readonly experts: Pool<Expert>;
  readonly reviewers: Pool<Expert>;

  constructor(seed: number | string) {
    const s = typeof seed === "string" ? hash32(seed) : seed >>> 0;
    const orgs = (kind: OrgKind, size: number, pool: number) => new Pool<Org>(size, pool * POOL_RANGE, (id) => makeOrg(s, id, kind));
    this.contractors = orgs("contractor", 1500, 0);
    this.consultants = orgs("consultant", 400, 1);
    this.suppliers = orgs("supplier", 800, 2);
    this.publicBodies = orgs("public", 6 * PUBLIC_BODIES.length, 3);
    this.stateOwned = orgs("state-owned", 6 * STATE_OWNED.length, 4);
    this.agencies = orgs("agency", 60, 5);
    this.experts = new Pool<Expert>(2000, 6 * POOL_RANGE, (id) => makeExpert(s, id));
    this.reviewers = new Pool<Expert>(600, 7 * POOL_RANGE, (id) => makeExpert(s, id));
  }
}
