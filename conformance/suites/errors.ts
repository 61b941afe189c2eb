/**
 * Errors and operations (access standard, ACC-ERR): RFC 9457 problem+json with the standard's stable
 * codes, 400 for a bad parameter or cursor naming the parameter, X-Request-Id on every answer, 431 for
 * headers over the limit, RateLimit headers, and 429 with Retry-After over the limit.
 */
import { issueAccessToken } from "../../src/auth/index.ts";
import type { ProblemCode } from "../../src/sdk/index.ts";
import type { CheckContext } from "../context.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";
import { skip, type CheckDefinition, type GroupDefinition } from "../runner/model.ts";
import { Judge, requestLine, t } from "./judge.ts";
import { accessParameter } from "./parameters.ts";
import { problemJsonProblems, problemOf, schemaProblems } from "./openapi-responses.ts";
import { call, discovery, scopesOf, servedDataSets, STATE, unknownDataKey } from "./state.ts";

const needs = ["discovery.document"];

const problemJson: CheckDefinition<CheckContext> = {
  id: "errors.problem-json",
  title: t("错误应答采用 problem+json 并带稳定错误代码", "Error answers are problem+json with a stable code"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const [dataNo] = await servedDataSets(ctx);
    const d = await discovery(ctx);
    const answers = await Promise.all([
      call(ctx, "listDataSets", { scopes: null }),
      call(ctx, "listRecords", { params: { dataNo: dataNo! }, query: { limit: 0 } }),
      call(ctx, "getRecord", { params: { dataNo: dataNo!, dataKey: unknownDataKey(d.SYSTEM_NO, dataNo!) } }),
      ctx.probe.send({ path: "/ywjy-conformance/no-such-resource" }),
    ]);
    for (const res of answers) {
      if (!j.answered(res)) continue;
      if (res.status! < 400) {
        j.fail(`${requestLine(res)} 应为错误应答，实际为 ${res.status}`, `${requestLine(res)} should be an error, it answered ${res.status}`, res);
        continue;
      }
      const problems = problemJsonProblems(res);
      if (problems.length)
        j.fail(`${requestLine(res)}（${res.status}）不是接入标准的 problem+json：${problems.join("; ")}`, `${requestLine(res)} (${res.status}) is not the standard's problem+json: ${problems.join("; ")}`, res);
    }
    return j.verdict(t("401、400 和 404 错误均为带稳定错误代码的 problem+json。", "401, 400 and 404 errors are all problem+json with a stable code."));
  },
};

const badRequest: CheckDefinition<CheckContext> = {
  id: "errors.bad-request",
  title: t("非法参数或游标返回 400 并指出参数", "An invalid parameter or cursor gets 400 naming the parameter"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const [dataNo] = await servedDataSets(ctx);
    const cases: Array<{ param: string; value: string; code: ProblemCode }> = [
      { param: "limit", value: "0", code: "invalid-request" },
      { param: "updatedSince", value: "yesterday", code: "invalid-request" },
      { param: "cursor", value: "ywjyNotACursorOfThisSystem", code: "cursor-invalid" },
    ];
    for (const c of cases) {
      const res = await call(ctx, "listRecords", { params: { dataNo: dataNo! }, query: { [c.param]: c.value } });
      if (!j.refuses(res, c.code, t(`${c.param}=${c.value}`, `${c.param}=${c.value}`))) continue;
      const p = problemOf(res);
      if (!p.problemJson) continue;
      const errors = Array.isArray(p.body!.errors) ? (p.body!.errors as Array<{ name?: unknown }>) : [];
      if (!errors.some((e) => e?.name === c.param) && !String(p.body!.detail ?? "").includes(c.param))
        j.fail(`${requestLine(res)} 的错误未指出参数 ${c.param}（errors[].name 或 detail）`, `${requestLine(res)}: the error does not name the parameter ${c.param} (errors[].name or detail)`, res);
    }
    return j.verdict(t("非法的 limit、updatedSince 和游标均以 400 拒绝并指出参数。", "An invalid limit, updatedSince and cursor are each refused with 400 naming the parameter."));
  },
};

