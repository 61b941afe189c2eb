import type { Argv, CommandModule } from "yargs";
import { ExitCode } from "../exit-codes.ts";
import { printSummary, progressLine } from "./certify.ts";

// `npm start`: the bundled reference trading system and the runner's platform on loopback, certified end to end.

interface Args {
  out: string;
  domain: string;
  lang: "zh" | "en";
}

export const startCommand: CommandModule<object, Args> = {
  command: "start",
  describe: "start the bundled reference trading system and the runner's platform on loopback, certify it, and write the signed report folder",
  builder: (y: Argv<object>) =>
    y
      .option("out", { type: "string", default: "reports/latest", describe: "the report folder" })
      .option("domain", { type: "string", default: "engineering", describe: "run the reference system as this kind of trading system: engineering, land, mining or property-rights" })
      .example("$0 start", "certify the reference system; the report goes to reports/latest")
      .example("$0 start --domain property-rights", "certify the reference system run as a property-rights exchange, on its listings and results")
      .example("$0 start --lang en --out /tmp/report", "messages in English, the report in /tmp/report") as unknown as Argv<Args>,
  handler: async (a) => {
    const zh = a.lang === "zh";
    const { startPlatformSession } = await import("../../conformance/platform-session.ts");
    const { startReferenceTarget } = await import("../../conformance/reference-target.ts");
    const { isReferenceDomain, REFERENCE_DOMAINS } = await import("../../conformance/reference-system/index.ts");
    if (!isReferenceDomain(a.domain)) {
      console.error(`ywjy start: --domain ${a.domain}: the reference system runs as ${Object.keys(REFERENCE_DOMAINS).join(", ")}`);
      process.exitCode = ExitCode.usage;
      return;
    }
    const { certify } = await import("../../conformance/certify.ts");
    const platform = await startPlatformSession({ credentials: { clientId: "ywjy-conformance-runner" } });
    const target = await startReferenceTarget({ platform, ...(a.domain !== "engineering" ? { domain: a.domain } : {}) });
    console.error(zh ? `参考交易系统 ${target.url}，运行器的平台端 ${platform.url}；开始认证…` : `reference trading system ${target.url}, the runner's platform ${platform.url}; certifying…`);
    try {
      const progress = progressLine(a.lang);
      const { report, demoKey } = await certify({ target: target.url, credentials: target.credentials, platform, outDir: a.out, lang: a.lang, ...(progress ? { onProgress: progress } : {}) });
      printSummary(report, a.out, demoKey, a.lang);
      process.exitCode = report.summary.certified ? ExitCode.ok : ExitCode.findings;
    } finally {
      await target.close();
      await platform.close();
    }
  },
};
