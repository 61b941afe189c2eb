/**
 * Discovery and health (access standard, ACC-DISC): the public discovery document at
 * GET /.well-known/ywjy — its structure, the system's identity, the spec versions, the module entries
 * of the portal's guided navigation — and the health status at GET /health.
 */
import { IDENTIFIER_FORMATS } from "../../src/identifiers/index.ts";
import { expandUriTemplate, loadAccessApi } from "../../src/sdk/index.ts";
import { loadDomains } from "../../src/specs/domains.ts";
import type { CheckContext } from "../context.ts";
import type { GroupDefinition } from "../runner/model.ts";
import { Judge, mapLimit, requestLine, t } from "./judge.ts";
import { call, discovery, discoveryResponse, sampleCodes } from "./state.ts";

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

const parseUrl = (s: unknown): URL | undefined => {
  try {
    return typeof s === "string" ? new URL(s) : undefined;
  } catch {
    return undefined;
  }
};

/** Whether a supported version `v` serves the standard's version `ours`: same major, and the same minor while the major is 0. */
function compatible(v: string, ours: string): boolean {
  const a = v.split(/[.-]/).map(Number);
  const b = ours.split(/[.-]/).map(Number);
  return a[0] === b[0] && (b[0] !== 0 || a[1] === b[1]);
}

const documentCheck = {
  id: "discovery.document",
  title: t("发现文档可公开获取且结构符合接入标准", "The discovery document is public and has the standard's structure"),
  async run(ctx: CheckContext) {
    const j = new Judge();
    const res = await discoveryResponse(ctx);
    j.ok("getDiscovery", res);
    return j.verdict(t("发现文档符合接入标准的 Discovery 结构。", "The discovery document conforms to the standard's Discovery schema."));
  },
};

const publicCheck = {
  id: "discovery.public",
  title: t("发现文档和健康状态无需令牌即可访问", "Discovery and health are readable without a token"),
  async run(ctx: CheckContext) {
    const j = new Judge();
    const [doc, health] = await Promise.all([call(ctx, "getDiscovery", { scopes: null }), call(ctx, "getHealth", { scopes: null })]);
    j.status(doc, 200);
    j.status(health, 200, 503);
    return j.verdict(t("无令牌请求发现文档和健康状态均得到应答。", "Discovery and health both answer a request without a token."));
  },
};

const identityCheck = {
  id: "discovery.identity",
  title: t("发现文档载明系统身份", "The discovery document states the system's identity"),
  async run(ctx: CheckContext) {
    const j = new Judge();
    const res = j.see(await discoveryResponse(ctx));
    if (!j.status(res, 200)) return j.verdict(t("", ""));
    const d = await discovery(ctx);
    if (typeof d.SYSTEM_NO !== "string" || !/^[0-9A-Za-z]{4}$/.test(d.SYSTEM_NO))
      j.fail(`SYSTEM_NO ${JSON.stringify(d.SYSTEM_NO)} 不是 4 位字母或数字`, `SYSTEM_NO ${JSON.stringify(d.SYSTEM_NO)} is not 4 letters or digits`, res);
    const uscc = (label: string, v: unknown) => {
      const verdict = typeof v === "string" ? IDENTIFIER_FORMATS.uscc(v) : "missing";
      if (verdict !== true) j.fail(`${label} ${JSON.stringify(v)} 不是有效的统一社会信用代码（${verdict}）`, `${label} ${JSON.stringify(v)} is not a valid unified social credit code (${verdict})`, res);
    };
    uscc("PLATFORM_CODE", d.PLATFORM_CODE);
    uscc("operator.creditCode", d.operator?.creditCode);
    if (!d.name?.zh || !d.name?.en) j.fail("系统名称缺少中文或英文", "the system's name lacks zh or en", res);
    if (!d.operator?.name) j.fail("缺少运营单位名称", "the operator's name is missing", res);
    const known = loadAccessApi().dataSets();
    const unknown = (Array.isArray(d.dataSets) ? d.dataSets : []).filter((n) => !known.has(n));
    if (unknown.length) j.fail(`dataSets 含数据规范未定义的数据集 ${unknown.join("、")}`, `dataSets names data sets the norms do not define: ${unknown.join(", ")}`, res);
    const domains = new Set(loadDomains().map((x) => x.id));
    const badDomains = (Array.isArray(d.domains) ? d.domains : []).filter((x) => !domains.has(x));
    if (badDomains.length) j.fail(`domains 含未知交易领域 ${badDomains.join("、")}（已知：${[...domains].join("、")}）`, `domains names unknown trading domains ${badDomains.join(", ")} (known: ${[...domains].join(", ")})`, res);
    if (!parseUrl(d.baseUrl)) j.fail(`baseUrl ${JSON.stringify(d.baseUrl)} 不是 URL`, `baseUrl ${JSON.stringify(d.baseUrl)} is not a URL`, res);
    else if (!sameOrigin(d.baseUrl!, ctx.probe.origin))
      j.warn(`baseUrl ${d.baseUrl} 与检测所用地址 ${ctx.probe.origin} 不同源`, `baseUrl ${d.baseUrl} is not the origin the runner reached the system at (${ctx.probe.origin})`);
    return j.verdict(t(`系统 ${d.SYSTEM_NO}（${d.PLATFORM_CODE}）身份信息完整有效。`, `System ${d.SYSTEM_NO} (${d.PLATFORM_CODE}) states a complete and valid identity.`));
  },
};

