/**
 * Complaints (投诉, 404) about the year's engineering trades. A bidder that is not the first candidate,
 * having objected to the tenderer in vain, complains about the result of a section to the tender
 * project's supervising department (its 501 SUPERVISE_DEPT_NAME) within days of the candidates'
 * publicity (511): the complaint is lodged within 10 days (《工程建设项目招标投标活动投诉处理办法》第七条),
 * accepted within 3 working days of receipt (第十一条) and decided within 25 working days of acceptance,
 * inside the 30 of 第二十一条 (QT-COMPLAINT-HANDLING). Every complaint is dismissed (第二十条第一项), so
 * the trade's later records (award, contract) stand as they are.
 *
 * Procurement packages are not complained about: their codes ([region]ZCyyyy-nnnnn-k, 22 characters) do not
 * fit 404's BID_SECTION_CODE (c23), and a complaint names a real section of the year or none.
 */
import { codeNamed } from "./codes.ts";
import type { EngineeringPlan } from "./engineering.ts";
import { addWorkdays, ymdhms } from "./time.ts";
import { SUPERVISORS } from "./vocab.ts";
import type { Draft, World } from "./world.ts";

/** The data set of a complaint. */
export const COMPLAINT_DATA_SET = 404;

/** The share of a run's domain share (GenerateOptions.domainShare) of engineering lifecycles complained about. */
export const COMPLAINT_SHARE = 0.2;

function complaintCodes() {
  return {
    uscc: codeNamed("SUBJECT_CODE_TYPE", /统一社会信用代码/, "1"),
    unrestricted: codeNamed("CONFINED_ACTION", /无限制/, "0"),
    no: codeNamed("TRUE_OR_FALSE", /^否$/, "0"),
  };
}
let codes: ReturnType<typeof complaintCodes> | undefined;

/** What a losing bidder holds against the first candidate or the evaluation, and what it asks for. */
const GROUNDS: ReadonlyArray<(first: string, manager: string) => [reason: string, request: string]> = [
  (first, manager) => [`第一中标候选人${first}拟派项目负责人${manager}在投标截止时尚有在建工程，不符合招标文件的资格要求。`, `请求取消${first}的第一中标候选人资格。`],
  (first) => [`第一中标候选人${first}投标文件所附类似工程业绩与竣工验收备案记录不符。`, `请求核查${first}的业绩材料，并依法取消其中标候选人资格。`],
  () => ["评标委员会未按招标文件规定的评标办法对投诉人的技术标评分，评分存在明显错误。", "请求责令招标人组织原评标委员会重新评审。"],
];

/**
 * A complaint about a section of `plan` whose candidates were published in `reported` (the lifecycle's
 * reported drafts), drawn with `w` (a world of its own, so that the lifecycles stay the same); none when no
 * section of the plan was published.
 */
export function complaintDrafts(w: World, plan: EngineeringPlan, reported: readonly Draft[]): Draft[] {
  const c = (codes ??= complaintCodes());
  const r = w.rng;
  const publicities = reported.filter((d) => d.dataNo === 511);
  if (publicities.length === 0) return [];
  const publicity = r.pick(publicities);
  const tp = plan.tps.find((x) => x.code === publicity.fields.TENDER_PROJECT_CODE);
  const section = tp?.sections.find((s) => s.code === publicity.fields.BID_SECTION_CODES);
  const losers = section?.bids.filter((b) => b !== section.winner) ?? [];
  if (!tp || !section?.winner || losers.length === 0) return [];
  const complainant = r.pick(losers).org;
  const supervisor = reported.find((d) => d.dataNo === 501 && d.fields.TENDER_PROJECT_CODE === tp.code)?.fields.SUPERVISE_DEPT_NAME ?? r.pick(SUPERVISORS);
  const [reason, request] = r.pick(GROUNDS)(section.winner.org.name, section.winner.pm.name);
  const lodged = w.later(section.pubStart, r.int(1, 6));
  const accepted = w.workTime(addWorkdays(w.calendar, lodged, r.int(1, 3)), 9, 12);
  const decided = w.workTime(addWorkdays(w.calendar, accepted, r.int(5, 25)), 14, 17);
  return [
    {
      dataNo: COMPLAINT_DATA_SET,
      t: decided,
      subject: section.name,
      region: plan.region,
      fields: {
        TENDER_PROJECT_NAME: tp.name,
        TENDER_PROJECT_CODE: tp.code,
        BID_SECTION_CODE: section.code,
        BID_SECTION_NAME: section.name,
        UNIFIED_DEAL_CODE: section.dealCode,
        COMPLAINT_NAME: `${complainant.name}（委托代理人：${complainant.contact.name}）`,
        COMPLAINT_PHONE: complainant.phone,
        COMPLAINT_MAIL: complainant.email,
        COMPLAINTED_BODY_NAME: plan.tenderer.name,
        COMPLAINTED_BODY_TYPE: c.uscc,
        COMPLAINTED_BODY_CODE: plan.tenderer.uscc,
        DISSENT_REASON: `投诉人已于中标候选人公示期间向招标人提出异议，对答复不满意。${reason}`,
        COMPLAINT_CONTENT: request,
        COMPLAINT_DATE: ymdhms(lodged),
        ACCEPT_DATE: ymdhms(accepted),
        HANDLE_RESULT: "经调查核实，投诉事项缺乏事实根据，依法驳回投诉。",
        HANDLE_BASIS: "《工程建设项目招标投标活动投诉处理办法》第二十条第一项",
        HANDLE_DATE: ymdhms(decided),
        CONFINED_ACTION: c.unrestricted,
        START_DATE: ymdhms(decided),
        END_DATE: ymdhms(decided),
        DEALING_UNIT: supervisor,
        ENTER_CREDIT_PLAT: c.no,
      },
    },
  ];
}
