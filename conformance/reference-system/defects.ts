/**
 * Deliberate defects of the reference trading system: named switches, all off by default, each making
 * the system break one part of the access standard in the way a real system might. The conformance
 * runner's self-test starts variants with switches on and expects exactly the checks that
 * conformance/defect-catalogue.yaml names for each variant to fail (the catalogue is the one place that says which).
 */
import type { LocalizedText } from "../../src/specs/manifest.ts";

export const DEFECTS = {
  "accept-expired-token": { zh: "接受已过期的令牌", en: "accepts an expired token" },
  "accept-wrong-audience": { zh: "接受受众不符的令牌", en: "accepts a token for another audience" },
  "accept-bad-signature": { zh: "接受签名无法验证的令牌", en: "accepts a token whose signature does not verify" },
  "trust-token-alg": { zh: "按令牌头的 alg 处理令牌：alg 为 none 或 HS256 的令牌不验签即接受", en: "goes by the token header's alg: accepts tokens of alg none or HS256 without verifying them" },
  "accept-unbounded-expiry": { zh: "接受没有 exp 或有效期远超 maxTokenLifetime 的令牌", en: "accepts a token without exp, or valid far longer than maxTokenLifetime" },
  "jwks-fetched-once": { zh: "只获取一次平台 JWKS，遇到未知密钥标识也不再获取", en: "fetches the platform's JWKS once, and never again on an unknown key id" },
  "ignore-scopes": { zh: "不校验权限范围", en: "does not check scopes" },
  "no-www-authenticate": { zh: "401/403 不带 WWW-Authenticate", en: "401 and 403 lack WWW-Authenticate" },
  "wrong-error-format": { zh: "错误响应不是 problem+json", en: "errors are not problem+json" },
  "no-request-id": { zh: "响应不带 X-Request-Id", en: "responses lack X-Request-Id" },
  "unbounded-headers": { zh: "不限制请求头大小（1 MiB 以内均受理）", en: "does not bound request headers (anything up to 1 MiB is taken)" },
  "no-rate-limit-headers": { zh: "不带 RateLimit 头", en: "no RateLimit headers" },
  "discovery-incomplete": { zh: "发现文档缺少功能模块入口", en: "the discovery document has no module entries" },
  "pagination-skips-record": { zh: "翻页时漏掉每页之后的第一条记录", en: "paging skips the first record after each page" },
  "updated-since-ignored": { zh: "忽略 updatedSince", en: "ignores updatedSince" },
  "etag-ignored": { zh: "不返回 ETag、不支持 304", en: "no ETag and no 304" },
  "broken-audit-chain": { zh: "操作日志哈希计算错误", en: "audit entries are hashed wrongly" },
  "audit-missing-entry": { zh: "每个场景漏记最后一条操作日志", en: "each scenario leaves its last audit entry out" },
  "invalid-payload": { zh: "场景产生不符合数据契约的记录", en: "scenarios produce records that fail the data contracts" },
  "missing-push": { zh: "每个场景漏推送最后一条记录", en: "each scenario does not push its last record" },
  "late-push": { zh: "推送延迟（lateMs，缺省 65 秒）", en: "pushes late (lateMs, 65 s by default)" },
  "sso-no-state-check": { zh: "单点登录回调不核对 state", en: "the SSO callback does not check the state" },
  "sso-wrong-landing": { zh: "登录后落到首页而不是功能模块", en: "after login the user lands on the home page, not the module" },
} as const satisfies Record<string, LocalizedText>;

export type DefectName = keyof typeof DEFECTS;

export const DEFECT_NAMES = Object.keys(DEFECTS) as DefectName[];

export function isDefectName(name: string): name is DefectName {
  return Object.hasOwn(DEFECTS, name);
}

/** Parses defect names (from a CLI flag or a config); throws naming the unknown ones. */
export function parseDefects(names: Iterable<string>): Set<DefectName> {
  const out = new Set<DefectName>();
  const unknown: string[] = [];
  for (const n of names) (isDefectName(n) ? out.add(n) : unknown.push(n));
  if (unknown.length) throw new Error(`unknown defect ${unknown.join(", ")} (known: ${DEFECT_NAMES.join(", ")})`);
  return out;
}