const requestId: CheckDefinition<CheckContext> = {
  id: "errors.request-id",
  title: t("每个应答携带 X-Request-Id", "Every answer carries X-Request-Id"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const sent = await Promise.all([call(ctx, "getDiscovery", { scopes: null }), call(ctx, "listDataSets"), call(ctx, "listDataSets", { scopes: null })]);
    for (const res of sent) {
      if (!j.answered(res)) continue;
      const given = res.request.headers["x-request-id"];
      const got = res.headers["x-request-id"];
      if (got !== given) j.fail(`${requestLine(res)}（${res.status}）未原样回传 X-Request-Id：发送 ${given}，收到 ${got ?? "（无）"}`, `${requestLine(res)} (${res.status}) does not echo X-Request-Id: sent ${given}, got ${got ?? "(none)"}`, res);
    }
    const bare = await ctx.probe.send({ path: "/health" });
    if (j.answered(bare)) {
      const got = bare.headers["x-request-id"];
      const problems = got === undefined ? ["missing"] : schemaProblems("RequestId", got);
      if (problems.length) j.fail(`未带 X-Request-Id 的请求，应答应生成一个：${got ?? "（无）"}（${problems.join("; ")}）`, `a request without X-Request-Id should get a generated one: ${got ?? "(none)"} (${problems.join("; ")})`, bare);
    }
    return j.verdict(t("X-Request-Id 在成功和错误应答中均原样回传，缺省时由系统生成。", "X-Request-Id is echoed on success and error answers, and generated when absent."));
  },
};

/**
 * ACC-ERR-07: request headers over maxHeaderBytes get 431 problem+json (headers-too-large). The padding
 * alone is maxHeaderBytes long, so the request line and headers exceed the limit whatever else is sent.
 */
const headersTooLarge: CheckDefinition<CheckContext> = {
  id: "errors.headers-too-large",
  title: t("请求头超过 maxHeaderBytes 返回 431", "Headers over maxHeaderBytes get 431"),
  needs,
  depends: ["param:maxHeaderBytes"],
  async run(ctx) {
    const maxHeaderBytes = accessParameter("maxHeaderBytes", "bytes");
    const j = new Judge();
    const res = await ctx.probe.send({ path: "/health", headers: { "x-ywjy-padding": "a".repeat(maxHeaderBytes) } });
    // node:http and other servers answer this before any handler: its problem+json is checked here, not by errors.problem-json.
    j.refuses(res, "headers-too-large", t(`请求头超过 ${maxHeaderBytes} 字节的请求`, `a request whose headers exceed ${maxHeaderBytes} bytes`), true);
    return j.verdict(t(`请求头超过 ${maxHeaderBytes} 字节的请求以 431（headers-too-large）拒绝。`, `A request whose headers exceed ${maxHeaderBytes} bytes is refused with 431 (headers-too-large).`));
  },
};

const RATE_HEADERS = ["ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"] as const;
const nonNegativeInt = (v: string | undefined) => v !== undefined && /^\d+$/.test(v.trim());

const rateLimitHeaders: CheckDefinition<CheckContext> = {
  id: "errors.rate-limit-headers",
  title: t("受保护的应答携带 RateLimit 头", "Token-protected answers carry RateLimit headers"),
  needs,
  async run(ctx) {
    const j = new Judge();
    const res = await call(ctx, "listDataSets");
    if (j.status(res, 200)) {
      for (const h of RATE_HEADERS)
        if (!nonNegativeInt(res.headers[h])) j.fail(`应答缺少 ${h} 头或其值不是非负整数（${res.headers[h] ?? "无"}）`, `the answer lacks ${h} or its value is not a non-negative integer (${res.headers[h] ?? "none"})`, res);
      if (!j.failed && Number(res.headers["ratelimit-remaining"]) > Number(res.headers["ratelimit-limit"]))
        j.fail("RateLimit-Remaining 大于 RateLimit-Limit", "RateLimit-Remaining exceeds RateLimit-Limit", res);
    }
    return j.verdict(t(`应答带有 RateLimit 头（上限 ${res.headers["ratelimit-limit"]}，剩余 ${res.headers["ratelimit-remaining"]}）。`, `The answer carries RateLimit headers (limit ${res.headers["ratelimit-limit"]}, remaining ${res.headers["ratelimit-remaining"]}).`));
  },
};

