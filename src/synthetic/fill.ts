/**
 * Fills a data set's context from its schema. The lifecycle gives the fields it sets on purpose
 * (codes, dates, amounts, parties); every other required field, and a share of the optional ones,
 * gets a plausible value chosen once per field from its name, Chinese name, notation, code list and
 * format (person, company, phone, e-mail, URL, address in 厦门市…, content text, amount, date…).
 * Each value is fitted to the field's length. Compiled once per data set, so filling is cheap.
 */
import { codeNamed, codesNamed } from "./codes.ts";
import { cityOf, Fake, regionName } from "./fake.ts";
import type { Rng } from "./prng.ts";
import type { DataSetSpec, FieldSpec } from "./schemas.ts";
import { DAY, ymd, ymdhms } from "./time.ts";
import { APPROVERS, BANKS, EDUCATION, FUNDS, INSURERS, JOBS, MEDIA, TITLES } from "./vocab.ts";

/** What a record is about, for the fields the lifecycle leaves to the filler. */
export interface FillContext {
  /** The record's event time (seconds on the naive China-time clock). */
  t: number;
  /** The project, section or item the record is about. */
  subject: string;
  region: string;
  /** Base of the reporting system's web addresses. */
  site: string;
}

/** Fields the lifecycle sets: a value, or undefined to leave an optional field out. */
export type Overrides = Record<string, string | undefined>;

type Fill = (ctx: FillContext) => string;

interface CompiledField {
  spec: FieldSpec;
  fill: Fill;
  /** Values longer than this are fitted (cut, or padded to a fixed length). */
  limit: number;
}

interface CompiledDataSet {
  fields: CompiledField[];
  /**
   * Which optional fields a record fills, as a few fixed profiles (one drawn per record): records of a
   * data set then share a handful of shapes, which keeps the engine's object shapes few and fast.
   */
  profiles: boolean[][];
  /** Reads the fields set on purpose (or the common ones) into `values`, and into `given` whether the lifecycle named each one. */
  read: (overrides: Overrides, common: Overrides, values: Array<string | undefined>, given: boolean[]) => void;
  /** The values of the record being filled, and whether each was given (reused). */
  values: Array<string | undefined>;
  given: boolean[];
  /** Object builders by the set of fields present (a bit per field: the first 30, the next 30). */
  builders: Map<number, Map<number, Builder>>;
  compiledBuilders: number;
}

type Builder = (values: Array<string | undefined>) => Record<string, string>;

const PROFILES = 4;

/** Optional fields whose presence means something; the lifecycle sets them or leaves them out. */
const MANAGED = /INVEST_PROJECT_CODE|POSTPONE|POST_|TAX_CERT|PRICE|AMOUNT|BUDGET|_UNIT$|UINT|CURRENCY|AGENCY|UNION|BIDDER|_CODE$|RATE$|FIRST_|SECOND_|THIRD_|CHECK_IN|SUBMIT_TIME|SIGNING_TIME|BEGIN_DATE/;

const PERSON_ZH = /姓名|联系人|负责人|代表|人员|主持人|责任人|创建人|申请人|法人$|经办人/;
const PERSON_NAME = /PERSON|CONTACTOR|CONTACT$|_DUTY$|^REPORT_DUTY|EXAMINER|COMPERE|CREATOR|PROPOSER|REPRESENT|MANAGER|LEAD$|OPERATION_NAME|ACTOR|LEGAL_PERSON/;
const ORG_ZH = /单位|公司|机构|招标人|投标人|供应商|采购人|业主|部门|受益人|承保人|法人名称|交易中心/;

export class Filler {
  private readonly compiled = new Map<number, CompiledDataSet>();
  readonly fake: Fake;

  constructor(
    private readonly rng: Rng,
    private readonly optionalShare = 0.6,
  ) {
    this.fake = new Fake(rng);
  }

