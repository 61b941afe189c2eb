/**
 * The state a run shares across lifecycles: the PRNG, the parties, the reporting systems, serial
 * counters for codes and keys, and the calendar. Everything here is bounded (no per-record state).
 */
import { cityOf, uscc } from "./fake.ts";
import { lifecycleCodes, type LifecycleCodes } from "./codes.ts";
import type { Overrides } from "./fill.ts";
import { Filler } from "./fill.ts";
import { Parties, type Expert, type Org, type Pool } from "./parties.ts";
import type { Rng } from "./prng.ts";
import type { SchemaBundle } from "./schemas.ts";
import { WorkingDays } from "../quality/calendar.ts";
import { DAY, HOUR, MINUTE, at, dayOf, onWorkday, ymd } from "./time.ts";
import { XIAMEN } from "./vocab.ts";

/** A reporting (trading) system: its SYSTEM_NO and the platform codes its records carry. */
export interface TradingSystem {
  no: string;
  /** PLATFORM_CODE: an 18-character USCC-shaped code with valid check characters. */
  platformCode: string;
  /** TRADE_PLAT: 11 characters. */
  tradePlat: string;
  /** TRADE_SYSTEM_NO of 501: 12 characters. */
  tradeSystemNo: string;
  site: string;
  weight: number;
}

/** A record before the schema filler: the data set, the fields set on purpose, and its event time. */
export interface Draft {
  dataNo: number;
  fields: Overrides;
  /** The event the record reports (its DATA_TIMESTAMP follows it). */
  t: number;
  /** DATA_TIMESTAMP − t in seconds; by default minutes to hours, within the day. */
  lag?: number;
  subject: string;
  region: string;
  /** FILE_EN_NAME of an attachment the record carries. */
  attach?: string;
  /** Set when the record is emitted. */
  key?: string;
}

export const SYSTEMS: ReadonlyArray<Omit<TradingSystem, "platformCode">> = [
  { no: "0201", tradePlat: "E3502000201", tradeSystemNo: "XMGGZY020101", site: "https://ggzy.xm.gov.cn", weight: 0.5 },
  { no: "0202", tradePlat: "E3502000202", tradeSystemNo: "XMJSGC020201", site: "https://jsgc.xmzyjy.cn", weight: 0.3 },
  { no: "0203", tradePlat: "E3502000203", tradeSystemNo: "XMZFCG020301", site: "https://zfcg.xmzyjy.cn", weight: 0.2 },
];

/** The public service platform's codes, the same on every record. */
export const PUB_SERVICE = { code: uscc("12", XIAMEN, "MB0Y1234"), plat: "G3502000001" };

export class World {
  readonly codes: LifecycleCodes;
  readonly parties: Parties;
  readonly filler: Filler;
  readonly calendar: WorkingDays;
  readonly systems: TradingSystem[];
  readonly yearStart: number;
  readonly yearEnd: number;
  private projectSerial = 0;
  private gpSerial = 0;
  private dealSerial = 0;

  constructor(
    readonly rng: Rng,
    readonly bundle: SchemaBundle,
    seed: number,
    readonly year = 2025,
  ) {
    this.codes = lifecycleCodes();
    this.parties = new Parties(seed);
    this.filler = new Filler(rng);
    this.calendar = WorkingDays.fromSpecs();
    this.systems = SYSTEMS.map((s, i) => ({ ...s, platformCode: uscc("91", XIAMEN, `MA3${s.no}Y${i}`.slice(0, 8)) }));
    this.yearStart = at(year, 1, 1);
    this.yearEnd = at(year, 12, 31, 23, 59, 59);
  }

  get fake() {
    return this.filler.fake;
  }

  has(dataNo: number): boolean {
    return this.bundle.dataSets.has(dataNo);
  }

  system(): TradingSystem {
    let u = this.rng.next();
    for (const s of this.systems) if ((u -= s.weight) < 0) return s;
    return this.systems[0]!;
  }