/**
 * The load of the rate-limit probe, as the access standard publishes it (x-ywjy-parameters):
 * at most rateLimitProbeCap requests to reach the limit (a higher announced remainder is not probed);
 * without RateLimit headers, rateLimitProbeRequests before concluding there is no limit (above the usual
 * 1000–2000 a minute); rateLimitProbeParallel at a time.
 */
const RATE_PROBE = ["rateLimitProbeCap", "rateLimitProbeRequests", "rateLimitProbeParallel"] as const;

const rateLimited: CheckDefinition<CheckContext> = {
  id: "errors.rate-limited",
  title: t("超出限流返回 429 和 Retry-After", "Over the rate limit a request gets 429 with Retry-After"),
  needs,
  timeoutMs: 90_000,
  depends: [...RATE_PROBE.map((p) => `param:${p}`), "header:Retry-After", "header:RateLimit-Remaining", "header:RateLimit-Limit"],
  async run(ctx) {
    const [RATE_PROBE_CAP, RATE_PROBE_UNANNOUNCED, RATE_PROBE_PARALLEL] = RATE_PROBE.map((p) => accessParameter(p, "requests")) as [number, number, number];
    const j = new Judge();
    // A client of its own, so that the exhausted window does not slow the rest of the run.
    const token = await issueAccessToken(ctx.platform.tokenKey, {
      issuer: ctx.platform.issuer,
      audience: ctx.credentials.audience ?? String(ctx.state.get(STATE.audience) ?? ""),
      clientId: `${ctx.credentials.clientId}.rate-limit-probe`,
      scopes: scopesOf("listDataSets"),
    });
    const send = () => call(ctx, "listDataSets", { scopes: null, headers: { authorization: `Bearer ${token}` } });
    const first = await send();
    if (!j.ok("listDataSets", first)) return j.verdict(t("", ""));
    const limit = Number(first.headers["ratelimit-limit"]);
    const remaining = Number(first.headers["ratelimit-remaining"]);
    const announced = nonNegativeInt(first.headers["ratelimit-remaining"]);
    if (announced && remaining > RATE_PROBE_CAP)
      return skip(
        `系统公布的剩余请求数 ${remaining} 超过检测上限 ${RATE_PROBE_CAP}，未探测限流`,
        `The system announces ${remaining} requests left, more than the runner's cap of ${RATE_PROBE_CAP}; the limit was not probed`,
      );
    // Enough to exhaust the window, and the next one should the window reset midway.
    const budget = announced ? Math.min(RATE_PROBE_CAP, remaining + 1 + (Number.isFinite(limit) ? limit : 0)) : RATE_PROBE_UNANNOUNCED;
    let sent = 1;
    let limited: ProbeResponse | undefined;
    while (!limited && sent < budget) {
      const batch = await Promise.all(Array.from({ length: Math.min(RATE_PROBE_PARALLEL, budget - sent) }, send));
      sent += batch.length;
      const broken = batch.find((r) => r.error || (r.status !== 200 && r.status !== 429));
      if (broken) {
        j.status(broken, 200, 429);
        return j.verdict(t("", ""));
      }
      limited = batch.find((r) => r.status === 429);
    }
    if (!limited) {
      j.see(first);
      j.fail(
        `连续 ${sent} 个请求均未得到 429${announced ? `（系统公布剩余 ${remaining}）` : "，且系统未公布限流"}`,
        `${sent} requests in a row got no 429${announced ? ` (the system announced ${remaining} left)` : ", and the system announces no rate limit"}`,
        first,
      );
      return j.verdict(t("", ""));
    }
    j.refuses(limited, "rate-limited", t("超出限流的请求", "a request over the limit"));
    const retry = limited.headers["retry-after"];
    if (!nonNegativeInt(retry)) j.fail(`429 应答的 Retry-After 缺失或不是秒数（${retry ?? "无"}）`, `the 429 answer's Retry-After is missing or not a number of seconds (${retry ?? "none"})`, limited);
    return j.verdict(t(`第 ${sent} 个请求前后得到 429（rate-limited），Retry-After ${retry} 秒。`, `A 429 (rate-limited) came by request ${sent}, with Retry-After ${retry} s.`));
  },
};

export const errorsGroup: GroupDefinition<CheckContext> = {
  id: "errors",
  title: t("错误与运行", "Errors and operations"),
  checks: [problemJson, badRequest, requestId, headersTooLarge, rateLimitHeaders, rateLimited],
};