  /**
   * The context of a record of `ds`: the overrides where given (then `common`, the fields every
   * record of the system carries), the filler's values elsewhere.
   */
  context(ds: DataSetSpec, overrides: Overrides, ctx: FillContext, common: Overrides = {}): Record<string, string> {
    let compiled = this.compiled.get(ds.dataNo);
    if (!compiled) {
      const fields = ds.fields.map((spec) => ({ spec, fill: this.compile(spec), limit: spec.fixed !== undefined ? -1 : (spec.max ?? Infinity) }));
      // Optional fields that carry meaning (conditional fields, amounts and their units) are never filled at random.
      const random = fields.map((f) => !f.spec.required && !MANAGED.test(f.spec.name) && f.spec.codeTypeField === undefined);
      const profiles = Array.from({ length: PROFILES }, () => random.map((r) => r && this.rng.next() < this.optionalShare));
      this.compiled.set(ds.dataNo, (compiled = { fields, profiles, read: reader(fields), values: new Array(fields.length), given: new Array(fields.length), builders: new Map(), compiledBuilders: 0 }));
    }
    const { fields, values, given } = compiled;
    compiled.read(overrides, common, values, given);
    const profile = compiled.profiles[Math.floor(this.rng.next() * PROFILES)]!;
    // which fields are present, 30 to an integer (small integers: no allocation)
    let low = 0;
    let high = 0;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      let v = values[i];
      if (v === undefined && (f.spec.required || (profile[i] && !given[i]))) v = f.fill(ctx);
      values[i] = v === undefined ? v : v.length > f.limit ? fit(f.spec, v) : v;
      if (v !== undefined) {
        if (i < 30) low |= 1 << i;
        else high |= 1 << (i - 30);
      }
    }
    return build(compiled, low, high);
  }

  /** The filler of one field, chosen from its name, Chinese name, notation, code list and format. */
  compile(spec: FieldSpec): Fill {
    const r = this.rng;
    const fk = this.fake;
    const { name, zh } = spec;
    const n = spec.notation;

    if (spec.codes && spec.codes.length > 0) return this.codeFill(spec);
    switch (spec.format) {
      case "uscc":
        return (c) => fk.randomUscc(c.region, /部门|监督|审核/.test(zh));
      case "resident-id":
        return (c) => fk.residentId(c.region, r.chance(0.7)).id;
      case "gbt2260-region":
        return spec.regionLevel === "city" ? (c) => cityOf(c.region) : (c) => c.region;
      case "invest-project-code":
        return (c) => investCode(r, c);
      case "uri":
        return (c) => `${c.site}/files/${fk.hex(16)}.pdf`;
      case "email":
        return () => `${r.pick(["zb", "office", "xm"])}${r.int(1, 999)}@163.com`;
    }
    if (spec.codeTypeField) return (c) => fk.randomUscc(c.region);

    if (n.kind === "datetime") return dateFill(name, zh, r, true);
    if (n.kind === "date") return dateFill(name, zh, r, false);
    if (n.kind === "number") {
      const maxInt = 10 ** Math.min(n.integerDigits, 9) - 1;
      if (n.decimalDigits > 0) {
        if (/RATE|PERCENT|费率|比例/.test(name + zh)) return () => `0.${r.int(1, 9)}`;
        return () => String(Math.min(maxInt, r.int(5, 500) * 1000));
      }
      if (/VALID_PERIOD|有效期/.test(name + zh)) return () => String(Math.min(maxInt, r.pick([60, 90, 120])));
      if (/LIMIT|TERM|PERIOD|工期|期限/.test(name + zh)) return () => String(Math.min(maxInt, r.int(30, 720)));
      if (/YEAR|年限/.test(name + zh)) return () => String(Math.min(maxInt, r.int(5, 35)));
      return () => String(r.int(1, Math.min(maxInt, 9)));
    }

    const text = name + " " + zh;
    if (/MD5/.test(name)) return () => fk.md5();
    if (/MAC_ADDRESS/.test(name)) return () => fk.hex(12).toUpperCase().replace(/(..)(?=.)/g, "$1-");
    if (/NET_ID|IP地址/.test(text)) return () => `117.${r.int(24, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    if (/SERIAL_NUMBER|CPU_ID/.test(name)) return () => fk.hex(16).toUpperCase();
    if (/EMAIL|邮箱/.test(text)) return () => `${r.pick(["zb", "office", "xm", "bid"])}${r.int(1, 999)}@${r.pick(["163.com", "126.com", "qq.com", "xmjs.com.cn"])}`;
    if (/URL|WEB|网址|网站/.test(text)) return (c) => `${c.site}/${r.pick(["notice", "files", "bulletin"])}/${fk.hex(12)}.html`;
    if (/PHONE|TEL|_CON$|CONTACT_INFORMATION|^CONTACT$|电话|联系方式|手机/.test(text)) return () => (r.chance(0.7) ? fk.mobile() : fk.landline());
    if (/ZIP|POSTCODE|邮政编码|邮编/.test(text)) return () => `3610${r.int(0, 2)}${r.int(0, 9)}`;
    if (/ADDRESS|PLACE|地址|地点/.test(text)) return (c) => fk.address(c.region);
    if (/CURRENCY|币种/.test(text)) {
      const cny = codeNamed("CURRENCY", /人民币/, "156");
      return () => cny;
    }
    if (/COUNTRY/.test(name)) return () => "CHN";
    if (/BRANCH_BANK|支行号|行号/.test(text)) return () => r.digits(12);
    if (/ACCOUN|ACCOUNT|账号|账户/.test(text)) return () => `${r.pick(["4100", "3510", "6222"])}${r.digits(15)}`;
    if (/BANK|银行|开户行/.test(text)) return () => r.pick(BANKS);
    if (/INSURER|承保人/.test(text)) return () => r.pick(INSURERS);
    if (/EDU|学历/.test(text)) return () => r.pick(EDUCATION);
    if (/PROFESSIONAL|TECH_TITLE|职称/.test(text)) return () => r.pick(TITLES);
    if (/职务|^JOB/.test(text)) return () => r.pick(JOBS);
    if (/MEDIA|媒体/.test(text)) return () => r.pick(MEDIA);
    if (/FUND_SOURCE|资金来源/.test(text)) return () => r.pick(FUNDS);
    if (/APPROVAL_AUTHORITY|审批单位/.test(text)) return () => r.pick(APPROVERS);
    if (/APPROVAL_NUMBER|文号/.test(text)) return () => `厦发改审〔2025〕${r.int(10, 999)}号`;
    if (/PROVINCE/.test(name)) return () => "福建省";
    if (/CITY/.test(name)) return () => "厦门市";
    if (/CREDIT_RATE|资信/.test(text)) return () => r.pick(["AAA", "AA", "A"]);
    if (/SIDE|大小/.test(text)) return () => `${r.int(2, 80)}.${r.int(0, 9)}MB`;
    if (/PM_CERTIFICATES|证书/.test(text)) return () => `一级注册建造师 闽135${r.digits(8)}`;
    if (/STATUS|状态/.test(text)) return () => r.pick(["有效", "已出函"]);
    if (PERSON_NAME.test(name) || PERSON_ZH.test(zh)) return () => fk.personName();
    if (ORG_ZH.test(zh) && (/NAME|COMPANY|BENEFICIARY|INSURER/.test(name) || zh.endsWith("名称"))) return (c) => `厦门市${regionName(c.region)}${r.pick(["建设与交通局", "市政园林局", "教育局"])}`;
    if (/代码/.test(zh) && (spec.max === undefined || spec.max >= 18) && spec.fixed === undefined) return (c) => fk.randomUscc(c.region, true);
    if (/(NAME|TITLE)$/.test(name) || /名称|标题/.test(zh)) return (c) => `${c.subject}${zh.replace(/名称|标题/g, "") || "文件"}`;
    if (spec.fixed !== undefined) {
      if (spec.fixed === 3 && /INDUSTR|行业/.test(text)) return () => r.pick(["E47", "E48", "E49", "E50"]);
      if (/AREA|地区/.test(text)) return (c) => (c.region + "000000").slice(0, spec.fixed);
      return () => r.digits(spec.fixed!);
    }
    if (spec.max !== undefined && spec.max <= 12) return () => r.digits(Math.min(spec.max!, 7));
    if (/(_NO|_CODE)$/.test(name) || /编号|编码/.test(zh)) return () => `XM${r.digits(10)}`;
    return (c) => contentText(r, zh, c.subject);
  }

  /** A code of the field's list: the usual one where a list has one (see USUAL), else any but 其他 or 未知. */
  private codeFill(spec: FieldSpec): Fill {
    const r = this.rng;
    const codes = spec.codes!;
    const usualName = spec.codelist === "TRUE_OR_FALSE" ? (/ONWORK|ON_JOB|DMISSON|IS_MAIN|IS_COMMIT|SYNDICATED/.test(spec.name) ? /^是$/ : /^否$/) : USUAL[spec.codelist ?? ""];
    const usual = usualName && codesNamed(spec.codelist!, usualName).find((c) => codes.includes(c));
    if (usual) return () => usual;
    const others = new Set(spec.codelist ? codesNamed(spec.codelist, /其他|未知|未说明/) : []);
    const pool = codes.filter((c) => !others.has(c));
    const from = pool.length > 0 ? pool : codes;
    return () => r.pick(from);
  }
}

/**
 * The code (by its name) that a field of these lists takes unless the lifecycle says otherwise; yes/no
 * fields take 否, or 是 where the field's meaning makes yes the usual answer (in work, available…).
 */
const USUAL: Record<string, RegExp> = { SUBJECT_CODE_TYPE: /统一社会信用代码/, ID_CARD_TYPE: /居民身份证/, CURRENCY: /人民币/ };

/**
 * The reader of a data set's fields from the lifecycle's overrides: one load per field by its name, so
 * that each load site sees the few shapes of one data set's drafts (fast) rather than every shape.
 */
function reader(fields: CompiledField[]): CompiledDataSet["read"] {
  const body = fields
    .map((f, i) => {
      const key = JSON.stringify(f.spec.name);
      return `x = o[${key}]; v[${i}] = x !== undefined ? x : c[${key}]; g[${i}] = x !== undefined || ${key} in o;`;
    })
    .join("\n");
  return new Function("o", "c", "v", "g", `let x;\n${body}`) as CompiledDataSet["read"];
}

/**
 * The context object of the fields present (bits `low` and `high`), built by a function compiled once
 * per set of present fields: an object literal in schema order, one allocation with a stable shape
 * (adding the properties one by one is several times slower and makes far more garbage). Past 60
 * fields, or 4,096 sets of a data set, objects are built field by field.
 */
function build(c: CompiledDataSet, low: number, high: number): Record<string, string> {
  let byHigh = c.builders.get(low);
  if (!byHigh) c.builders.set(low, (byHigh = new Map()));
  let make = byHigh.get(high);
  if (!make) {
    const present = c.fields.map((f, i) => [f.spec.name, i] as const).filter(([, i]) => c.values[i] !== undefined);
    const compile = c.fields.length <= 60 && c.compiledBuilders < 4096;
    make = compile
      ? (new Function("v", `return {${present.map(([name, i]) => `${JSON.stringify(name)}: v[${i}]`).join(", ")}};`) as Builder)
      : (v) => Object.fromEntries(present.map(([name, i]) => [name, v[i]!]));
    if (compile) {
      byHigh.set(high, make);
      c.compiledBuilders++;
    }
  }
  return make(c.values);
}

/** A value fitted to the field's length: cut to the maximum, a fixed length padded with digits. */
function fit(spec: FieldSpec, v: string): string {
  if (spec.fixed !== undefined && v.length !== spec.fixed) return v.length > spec.fixed ? v.slice(0, spec.fixed) : v.padEnd(spec.fixed, "0");
  if (spec.max !== undefined && v.length > spec.max) return v.slice(0, spec.max);
  return v;
}

function dateFill(name: string, zh: string, r: Rng, withTime: boolean): Fill {
  const fmt = withTime ? ymdhms : ymd;
  const text = name + zh;
  if (/BIRTH|出生/.test(text)) return () => `${r.int(1960, 1995)}0${r.int(1, 9)}${r.int(10, 28)}`;
  if (/END_DATE|EXPIRE|失效|有效期/.test(text)) return (c) => fmt(c.t + r.int(3, 20) * 365 * DAY);
  if (/ENTER|WORK_START|ESTABLISH|入库|从业开始|成立/.test(text)) return (c) => fmt(c.t - r.int(2, 15) * 365 * DAY);
  if (/BEGIN_DATE|开工/.test(text)) return (c) => fmt(c.t + r.int(30, 90) * DAY);
  return (c) => fmt(c.t);
}

/** An investment project code (GB/T 40058 shape): YYMM-region-industry-kind-serial. */
export function investCode(r: Rng, c: FillContext): string {
  return `${ymd(c.t - r.int(60, 400) * DAY).slice(2, 6)}-${c.region}-${r.pick(["48", "47", "78", "89"])}-${r.pick(["01", "02", "03"])}-${r.digits(6)}`;
}

const CONTENT: Array<[RegExp, (s: string, r: Rng) => string]> = [
  [/公告内容|公示内容|邀请内容/, (s, r) => `${s}已由${r.pick(APPROVERS)}批准建设，建设资金来自${r.pick(FUNDS)}，项目已具备招标条件，现对该项目进行公开招标，欢迎符合条件的潜在投标人参加投标。`],
  [/资格|资质/, (s, r) => `投标人须具备独立法人资格，具有${r.pick(["建筑工程施工总承包", "市政公用工程施工总承包", "工程监理综合", "工程设计综合"])}${r.pick(["一级", "二级", "甲级"])}及以上资质，近三年无重大质量安全事故，本项目不接受联合体投标。`],
  [/获取方法|获取方式/, () => "请于获取时间内登录厦门市公共资源交易网，使用CA数字证书免费下载招标文件。"],
  [/递交方法|递交方式/, () => "投标文件须在递交截止时间前通过电子招标投标交易平台加密上传，逾期上传的投标文件不予受理。"],
  [/开标方式|开启方式|开标方法/, () => "网上开标，投标人在线远程解密。"],
  [/评标办法|评审办法|评标方法/, (_s, r) => r.pick(["经评审的最低投标价法", "综合评估法", "资格后审"])],
  [/异议/, () => "投标人或者其他利害关系人对评标结果有异议的，应当在公示期间以书面形式向招标人提出。"],
  [/澄清|修改/, (s) => `${s}招标文件第三章评标办法部分条款澄清如下，其余内容不变。`],
  [/评标报告|评标结果|评分|评标情况/, (s) => `评标委员会依据招标文件规定的评标办法对${s}的投标文件进行了评审，推荐中标候选人如下。`],
  [/异常|情况描述/, (s) => `${s}投标截止时递交投标文件的投标人少于3个，依法不予开标。`],
  [/审批|核准/, () => "同意重新组织招标。"],
  [/合同.*内容|主要内容|履约/, (s) => `${s}的施工、保修及相关服务，合同价款及支付方式按中标结果和招标文件执行。`],
  [/质量/, () => "合格，符合国家及福建省现行验收规范。"],
  [/规模/, (_s, r) => `总建筑面积约${r.int(2, 90)}千平方米，道路长度约${r.int(1, 12)}公里。`],
  [/开标记录/, (s) => `${s}开标记录：投标人名称、投标报价、工期、质量目标详见附件。`],
];

function contentText(r: Rng, zh: string, subject: string): string {
  for (const [re, text] of CONTENT) if (re.test(zh)) return text(subject, r);
  return `${subject}${zh}：详见附件。`;
}
