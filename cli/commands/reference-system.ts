import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Argv, CommandModule } from "yargs";
import { ExitCode } from "../exit-codes.ts";

interface Args {
  port: number;
  host: string;
  data?: string;
  platform?: string;
  jwks?: string;
  issuer?: string;
  sandbox: boolean;
  defect: string[];
  domain: string;
  "public-url"?: string;
  "client-id"?: string;
  "client-secret"?: string;
  "signing-key"?: string;
  lang: "zh" | "en";
}

const usage = (message: string): never => {
  console.error(`ywjy reference-system: ${message}`);
  process.exit(ExitCode.usage);
};

export const referenceSystemCommand: CommandModule<object, Args> = {
  command: "reference-system",
  describe: "run the reference trading system: every operation of the access standard, platform-token authentication, SSO, hash-chained audit trails and (with --sandbox) the conformance scenarios",
  builder: (y: Argv<object>) =>
    y
      .option("port", { type: "number", default: 8585, describe: "port to listen on (0: any free port)" })
      .option("host", { type: "string", default: "127.0.0.1", describe: "address to listen on" })
      .option("data", { type: "string", describe: "directory for the state (records and audit trails), kept across restarts (default: memory only)" })
      .option("platform", { type: "string", describe: "the platform's URL: token issuer, JWKS (/.well-known/jwks.json) and OpenID provider for SSO" })
      .option("jwks", { type: "string", describe: "a JWKS file to verify tokens with instead of the platform's JWKS URL (needs --issuer or --platform)" })
      .option("issuer", { type: "string", describe: "the token issuer, if not the --platform URL" })
      .option("sandbox", { type: "boolean", default: false, describe: "sandbox mode: enable the conformance hook POST /conformance/scenarios/{name}, and (with --signing-key) reconcile after each burst of pushes" })
      .option("domain", { type: "string", default: "engineering", describe: "the kind of trading system to run as: engineering, land, mining or property-rights (its discovery domains, its name and the records of its domain)" })
      .option("defect", { type: "string", array: true, default: [] as string[], describe: "switch on a deliberate defect (repeatable), for testing the conformance runner" })
      .option("public-url", { type: "string", describe: "the base URL the system is reached at, if not http://host:port" })
      .option("client-id", { type: "string", describe: "the system's OpenID client id at the platform (default system-<SYSTEM_NO>)" })
      .option("client-secret", { type: "string", describe: "its client secret (default: from YWJY_CLIENT_SECRET)" })
      .option("signing-key", { type: "string", describe: "push every record to the platform's reporting channel, signed with this key (a private JWK file whose public half is registered at the platform; needs --platform)" })
      .example("$0 reference-system --port 8585 --data .reference-system --platform http://127.0.0.1:8686 --sandbox", "a sandbox system that trusts the mock platform")
      .example("$0 reference-system --port 8586 --platform http://127.0.0.1:8686 --sandbox --domain property-rights", "a property-rights exchange (listings and results 700/701, 750/753) to certify on its own domain")
      .example("$0 reference-system --port 0 --jwks platform-jwks.json --issuer https://ggzy.xm.gov.cn/ywjy --defect accept-expired-token", "a defective variant for the runner's self-test") as unknown as Argv<Args>,
  handler: async (a) => {
    const zh = a.lang === "zh";
    const { startReferenceSystem, parseDefects, isReferenceDomain, REFERENCE_DOMAINS } = await import("../../conformance/reference-system/index.ts");
    if (!isReferenceDomain(a.domain)) return usage(`--domain ${a.domain}: the reference system runs as ${Object.keys(REFERENCE_DOMAINS).join(", ")}`);
    let defects;
    try {
      defects = parseDefects(a.defect);
    } catch (e) {
      return usage((e as Error).message);
    }
    const issuer = a.issuer ?? a.platform?.replace(/\/$/, "");
    if (!issuer) return usage("name the platform (--platform URL), or a JWKS file and its issuer (--jwks FILE --issuer ISS)");
    let keys;
    if (a.jwks) {
      if (!existsSync(a.jwks)) return usage(`${a.jwks}: no such file`);
      try {
        keys = JSON.parse(readFileSync(a.jwks, "utf8"));
        if (!Array.isArray(keys?.keys)) throw new Error("has no keys array");
      } catch (e) {
        return usage(`${a.jwks}: not a JWKS (${(e as Error).message})`);
      }
    } else keys = new URL(`${issuer}/.well-known/jwks.json`);
    if (a["signing-key"] && !a.platform) return usage("--signing-key needs --platform (the platform to push to)");
    const { loadSigningKey } = await import("../../src/auth/index.ts");
    const signingKey = a["signing-key"] ? await loadSigningKey(a["signing-key"]).catch((e: Error) => usage(e.message)) : undefined;
    const push = signingKey ? (await import("../../src/sdk/publisher.ts")).lateBoundPublisherSink({ sandbox: a.sandbox }) : undefined;
    let system;
    try {
      system = await startReferenceSystem({
        port: a.port,
        host: a.host,
        dataDir: a.data,
        sandbox: a.sandbox,
        defects,
        baseUrl: a["public-url"],
        platform: { issuer, keys, ...(keys instanceof URL ? { jwksUri: keys.toString() } : {}) },
        sso: a.platform ? { clientId: a["client-id"], clientSecret: a["client-secret"] ?? process.env.YWJY_CLIENT_SECRET } : undefined,
        sink: push?.sink,
        ...(a.domain !== "engineering" ? { domain: a.domain } : {}),
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") return usage(`cannot listen on ${a.host}:${a.port} (${code})`);
      if (a.data && /state file/.test((e as Error).message)) return usage((e as Error).message);
      throw e;
    }
    console.log(zh ? `ywjy reference-system 正在监听 ${system.url}` : `ywjy reference-system listening on ${system.url}`);
    console.log(`  discovery  ${system.url}/.well-known/ywjy`);
    console.log(zh ? `  令牌签发方 ${issuer}；受众 ${system.audience}` : `  token issuer ${issuer}; audience ${system.audience}`);
    console.log(zh ? `  交易领域 ${system.identity.domains.join(", ")}` : `  trading domains ${system.identity.domains.join(", ")}`);
    if (a.sandbox) console.log(zh ? "  沙箱模式：符合性测试挂钩已启用" : "  sandbox mode: the conformance hook is on");
    if (defects.size) console.log(zh ? `  故意缺陷：${[...defects].join(", ")}` : `  deliberate defects: ${[...defects].join(", ")}`);
    if (push && signingKey) {
      const systemNo = system.identity.SYSTEM_NO;
      const clientSecret = a["client-secret"] ?? process.env.YWJY_CLIENT_SECRET ?? "";
      const { OutboxFileError } = await import("../../src/sdk/publisher.ts");
      try {
        push.open({ platformUrl: a.platform!, systemNo, clientId: a["client-id"] ?? `system-${systemNo}`, clientSecret, signingKey, dataDir: a.data && join(a.data, "push"), onProblem: (p) => console.error(`push ${p.item.id}: ${p.message}`) });
      } catch (e) {
        if (!(e instanceof OutboxFileError)) throw e;
        await system.close();
        return usage(e.message);
      }
      console.log(zh ? `  推送至 ${a.platform}（密钥 ${signingKey.kid}）` : `  pushing to ${a.platform} (key ${signingKey.kid})`);
    }
    console.log(a.data ? (zh ? `  状态保存在 ${a.data}` : `  state kept in ${a.data}`) : zh ? "  状态仅在内存中" : "  state in memory only");
    const stop = () => void Promise.all([system.close(), push?.close()]).then(() => process.exit(ExitCode.ok));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    await new Promise(() => {});
  },
};
