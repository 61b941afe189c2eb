/**
 * Authentication and authorisation (access standard, ACC-AUTH): the runner, as the platform, calls
 * the target with a good token, with none, and with tokens that are wrong in exactly one way —
 * malformed, expired, not yet valid, for another audience, from another issuer, badly signed, unsigned
 * (alg none), HS256 keyed with the platform's public key, without exp or valid too long, lacking the scope — and expects each refused with its stable error code and a Bearer challenge; then it
 * rotates the platform's key and expects tokens of the new key accepted once the system has fetched
 * the JWKS again.
 */
import type { OperationId } from "../../generated/sdk/access.ts";
import { loadAccessApi, SCENARIO_NAMES, type ProblemCode } from "../../src/sdk/index.ts";
import { accessParameter } from "./parameters.ts";
import type { CheckContext } from "../context.ts";
import { isRunnerPlatform } from "../platform-session.ts";
import { skip, type CheckDefinition, type GroupDefinition } from "../runner/model.ts";
import { Judge, mapLimit, requestLine, t } from "./judge.ts";
import { call, discovery, sampleCodes, scopesOf, servedDataSets, unknownDataKey } from "./state.ts";

/** The operation the token checks call: cheap, read-only, and token-protected. */
const PROBE_OP: OperationId = "listDataSets";
const needs = ["discovery.document"];

/** The standard's other scopes: a token of these lacks the operation's own. */
const otherScopes = (op: OperationId): string[] =>
  Object.keys(loadAccessApi().document.components.securitySchemes.platformToken.flows.clientCredentials.scopes).filter((s) => !scopesOf(op).includes(s));
const withToken = (ctx: CheckContext, authorization: string) => call(ctx, PROBE_OP, { scopes: null, headers: { authorization } });

interface BadToken {
  id: string;
  title: ReturnType<typeof t>;
  code: ProblemCode;
  what: ReturnType<typeof t>;
  token(ctx: CheckContext): Promise<string>;
  /** More tokens wrong the same way, each refused with the same code. */
  alsoTokens?: Array<{ what: ReturnType<typeof t>; token(ctx: CheckContext): Promise<string> }>;
  /** The published values the verdict depends on (CheckDefinition.depends). */
  depends?: string[];
}

