import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { Argv, CommandModule } from "yargs";
import type { Credentials } from "../../conformance/credentials.ts";
import type { RunnerPlatform } from "../../conformance/platform-session.ts";
import { terminalText } from "../../conformance/report/escape.ts";
import { REPORT_FILES } from "../../conformance/report/files.ts";
import type { SigningKey } from "../../src/auth/index.ts";
import type { CertificationReport, CheckResult, Outcome } from "../../specs/conformance/report.ts";
import { ExitCode } from "../exit-codes.ts";
import { TerminalLine } from "../terminal-line.ts";

interface Args {
  target: string;
  credentials: string;
  level?: string;
  only?: string;
  out?: string;
  "rerun-failed"?: string;
  key?: string;
  "platform-listen"?: string;
  concurrency: number;
  format: "text" | "json";
  lang: "zh" | "en";
}

type Lang = "zh" | "en";

const OUTCOME_ORDER: Outcome[] = ["pass", "fail", "warn", "skip", "error", "manual"];
const OUTCOME_ZH: Record<Outcome, string> = { pass: "通过", fail: "不通过", warn: "警告", skip: "跳过", error: "错误", manual: "人工" };

/** Progress on a terminal: the check that just ended, overwritten as the run goes. */
export function progressLine(lang: Lang): ((e: { done: number; total: number; result: CheckResult }) => void) | undefined {
  const line = TerminalLine.on(process.stderr);
  if (!line) return undefined;
  return ({ done, total, result }) => {
    line.show(`[${done}/${total}] ${result.id} ${lang === "zh" ? OUTCOME_ZH[result.outcome] : result.outcome}`);
    if (done === total) line.clear();
  };
}

const counts = (c: CertificationReport["summary"]["checks"], lang: Lang) =>
  OUTCOME_ORDER.filter((o) => c[o] > 0)
    .map((o) => `${lang === "zh" ? OUTCOME_ZH[o] : o} ${c[o]}`)
    .join(" · ");

/**
 * The summary a person reads after a run: the verdict, the counts, what blocks the level, where the report
 * is, and how to verify it (`trust`: the trusted key or key set to name; the trading centre's by default).
 */
export function printSummary(report: CertificationReport, outDir: string, demoKey: boolean, lang: Lang, trust?: string): void {
  const zh = lang === "zh";
  const s = report.summary;
  const achieved = report.levels.find((l) => l.id === s.achievedLevel);
  const requested = report.levels.find((l) => l.id === s.requestedLevel);
  const name = (l: { zh: string; en: string; id: string } | undefined) => (l ? `${zh ? l.zh : l.en} (${l.id})` : zh ? "无" : "none");
  console.log(
    s.certified
      ? zh
        ? `✓ 认证通过：${report.target.url} 达到 ${name(achieved)}`
        : `✓ CERTIFIED: ${report.target.url} meets the ${name(achieved)}`
      : zh
        ? `✗ 未通过认证：${report.target.url} 申请 ${name(requested)}，达到 ${name(achieved)}`
        : `✗ NOT CERTIFIED: ${report.target.url} applied for the ${name(requested)}, achieved ${name(achieved)}`,
  );
  console.log(`  ${zh ? "检查" : "checks"}: ${counts(s.checks, lang)}`);
  console.log(`  ${zh ? "要求" : "requirements"}: ${counts(s.requirements, lang)}`);
  const blocking = requested?.id ? report.levels.filter((l) => !l.met).flatMap((l) => l.blocking) : [];
  if (blocking.length) console.log(`  ${zh ? "未满足的“应”要求" : "MUST requirements not met"}: ${[...new Set(blocking)].join(", ")}`);
  const failing = report.checks.filter((c) => c.outcome === "fail" || c.outcome === "error");
  for (const c of failing.slice(0, 10)) console.log(`    ${c.id} ${c.outcome}: ${terminalText(zh ? c.reason.zh : c.reason.en).slice(0, 160)}`);
  if (failing.length > 10) console.log(zh ? `    …另有 ${failing.length - 10} 项` : `    … and ${failing.length - 10} more`);
  const shown = relative(process.cwd(), outDir) || ".";
  console.log(`  ${zh ? "报告" : "report"}: ${join(shown, REPORT_FILES.html)}  (${zh ? "签名报告目录" : "signed report folder"} ${shown}; ${zh ? "密钥" : "key"} ${report.signer?.kid ?? "?"})`);
  if (trust ?? !demoKey) console.log(`  ${zh ? "校验" : "verify"}: ywjy verify-report ${shown} ${trust ? `--trust ${relative(process.cwd(), trust) || trust}` : zh ? "--trust <交易中心公布的密钥集>" : "--trust <the centre's published key set>"}`);
  else
    console.log(
      zh
        ? "  注意：报告以本次生成的演示密钥签名，没有可信密钥能校验它；正式认证请用 --key 指定交易中心的签名密钥。"
        : "  Note: the report is signed with a demo key made for this run, which no trusted key can verify; sign real certifications with the trading centre's key (--key FILE).",
    );
}

