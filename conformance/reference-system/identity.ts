/**
 * Who the reference trading system is (its discovery identity) and the function modules it offers to
 * the portal's guided navigation (智慧导办), each with the main data set it produces.
 */
export interface SystemIdentity {
  SYSTEM_NO: string;
  PLATFORM_CODE: string;
  name: { zh: string; en: string };
  operator: { name: string; creditCode: string };
  domains: string[];
}

export interface ModuleDefinition {
  id: string;
  zh: string;
  en: string;
  /** The DATA_NO the function produces. */
  stage: number;
}

export const MODULES: readonly ModuleDefinition[] = [
  { id: "tender-project", zh: "招标项目登记", en: "Register a tender project", stage: 501 },
  { id: "tender-notice", zh: "招标公告发布", en: "Publish the tender notice", stage: 503 },
  { id: "bid-opening", zh: "开标", en: "Open the bids", stage: 506 },
  { id: "evaluation", zh: "评标", en: "Evaluate the bids", stage: 509 },
  { id: "candidate-publicity", zh: "中标候选人公示", en: "Publish the candidates", stage: 511 },
  { id: "award-notice", zh: "中标结果公告", en: "Publish the award", stage: 513 },
  { id: "contract", zh: "合同签订", en: "Sign the contract", stage: 512 },
  { id: "exception-report", zh: "异常情况报告", en: "Report an exception", stage: 517 },
];

export const moduleById = (id: string): ModuleDefinition | undefined => MODULES.find((m) => m.id === id);