  /**
   * A start time for a lifecycle: any working day of the year, or early enough to take `spanDays`
   * within it. Records after the year's end are not reported (the data window ends on 31 December).
   */
  start(spanDays: number): number {
    const days = Math.max(1, Math.floor((this.yearEnd - this.yearStart) / DAY) - spanDays);
    return this.workTime(onWorkday(this.calendar, this.yearStart + this.rng.int(0, days) * DAY), 9, 17);
  }

  /** t's day at a random time between fromHour and toHour. */
  workTime(t: number, fromHour: number, toHour: number): number {
    return dayOf(t) * DAY + this.rng.int(fromHour * HOUR, toHour * HOUR - 1);
  }

  /** The day `days` after t's day, at a random time between fromHour and toHour. */
  later(t: number, days: number, fromHour = 9, toHour = 17): number {
    return this.workTime(t + days * DAY, fromHour, toHour);
  }

  /** The first working day `days` or more after t's day, at a random time between fromHour and toHour. */
  laterWorkday(t: number, days: number, fromHour = 9, toHour = 17): number {
    return this.workTime(onWorkday(this.calendar, t + days * DAY), fromHour, toHour);
  }

  /** PROJECT_CODE: E + region + the year + a 6-digit serial (17 characters). */
  projectCode(region: string): string {
    return `E${region}${this.year}${String(++this.projectSerial % 1_000_000).padStart(6, "0")}`;
  }

  /** PURCHASE_PROJECT_CODE of government procurement. */
  purchaseCode(region: string): string {
    return `[${region}]ZC${this.year}-${String(++this.gpSerial % 100_000).padStart(5, "0")}`;
  }

  /** UNIFIED_DEAL_CODE: kind-platform USCC-date-serial-check (3-18-8-6-1, 40 characters). */
  dealCode(kind: string, system: TradingSystem, t: number): string {
    const serial = String(++this.dealSerial % 1_000_000).padStart(6, "0");
    return `${kind}-${system.platformCode}-${ymd(t)}-${serial}-${"0123456789ABCDEFGHJKLMNPQRTUWXY"[this.dealSerial % 31]}`;
  }

  /** Subject records (100/111/114, 212/213) of the parties used for the first time, reported before `t`. */
  subjects(orgs: ReadonlyArray<[Pool<Org>, Org, string]>, experts: ReadonlyArray<[Pool<Expert>, Expert, number]>, t: number): Draft[] {
    const out: Draft[] = [];
    const when = () => Math.max(this.yearStart, t - this.rng.int(1, 20) * DAY - this.rng.int(0, 8) * HOUR);
    for (const [pool, org, role] of orgs) {
      if (!pool.firstUse(org)) continue;
      const t0 = when();
      out.push(this.legalPerson(org, role, t0));
      for (const pm of (org.kind === "contractor" || org.kind === "consultant" ? org.pms : [])) out.push(this.qualifiedPerson(org, pm, t0 + 10 * MINUTE));
      if (org.kind === "contractor" || org.kind === "consultant" || org.kind === "supplier") out.push(this.individual(org, t0 + 20 * MINUTE));
    }
    for (const [pool, e, dataNo] of experts) if (pool.firstUse(e)) out.push(this.expert(e, dataNo, when()));
    return out;
  }

