/**
 * The codes the lifecycles set on purpose, found in specs/codelists by their Chinese names (never
 * retyped as values here); the fallback is used only when a list or a code is not there yet.
 */
import { loadCodelists } from "../specs/codelists.ts";

/** The code of `listId` whose zh name matches `name`, else `fallback`. */
export function codeNamed(listId: string, name: RegExp, fallback: string): string {
  const list = loadCodelists().get(listId);
  return list?.codes.find((c) => !c.deprecated && c.validUntil === undefined && name.test(c.zh))?.code ?? fallback;
}

/** The current codes of a list whose names match `name` (all current codes when `name` is absent). */
export function codesNamed(listId: string, name?: RegExp): string[] {
  return (loadCodelists().get(listId)?.codes ?? []).filter((c) => !c.deprecated && c.validUntil === undefined && (!name || name.test(c.zh))).map((c) => c.code);
}

/** The zh name of a code (the code itself when the list or the code is not there). */
export function codeName(listId: string, code: string): string {
  return loadCodelists().get(listId)?.codes.find((c) => c.code === code)?.zh ?? code;
}

/** The PRICE_UNIT code whose multiplier is `multiplier` (1 元, 10000 万元). */
function priceUnit(multiplier: number, fallback: string): string {
  return loadCodelists().get("PRICE_UNIT")?.codes.find((c) => c.multiplier === multiplier)?.code ?? fallback;
}

export function lifecycleCodes() {
  const yes = codeNamed("TRUE_OR_FALSE", /^是$/, "1");
  return {
    yes,
    no: codeNamed("TRUE_OR_FALSE", /^否$/, "0"),
    subjectUscc: codeNamed("SUBJECT_CODE_TYPE", /统一社会信用代码/, "1"),
    idResident: codeNamed("ID_CARD_TYPE", /居民身份证/, "01"),
    role: {
      tenderer: codeNamed("SUBJECT_ROLE", /^招标人$/, "01"),
      agency: codeNamed("SUBJECT_ROLE", /^招标代理/, "02"),
      bidder: codeNamed("SUBJECT_ROLE", /^投标人$/, "03"),
      purchaser: codeNamed("SUBJECT_ROLE", /^采购人$/, "04"),
      purchaseAgency: codeNamed("SUBJECT_ROLE", /^采购代理/, "05"),
      supplier: codeNamed("SUBJECT_ROLE", /^供应商$/, "06"),
    },
    organizeSelf: codeNamed("TENDER_ORGANIZE_FORM", /自行/, "1"),
    organizeAgency: codeNamed("TENDER_ORGANIZE_FORM", /委托/, "2"),
    tenderOpen: codeNamed("TENDER_MODE", /公开/, "1"),
    tenderInvited: codeNamed("TENDER_MODE", /邀请/, "2"),
    noticeNormal: codeNamed("NOTICE_NATURE", /正常/, "1"),
    bulletinTender: codeNamed("BULLETIN_TYPE", /^招标公告$/, "1"),
    bulletinResult: codeNamed("BULLETIN_TYPE", /中标结果/, "3"),
    publicityCandidates: codeNamed("PUBLICITY_TYPE", /中标候选人/, "1"),
    priceAmount: codeNamed("PRICE_FORM_CODE", /^金额$/, "1"),
    yuan: priceUnit(1, "0"),
    wan: priceUnit(10_000, "1"),
    currency: codeNamed("CURRENCY", /人民币/, "156"),
    exceptionFailed: codeNamed("EXCEPTION_TYPE", /流标/, "1"),
    evaluationRecommend: codeNamed("EVALUATION_RESULT", /推荐/, "1"),
    expertEvaluator: codeNamed("EXPERT_TYPE", /评标专家/, "1"),
    expertOwner: codeNamed("EXPERT_TYPE", /招标人代表/, "2"),
    marginTransfer: codeNamed("MARGIN_PAY_FORM", /银行转账/, "4"),
    marginGuarantee: codeNamed("MARGIN_PAY_FORM", /电子保函/, "8"),
    qualPost: codeNamed("QUAL_TYPE", /资格后审/, "2"),
    evaluationTypes: codesNamed("EVALUATION_TYPE", /^(?!其他)/),
    projectTypes: codesNamed("TENDER_PROJECT_TYPE", /^(房屋建筑|市政|公路|水利|水运)$/),
    otherProjectType: codeNamed("TENDER_PROJECT_TYPE", /^其他$/, "A99"),
    classify: codesNamed("TENDER_PROJECT_CLASSIFY_CODE"),
    construction: codeNamed("TENDER_PROJECT_CLASSIFY_CODE", /施工/, "A08"),
    gpOpen: codeNamed("PURCHASE_MODE", /^公开招标$/, "1"),
    gpModes: codesNamed("PURCHASE_MODE", /公开招标|竞争性磋商|竞争性谈判|询价/),
    gpByAgency: codeNamed("PURCHASE_ORGANIZE_FORM", /社会代理/, "2"),
    gpCentral: codeNamed("PURCHASE_ORGANIZE_FORM", /集中采购/, "3"),
    male: codeNamed("SEX", /^男/, "1"),
    female: codeNamed("SEX", /^女/, "2"),
    legalEnterprise: codeNamed("LEGAL_TYPE", /企业法人/, "1"),
    legalGovernment: codeNamed("LEGAL_TYPE", /机关法人/, "2"),
    legalInstitution: codeNamed("LEGAL_TYPE", /事业单位/, "3"),
    legalActive: codeNamed("LEGAL_STATUS", /存续/, "1"),
    propertyState: codeNamed("ENTERPRISE_PROPERTY", /国有/, "1"),
    propertyPrivate: codeNamed("ENTERPRISE_PROPERTY", /民营/, "3"),
    propertyPublic: codeNamed("ENTERPRISE_PROPERTY", /机关事业/, "6"),
    relateFixedAsset: codeNamed("RELATE_CODE", /^固定资产/, "1"),
    relateOther: codeNamed("RELATE_CODE", /^非固定资产/, "0"),
  };
}

export type LifecycleCodes = ReturnType<typeof lifecycleCodes>;