const specVersionCheck = {
  id: "discovery.spec-version",
  title: t("支持本接入标准的版本", "Supports this version of the access standard"),
  async run(ctx: CheckContext) {
    const j = new Judge();
    const ours = loadAccessApi().document.info.version as string;
    const res = j.see(await discoveryResponse(ctx));
    if (!j.status(res, 200)) return j.verdict(t("", ""));
    const d = await discovery(ctx);
    const versions = Array.isArray(d.specVersions) ? d.specVersions.filter((v): v is string => typeof v === "string") : [];
    if (!versions.some((v) => compatible(v, ours)))
      j.fail(`specVersions ${JSON.stringify(d.specVersions)} 中没有与接入标准 ${ours} 兼容的版本`, `specVersions ${JSON.stringify(d.specVersions)} has no version compatible with the access standard ${ours}`, res);
    const health = j.see(await call(ctx, "getHealth", { scopes: null }));
    const hv = (health.json as { specVersion?: unknown } | undefined)?.specVersion;
    if (j.status(health, 200, 503) && !versions.includes(hv as string))
      j.fail(`健康状态的 specVersion ${JSON.stringify(hv)} 不在发现文档的 specVersions 中`, `the health status's specVersion ${JSON.stringify(hv)} is not among the discovery document's specVersions`, health);
    return j.verdict(t(`支持接入标准 ${ours}（${versions.join("、")}）。`, `Supports the access standard ${ours} (${versions.join(", ")}).`));
  },
};