/** Tokens wrong in exactly one way, each to be refused with its own code. */
const BAD_TOKENS: BadToken[] = [
  {
    id: "auth.expired-token",
    title: t("拒绝已过期的令牌", "Refuses an expired token"),
    code: "token-expired",
    what: t("已过期一小时的令牌", "a token that expired an hour ago"),
    token: (ctx) => ctx.tokens.expired(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.not-yet-valid-token",
    title: t("拒绝尚未生效的令牌", "Refuses a token that is not valid yet"),
    code: "token-not-yet-valid",
    what: t("一小时后才生效的令牌", "a token valid only from an hour from now"),
    token: (ctx) => ctx.tokens.notYetValid(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.wrong-audience",
    title: t("拒绝受众不是本系统的令牌", "Refuses a token for another audience"),
    code: "token-wrong-audience",
    what: t("受众为其他系统的令牌", "a token for another system's audience"),
    token: (ctx) => ctx.tokens.wrongAudience(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.wrong-issuer",
    title: t("拒绝非平台签发的令牌", "Refuses a token from another issuer"),
    code: "token-wrong-issuer",
    what: t("签发方不是平台的令牌", "a token whose issuer is not the platform"),
    token: (ctx) => ctx.tokens.wrongIssuer(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.bad-signature",
    title: t("拒绝签名无法验证的令牌", "Refuses a token whose signature does not verify"),
    code: "token-bad-signature",
    what: t("以平台未公布的密钥签名的令牌", "a token signed with a key the platform never published"),
    token: (ctx) => ctx.tokens.badSignature(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.alg-none",
    title: t("拒绝 alg 为 none 的未签名令牌", "Refuses an unsigned token (alg none)"),
    code: "token-bad-signature",
    what: t("声明均有效但 alg 为 none、没有签名的令牌", "a token with valid claims, alg none and no signature"),
    token: (ctx) => ctx.tokens.algNone(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.alg-confusion",
    title: t("拒绝以平台公钥为 HMAC 密钥的 HS256 令牌", "Refuses an HS256 token keyed with the platform's public key"),
    code: "token-bad-signature",
    what: t("以平台公钥（PEM）为密钥、HS256 签名的令牌", "a token signed HS256 with the platform's public key (PEM) as the secret"),
    token: (ctx) => ctx.tokens.hmacWithPlatformPublicKey(...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.no-expiry",
    title: t("拒绝没有 exp 的令牌", "Refuses a token without exp"),
    code: "token-malformed",
    what: t("平台密钥签名、没有 exp 声明的令牌", "a token signed by the platform key without an exp claim"),
    token: (ctx) => ctx.tokens.withExpiry(undefined, ...scopesOf(PROBE_OP)),
  },
  {
    id: "auth.lifetime-too-long",
    title: t("拒绝有效期超过 maxTokenLifetime 的令牌", "Refuses a token valid for longer than maxTokenLifetime"),
    code: "token-malformed",
    what: t("平台密钥签名、有效期超过 maxTokenLifetime 一天的令牌", "a token signed by the platform key, valid for a day longer than maxTokenLifetime"),
    token: (ctx) => ctx.tokens.tooLong(...scopesOf(PROBE_OP)),
    depends: ["param:maxTokenLifetime"],
    // 9e15 s is beyond what a JavaScript Date holds: a system that compares dates made of it sees no expiry at all.
    alsoTokens: [{ what: t("exp 为 9e15（数亿年后）的令牌", "a token whose exp is 9e15 (hundreds of millions of years away)"), token: (ctx) => ctx.tokens.withExpiry(9e15, ...scopesOf(PROBE_OP)) }],
  },
];

const badTokenCheck = (b: BadToken): CheckDefinition<CheckContext> => ({
  id: b.id,
  title: b.title,
  needs,
  ...(b.depends ? { depends: b.depends } : {}),
  async run(ctx) {
    const j = new Judge();
    for (const x of [b, ...(b.alsoTokens ?? [])]) j.refuses(await withToken(ctx, `Bearer ${await x.token(ctx)}`), b.code, x.what);
    return j.verdict(t(`${b.what.zh}被拒绝（401，${b.code}）。`, `${b.what.en} is refused (401, ${b.code}).`));
  },
});

/** Sample path parameters for any operation of the document. */
async function sampleParams(ctx: CheckContext): Promise<Record<string, string | number>> {
  const [dataNo] = await servedDataSets(ctx);
  const d = await discovery(ctx);
  const codes = sampleCodes();
  return {
    dataNo: dataNo!,
    dataKey: unknownDataKey(d.SYSTEM_NO, dataNo!),
    tenderProjectCode: codes.tenderProjectCode,
    name: SCENARIO_NAMES[0]!,
  };
}

const validToken: CheckDefinition<CheckContext> = {
  id: "auth.valid-token",
  title: t("接受平台签发的有效令牌", "Accepts a valid platform token"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const params = await sampleParams(ctx);
    j.ok(PROBE_OP, await call(ctx, PROBE_OP));
    j.ok("listRecords", await call(ctx, "listRecords", { params, query: { limit: 1 } }));
    const trail = await call(ctx, "getAuditDigest", { params });
    if (j.answered(trail) && (trail.status === 401 || trail.status === 403))
      j.fail(`持有 audit:read 权限的有效令牌被拒绝：${requestLine(trail)} 应答 ${trail.status}`, `a valid token with audit:read is refused: ${requestLine(trail)} answered ${trail.status}`, trail);
    return j.verdict(t("有效令牌被接受，应答符合接入标准。", "A valid token is accepted and the answers conform to the standard."));
  },
};

const missingToken: CheckDefinition<CheckContext> = {
  id: "auth.missing-token",
  title: t("受保护的接口拒绝无令牌请求", "Token-protected operations refuse a request without a token"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const params = await sampleParams(ctx);
    const sandbox = (await discovery(ctx)).sandbox === true;
    const ops = [...loadAccessApi().operations.values()].filter((o) => o.scopes);
    await mapLimit(ops, 4, async (op) => {
      const res = await call(ctx, op.id, { scopes: null, params, ...(op.hasBody ? { body: {} } : {}) });
      // Outside sandbox mode the conformance hook does not exist at all.
      const codes: ProblemCode[] = op.id === "runScenario" && !sandbox ? ["token-missing", "sandbox-disabled"] : ["token-missing"];
      j.refuses(res, codes, t(`无令牌调用 ${op.id}`, `${op.id} without a token`));
    });
    return j.verdict(t(`${ops.length} 个受保护的接口均以 401（token-missing）拒绝无令牌请求。`, `All ${ops.length} token-protected operations refuse a request without a token (401, token-missing).`));
  },
};

const malformedToken: CheckDefinition<CheckContext> = {
  id: "auth.malformed-token",
  title: t("拒绝格式错误的 Authorization 头和令牌", "Refuses a malformed Authorization header or token"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const cases = [
      { header: "Bearer not-a-jwt", what: t("不是 JWT 的 Bearer 令牌", "a bearer token that is not a JWT") },
      { header: "Token abcdef", what: t("不是 Bearer 方案的 Authorization 头", "an Authorization header of another scheme") },
    ];
    for (const c of cases) j.refuses(await withToken(ctx, c.header), "token-malformed", c.what);
    return j.verdict(t("格式错误的令牌被拒绝（401，token-malformed）。", "Malformed tokens are refused (401, token-malformed)."));
  },
};

const missingScope: CheckDefinition<CheckContext> = {
  id: "auth.missing-scope",
  title: t("拒绝缺少所需权限范围的令牌", "Refuses a token that lacks the operation's scope"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const needed = scopesOf(PROBE_OP);
    const granted = otherScopes(PROBE_OP);
    const res = await call(ctx, PROBE_OP, { scopes: granted });
    j.refuses(res, "scope-missing", t(`仅有 ${granted.join(" ")} 权限的令牌调用 ${PROBE_OP}`, `${PROBE_OP} with a token of ${granted.join(" ")} only`));
    return j.verdict(t(`缺少 ${needed.join(" ")} 的令牌被拒绝（403，scope-missing）。`, `A token without ${needed.join(" ")} is refused (403, scope-missing).`));
  },
};

/** The auth-params of a Bearer challenge (RFC 6750 §3), or undefined when the header is not one. */
function bearerChallenge(header: string | undefined): Record<string, string> | undefined {
  if (!header || !/^Bearer\b/i.test(header.trim())) return undefined;
  return Object.fromEntries([...header.matchAll(/([A-Za-z_]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
}

/** How soon the standard asks a system to accept tokens of a new platform key (x-ywjy-parameters of the access API). */
function refetchWithinMs(): number {
  return accessParameter("jwksRefetchWithin", "s") * 1000;
}
const ROTATION_RETRY_MS = 250;

const keyRotation: CheckDefinition<CheckContext> = {
  id: "auth.key-rotation",
  depends: ["param:jwksRefetchWithin", "endpoint:jwks"],
  title: t("平台轮换签名密钥后接受新密钥签发的令牌", "Accepts tokens of a new platform key once it is in the JWKS"),
  needs: ["auth.valid-token"],
  async run(ctx) {
    const platform = ctx.platform;
    if (!isRunnerPlatform(platform))
      return skip("本次运行没有运行器自己的平台端，无法轮换平台密钥。", "This run has no platform side of the runner's own, so the platform key cannot be rotated.");
    const j = new Judge();
    const limit = refetchWithinMs();
    const next = await platform.publishNextTokenKey();
    const bearer = `Bearer ${await ctx.tokens.signedWith(next, ...scopesOf(PROBE_OP))}`;
    const sentAt = Date.now();
    let res = await withToken(ctx, bearer);
    let tries = 1;
    // A system may wait out a short cooldown since its last fetch of the JWKS before fetching it again.
    while (res.status === 401 && Date.now() - sentAt < limit) {
      await new Promise((r) => setTimeout(r, ROTATION_RETRY_MS));
      res = await withToken(ctx, bearer);
      tries++;
    }
    const fetches = platform.jwksFetches.filter((at) => at >= sentAt).length;
    if (res.status === 401)
      j.fail(
        `平台在 JWKS 中发布新密钥 ${next.kid} 后，以其签发的令牌在 ${limit / 1000} 秒内 ${tries} 次均被拒绝（期间系统获取 JWKS ${fetches} 次）`,
        `tokens of the platform's new key ${next.kid}, published in its JWKS, were refused ${tries} times over ${limit / 1000} s (the system fetched the JWKS ${fetches} times meanwhile)`,
        res,
      );
    else j.ok(PROBE_OP, res);
    const after = ((Date.now() - sentAt) / 1000).toFixed(1);
    return j.verdict(t(`新密钥 ${next.kid} 所签的令牌在 ${after} 秒内被接受（系统重新获取 JWKS ${fetches} 次）。`, `A token of the new key ${next.kid} was accepted within ${after} s (the system fetched the JWKS ${fetches} times).`));
  },
};

const wwwAuthenticate: CheckDefinition<CheckContext> = {
  id: "auth.www-authenticate",
  title: t("401/403 应答携带 Bearer 质询", "401 and 403 answers carry a Bearer challenge"),
  // It judges the challenge of refusals those checks establish (a token that is accepted fails them, not this).
  needs: ["auth.missing-token", "auth.expired-token", "auth.missing-scope"],
  async run(ctx) {
    const j = new Judge();
    const needed = scopesOf(PROBE_OP);
    const [missing, expired, scope] = await Promise.all([
      call(ctx, PROBE_OP, { scopes: null }),
      ctx.tokens.expired(...needed).then((tok) => withToken(ctx, `Bearer ${tok}`)),
      call(ctx, PROBE_OP, { scopes: otherScopes(PROBE_OP) }),
    ]);
    const expect = (res: typeof missing, status: number, error: string | undefined, what: ReturnType<typeof t>) => {
      if (!j.status(res, status)) return;
      const c = bearerChallenge(res.headers["www-authenticate"]);
      if (!c) return j.fail(`${what.zh}：应答缺少 WWW-Authenticate: Bearer 头`, `${what.en}: the answer has no WWW-Authenticate: Bearer header`, res);
      if (error && c.error !== error)
        j.fail(`${what.zh}：质询的 error 为 ${c.error ?? "（无）"}，应为 ${error}`, `${what.en}: the challenge's error is ${c.error ?? "(none)"}, expected ${error}`, res);
      if (status === 403 && !(c.scope ?? "").split(" ").some((s) => needed.includes(s)))
        j.fail(`${what.zh}：质询未给出所需权限范围 ${needed.join(" ")}`, `${what.en}: the challenge does not name the scope ${needed.join(" ")}`, res);
    };
    expect(missing, 401, undefined, t("无令牌", "no token"));
    expect(expired, 401, "invalid_token", t("过期令牌", "an expired token"));
    expect(scope, 403, "insufficient_scope", t("权限范围不足", "a missing scope"));
    return j.verdict(t("401 和 403 应答均带有符合 RFC 6750 的 Bearer 质询。", "401 and 403 answers carry RFC 6750 Bearer challenges."));
  },
};

export const authGroup: GroupDefinition<CheckContext> = {
  id: "auth",
  title: t("认证与授权", "Authentication and authorisation"),
  checks: [validToken, missingToken, malformedToken, ...BAD_TOKENS.map(badTokenCheck), keyRotation, missingScope, wwwAuthenticate],
};
