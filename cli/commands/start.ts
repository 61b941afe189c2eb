import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Argv, CommandModule } from "yargs";
import type { JWK } from "jose";
import { ExitCode } from "../exit-codes.ts";
import { printSummary, progressLine } from "./certify.ts";

// `npm start`: the bundled reference trading system and the runner's platform on loopback, certified end to end,
// the report signed with a demo trading-centre key and verified against that key's published key set.

interface Args {
  out: string;
  domain: string;
  lang: "zh" | "en";
}

/** The demo centre's published key set, next to the report folder (never inside it: it would be an unsigned file). */
export const demoKeySetPath = (out: string) => join(dirname(out), "demo-centre-keys.json");

/**
 * Publishes a new demo centre key in the key set at `file`, as a centre rotating its key would: the keys
 * already there stop being valid now (their reports, signed before, still verify), the new one is valid from now.
 */
type PublishedKey = JWK & { nbf?: number; exp?: number };

function publishDemoKey(file: string, jwk: JWK, now: number): void {
  let keys: PublishedKey[] = [];
  try {
    if (existsSync(file)) keys = (JSON.parse(readFileSync(file, "utf8")) as { keys: PublishedKey[] }).keys.filter((k) => typeof k?.kty === "string");
  } catch {
    keys = []; // not a key set of ours: start a new one
  }
  keys = keys.map((k) => (k.exp === undefined ? { ...k, exp: now } : k));
  writeFileSync(file, JSON.stringify({ keys: [...keys, { ...jwk, nbf: now }] }, null, 2) + "\n");
}

export const startCommand: CommandModule<object, Args> = {
  command: "start",
  describe: "start the bundled reference trading system and the runner's platform on loopback, certify it, write the signed report folder, and verify it against a demo trading-centre key",
  builder: (y: Argv<object>) =>
    y
      .option("out", { type: "string", default: "reports/latest", describe: "the report folder (the demo centre's key set goes next to it, demo-centre-keys.json)" })
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
    const { verifyReportFolder } = await import("../../conformance/report/folder.ts");
    const { loadTrustStore } = await import("../../conformance/report/trust.ts");
    const { generateSigningKey } = await import("../../src/auth/index.ts");
    const platform = await startPlatformSession({ credentials: { clientId: "ywjy-conformance-runner" } });
    const target = await startReferenceTarget({ platform, ...(a.domain !== "engineering" ? { domain: a.domain } : {}) });
    console.error(zh ? `参考交易系统 ${target.url}，运行器的平台端 ${platform.url}；开始认证…` : `reference trading system ${target.url}, the runner's platform ${platform.url}; certifying…`);
    try {
      // The trading centre's key, for the demo: the private half stays in memory, the public half is published.
      const centreKey = await generateSigningKey("ES256");
      const keySet = demoKeySetPath(a.out);
      // The rotation takes effect at the next whole second: a report signed earlier in this second (iat counts
      // whole seconds) by the previous run's key is still inside that key's validity, which ends at exp, exclusive.
      publishDemoKey(keySet, centreKey.publicJwk, Math.ceil(Date.now() / 1000));
      const progress = progressLine(a.lang);
      const { report } = await certify({ target: target.url, credentials: target.credentials, platform, outDir: a.out, lang: a.lang, reportKey: centreKey, ...(progress ? { onProgress: progress } : {}) });
      printSummary(report, a.out, false, a.lang, keySet);
      const v = await verifyReportFolder(a.out, await loadTrustStore(keySet, (p) => readFileSync(p, "utf8")));
      if (v.ok)
        console.log(
          zh
            ? `  ✓ 已用演示交易中心的密钥集 ${keySet} 校验报告：由密钥 ${v.keyId} 签名，所有文件一致。`
            : `  ✓ verified against the demo trading centre's key set ${keySet}: signed by key ${v.keyId}, every file as signed.`,
        );
      else for (const p of v.problems) console.log(`  ✗ ${p.file}: ${p.problem}`);
      process.exitCode = report.summary.certified && v.ok ? ExitCode.ok : ExitCode.findings;
    } finally {
      await target.close();
      await platform.close();
    }
  },
};