const modulesCheck = {
  id: "discovery.modules",
  title: t("发现文档列出“智慧导办”功能模块入口及深度链接", "The discovery document lists module entries with deep links for guided navigation"),
  async run(ctx: CheckContext) {
    const j = new Judge();
    const res = j.see(await discoveryResponse(ctx));
    if (!j.status(res, 200)) return j.verdict(t("", ""));
    const d = await discovery(ctx);
    const modules = Array.isArray(d.modules) ? d.modules : [];
    if (modules.length === 0) {
      j.fail("发现文档没有功能模块入口（modules 为空或缺失）", "the discovery document has no module entries (modules is empty or missing)", res);
      return j.verdict(t("", ""));
    }
    const codes = sampleCodes();
    const vars = { tenderProjectCode: codes.tenderProjectCode, bidSectionCode: codes.bidSectionCode };
    const loginPath = parseUrl(d.sso?.loginUrl)?.pathname ?? loadAccessApi().operation("ssoLogin").path;
    const base = parseUrl(d.baseUrl)?.origin ?? ctx.probe.origin;
    const seen = new Set<string>();
    const toProbe: Array<{ id: string; url: URL }> = [];
    for (const m of modules) {
      const id = String(m?.id);
      if (seen.has(id)) j.fail(`功能模块 ${id} 重复`, `module ${id} is listed twice`, res);
      seen.add(id);
      if (!m?.zh || !m?.en) j.fail(`功能模块 ${id} 缺少中文或英文名称`, `module ${id} lacks its zh or en label`, res);
      const deep = typeof m?.deepLink === "string" ? parseUrl(expandUriTemplate(m.deepLink, vars)) : undefined;
      const login = typeof m?.loginLink === "string" ? parseUrl(expandUriTemplate(m.loginLink, vars)) : undefined;
      if (!deep || deep.origin !== base) j.fail(`功能模块 ${id} 的深度链接 ${m?.deepLink} 不指向本系统（${base}）`, `module ${id}: the deep link ${m?.deepLink} does not point into the system (${base})`, res);
      if (!login || login.origin !== base || login.pathname !== loginPath || login.searchParams.get("module") !== id)
        j.fail(
          `功能模块 ${id} 的登录链接 ${m?.loginLink} 未经本系统单点登录入口（${loginPath}?module=${id}）`,
          `module ${id}: the login link ${m?.loginLink} does not go through the system's single sign-on entry (${loginPath}?module=${id})`,
          res,
        );
      if (deep?.origin === ctx.probe.origin) toProbe.push({ id, url: deep });
    }
    if (toProbe.length < modules.length)
      j.warn(`${modules.length - toProbe.length} 个深度链接不在检测所用地址 ${ctx.probe.origin} 上，未能访问`, `${modules.length - toProbe.length} deep links are off the origin the runner reaches (${ctx.probe.origin}) and were not opened`);
    // Without a session a deep link must lead to single sign-on for the same module.
    const answers = await mapLimit(toProbe, 4, (m) => ctx.probe.send({ path: m.url.toString(), followRedirects: false }));
    for (const [i, a] of answers.entries()) {
      const { id } = toProbe[i]!;
      if (!j.status(a, 302)) continue;
      const to = parseUrl(a.headers.location ? new URL(a.headers.location, a.request.url).toString() : undefined);
      if (!to || to.pathname !== loginPath || to.searchParams.get("module") !== id)
        j.fail(`未登录时打开 ${requestLine(a)} 应转到 ${loginPath}?module=${id}，实际转到 ${a.headers.location}`, `opening ${requestLine(a)} without a session should lead to ${loginPath}?module=${id}, it leads to ${a.headers.location}`, a);
    }
    return j.verdict(t(`${modules.length} 个功能模块入口有效，深度链接未登录时转到单点登录。`, `${modules.length} module entries are valid; their deep links lead to single sign-on without a session.`));
  },
};

const healthCheck = {
  id: "health.status",
  title: t("健康状态接口报告运行状态和规范版本", "The health endpoint reports the status and spec version"),
  async run(ctx: CheckContext) {
    const j = new Judge();
    const res = await call(ctx, "getHealth", { scopes: null });
    const body = j.ok<{ status: string; specVersion: string }>("getHealth", res, 200, 503);
    if (body) {
      if (body.status === "down" && res.status !== 503) j.fail(`状态为 down 时应答应为 503，实际为 ${res.status}`, `status down must come with 503, not ${res.status}`, res);
      else if (body.status !== "down" && res.status === 503) j.fail(`503 应答的状态应为 down，实际为 ${body.status}`, `a 503 answer must say down, not ${body.status}`, res);
      else if (body.status === "down") j.fail("系统报告不可用（down）", "the system reports that it is down", res);
      else if (body.status === "degraded") j.warn("系统报告降级运行（degraded）", "the system reports degraded service", res);
    }
    return j.verdict(t(`运行状态 ${body?.status}，规范版本 ${body?.specVersion}。`, `Status ${body?.status}, spec version ${body?.specVersion}.`));
  },
};

export const discoveryGroup: GroupDefinition<CheckContext> = {
  id: "discovery",
  title: t("系统发现与健康状态", "Discovery and health"),
  checks: [documentCheck, publicCheck, identityCheck, specVersionCheck, modulesCheck, healthCheck],
};