  private legalPerson(org: Org, role: string, t: number): Draft {
    const c = this.codes;
    const end = org.kind === "public" ? "99991231" : `20${this.rng.int(40, 60)}1231`;
    const government = org.kind === "public";
    return {
      dataNo: 100,
      t,
      subject: org.name,
      region: org.region,
      fields: {
        LEGAL_NAME: org.name,
        BIDDER_CODE_TYPE: c.subjectUscc,
        LEGAL_CODE: org.uscc,
        LEGAL_ROLE: role,
        LICENSE_NO: org.uscc,
        LICENSE_END_DATE: end,
        TAX_CERT_NO: org.uscc,
        TAX_CERT_END_DATE: end,
        ...(this.rng.chance(0.3) ? { LOCAL_TAX_CERT_NO: org.uscc, LOCAL_TAX_CERT_END_DATE: end } : { LOCAL_TAX_CERT_NO: undefined, LOCAL_TAX_CERT_END_DATE: undefined }),
        ORGAN_NO: org.uscc.slice(8, 17),
        LEGAL_REPRESENT: org.representative,
        LEGAL_TYPE: government ? (org.uscc.startsWith("12") ? c.legalInstitution : c.legalGovernment) : c.legalEnterprise,
        REPRESENT_PHONE: org.phone,
        COUNTRY_REGION: "CHN",
        LEGAL_UNIT_ADDRESS: org.address,
        REGION_CODE: cityOf(org.region),
        BASIC_BANK: org.bank,
        BASIC_ACCOUNT_NO: org.account,
        BASIC_ACCOUNT_NAME: org.name,
        REG_CAPITAL: String(org.capital),
        REG_CAP_CURRENCY: c.currency,
        REG_UNIT: c.wan,
        LEGAL_CONTACT: org.contact.name,
        LEGAL_CONTACT_PHONE: org.contact.phone,
        LEGAL_CONTACT_ADDRESS: org.address,
        LEGAL_WEB: org.web,
        LEGAL_EMAIL: org.email,
        LEGAL_STATUS: c.legalActive,
      },
    };
  }

  private qualifiedPerson(org: Org, pm: Org["pms"][number], t: number): Draft {
    const c = this.codes;
    return {
      dataNo: 111,
      t,
      subject: pm.name,
      region: pm.region,
      fields: {
        ID_CARD: pm.idCard,
        ID_CARD_TYPE: c.idResident,
        PERSON_NAME: pm.name,
        GENDER: pm.male ? c.male : c.female,
        BIRTHDATE: pm.birth,
        REGION_CODE: cityOf(pm.region),
        PERSON_PHONE: pm.phone,
        UNIT_CODE: org.uscc,
        UNIT_NAME: org.name,
        ON_JOB: c.yes,
        JOB: "项目经理",
        WORK_START_DATE: `${Number(pm.birth.slice(0, 4)) + 23}0701`,
        WORKING_EXPERIENCE: `${pm.certificate}，从事${org.name.includes("监理") ? "工程监理" : "工程施工管理"}工作多年。`,
      },
    };
  }

  private individual(org: Org, t: number): Draft {
    const p = org.operator;
    return {
      dataNo: 114,
      t,
      subject: p.name,
      region: p.region,
      fields: {
        ID_CARD_TYPE: this.codes.idResident,
        ID_CARD: p.idCard,
        ID_CARD_END_DATE: `20${this.rng.int(30, 45)}${p.birth.slice(4)}`,
        PERSON_NAME: p.name,
        CONTACT: p.phone,
        BANK_ACCOUNT: `6222${this.rng.digits(15)}`,
        ADDRESS: this.fake.address(p.region),
      },
    };
  }

  private expert(e: Expert, dataNo: number, t: number): Draft {
    const c = this.codes;
    return {
      dataNo,
      t,
      subject: e.name,
      region: e.region,
      fields: {
        ID_CARD: e.idCard,
        ID_CARD_TYPE: c.idResident,
        EXPERT_NAME: e.name,
        SEX: e.male ? c.male : c.female,
        BIRTHDAY: e.birth,
        EDUCATION: e.education,
        PROFESSIONAL: e.title,
        ONWORK: c.yes,
        COMPANY: e.company,
        AREA: `${e.region}000`,
        PHONE_NUMBER: e.phone,
        DMISSON: c.yes,
        ENTER_DATE: e.enterDate,
        MAJOR_CODE: e.major,
        IS_MAIN: c.yes,
      },
    };
  }
}