export function summaryJson(report: CertificationReport, outDir: string, files: string[], demoKey: boolean) {
  return { reportId: report.id, target: report.target.url, ...report.summary, levels: report.levels, reportDir: outDir, files, demoKey, durationMs: report.durationMs };
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-");

/** HOST:PORT, or undefined when `v` is not one. */
function parseListen(v: string): { host: string; port: number } | undefined {
  const m = /^(\[[^\]]+\]|[^:]+):(\d{1,5})$/.exec(v);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port > 65535) return undefined;
  return { host: m[1]!.replace(/^\[|\]$/g, ""), port };
}

export const certifyCommand: CommandModule<object, Args> = {
  command: "certify",
  describe: "certify a trading system: run the conformance checks against it as the city platform, and write the signed report folder",
  builder: (y: Argv<object>) =>
    y
      .option("target", { type: "string", demandOption: true, describe: "the trading system's base URL (its discovery document is at /.well-known/ywjy)" })
      .option("credentials", { type: "string", demandOption: true, describe: "credentials file, JSON or YAML (.yaml/.yml): clientId, audience, issuer + platformKey, systemJwks, platformClients; schema generated/schemas/credentials.json, guide docs/en/credentials-file.md (never written to the report)" })
      .option("level", { type: "string", describe: "the certification level applied for: access, data or full (default: the highest)" })
      .option("only", { type: "string", describe: "run only these checks, requirements or requirement prefixes (comma-separated: push.timely,ACC-AUTH)" })
      .option("out", { type: "string", describe: "the report folder (default reports/<date-time>)" })
      .option("rerun-failed", { type: "string", describe: "a report folder (or its report.json): run again only what failed or errored there" })
      .option("key", { type: "string", describe: "the trading centre's private JWK file to sign the report with; its kid is recorded in the report (signer) and picked by verify-report from the centre's key set (default: a demo key made for the run, which no trusted key verifies)" })
      .option("platform-listen", { type: "string", describe: "HOST:PORT where the runner's platform listens (the target's platform URL; default 127.0.0.1 and a free port)" })
      .option("concurrency", { type: "number", default: 8, describe: "how many checks may run at once (1: one by one); checks that change the target's data run alone whatever this says" })
      .check((a) => (Number.isInteger(a.concurrency) && (a.concurrency as number) >= 1) || `--concurrency ${a.concurrency}: expected a whole number of 1 or more`)
      .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "text: progress and a summary; json: only the summary as JSON" })
      .example("$0 certify --target http://127.0.0.1:8585 --credentials creds.json --platform-listen 127.0.0.1:8686", "certify a sandbox system configured with the platform http://127.0.0.1:8686")
      .example("$0 certify --target http://127.0.0.1:8585 --credentials creds.json --level access --only ACC-AUTH,ACC-ERR", "only the authentication and error checks")
      .example("$0 certify --target http://127.0.0.1:8585 --credentials creds.json --rerun-failed reports/20261127-080000 --key centre.jwk.json", "run again what failed, signed with the trading centre's key")
      .epilogue(
        "The target is configured with the runner's platform (--platform-listen): it verifies the runner's tokens against that platform's JWKS, pushes its records to its intake, and logs users in there. " +
          "Exit codes: 0 certified at the level, 1 not certified, 2 usage error or unreadable input, 3 internal error.",
      ) as unknown as Argv<Args>,
  handler: async (a) => {
    const lang = a.lang;
    const usage = (message: string): never => {
      console.error(`ywjy certify: ${message}`);
      process.exit(ExitCode.usage);
    };
    // Loaded here, not at the top: `ywjy --help` and every other command would pay for the runner.
    const { certify, UsageError } = await import("../../conformance/certify.ts");
    const { CredentialsError, loadCredentials } = await import("../../conformance/credentials.ts");
    const { loadSigningKey } = await import("../../src/auth/index.ts");
    let target: URL;
    try {
      target = new URL(a.target);
      if (target.protocol !== "http:" && target.protocol !== "https:") throw new Error();
    } catch {
      return usage(`--target ${a.target}: not an http(s) URL`);
    }
    let credentials: Credentials;
    try {
      credentials = loadCredentials(a.credentials);
    } catch (e) {
      return usage((e as Error).message);
    }
    let reportKey: SigningKey | undefined;
    if (a.key) {
      if (!existsSync(a.key)) return usage(`--key ${a.key}: no such file`);
      try {
        reportKey = await loadSigningKey(a.key);
      } catch (e) {
        return usage((e as Error).message);
      }
    }
    if (a["rerun-failed"] && !existsSync(a["rerun-failed"])) return usage(`--rerun-failed ${a["rerun-failed"]}: no such report folder or file`);
    const outDir = a.out ?? join("reports", stamp());
    const { startPlatformSession } = await import("../../conformance/platform-session.ts");
    let platform: RunnerPlatform;
    try {
      const listen = a["platform-listen"] ? parseListen(a["platform-listen"]) : {};
      if (!listen) return usage(`--platform-listen ${a["platform-listen"]}: expected HOST:PORT, e.g. 127.0.0.1:8686`);
      platform = await startPlatformSession({ credentials, ...listen });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof UsageError) return usage(e.message);
      if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") return usage(`--platform-listen ${a["platform-listen"]}: cannot listen (${code})`);
      throw e;
    }
    if (a.format === "text") console.error(lang === "zh" ? `运行器的平台端：${platform.url}（目标系统应以此为平台地址）` : `the runner's platform: ${platform.url} (the target's platform URL)`);
    try {
      const only = a.only?.split(",").map((s) => s.trim()).filter(Boolean);
      const progress = a.format === "text" ? progressLine(lang) : undefined;
      const { report, files, demoKey } = await certify({
        target: target.toString(),
        credentials,
        platform,
        outDir,
        lang,
        concurrency: a.concurrency,
        ...(a.level ? { level: a.level } : {}),
        ...(only?.length ? { only } : {}),
        ...(a["rerun-failed"] ? { rerunOf: a["rerun-failed"] } : {}),
        ...(reportKey ? { reportKey } : {}),
        ...(progress ? { onProgress: progress } : {}),
      });
      if (a.format === "json") console.log(JSON.stringify(summaryJson(report, outDir, files, demoKey), null, 2));
      else printSummary(report, outDir, demoKey, lang);
      process.exitCode = report.summary.certified ? ExitCode.ok : ExitCode.findings;
    } catch (e) {
      if (e instanceof UsageError || e instanceof CredentialsError) return usage(e.message);
      throw e;
    } finally {
      await platform.close();
    }
  },
};
