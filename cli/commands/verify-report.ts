import { existsSync, readFileSync, statSync } from "node:fs";
import type { Argv, CommandModule } from "yargs";
import type { TrustStore } from "../../conformance/report/trust.ts";
import { ExitCode } from "../exit-codes.ts";

interface Args {
  dir: string;
  key?: string;
  trust?: string;
  format: "text" | "json";
  lang: "zh" | "en";
}

/** The trust store the trading centre configures once, instead of --trust on every call. */
export const TRUST_ENV = "YWJY_TRUST";

export const verifyReportCommand: CommandModule<object, Args> = {
  command: "verify-report <dir>",
  describe: "check a certification report folder's signature and digests against the trading centre's key, offline",
  builder: (y: Argv<object>) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "the report folder written by ywjy certify" })
      .option("key", { type: "string", describe: "the trading centre's public key the report must be signed with (a JWK or JWKS file)" })
      .option("trust", {
        type: "string",
        describe: `the trading centre's published key set: a JWKS file or http(s) URL whose keys may carry a validity period (nbf, exp); default: $${TRUST_ENV}`,
      })
      .conflicts("key", "trust")
      .option("format", { choices: ["text", "json"] as const, default: "text" as const })
      .example("$0 verify-report reports/0201 --key centre.pub.jwk.json", "verify that the trading centre's key signed it")
      .example("$0 verify-report reports/0201 --trust https://ggzy.xm.gov.cn/ywjy/report-keys.json", "verify against the centre's published keys (rotated keys included)")
      .example(`${TRUST_ENV}=/etc/ywjy/report-keys.json $0 verify-report reports/0201`, "the same, with the trust store configured once")
      .epilogue(
        "The key inside the report folder travels with the report and proves nothing about who signed it: without --key, --trust or " +
          `$${TRUST_ENV} the report does not verify. Exit codes: 0 verified, 1 does not verify (or no trusted key), 2 usage error or unreadable key set.`,
      ) as unknown as Argv<Args>,
  handler: async (a) => {
    const zh = a.lang === "zh";
    const usage = (message: string): never => {
      console.error(`ywjy verify-report: ${message}`);
      process.exit(ExitCode.usage);
    };
    if (!existsSync(a.dir) || !statSync(a.dir).isDirectory()) return usage(`${a.dir}: no such report folder`);
    // Loaded here, not at the top, like every command's library: `ywjy --help` would pay for all of them.
    const { loadTrustStore, TrustStoreError } = await import("../../conformance/report/trust.ts");
    const { NO_TRUSTED_KEY, verifyReportFolder } = await import("../../conformance/report/folder.ts");
    const { terminalText } = await import("../../conformance/report/escape.ts");
    const source = a.key ?? a.trust ?? (process.env[TRUST_ENV] || undefined);
    let trust: TrustStore | undefined;
    if (source) {
      try {
        trust = await loadTrustStore(source, (p) => readFileSync(p, "utf8"));
      } catch (e) {
        if (e instanceof TrustStoreError) return usage(e.message);
        throw e;
      }
    }
    const v = await verifyReportFolder(a.dir, trust);
    if (a.format === "json") console.log(JSON.stringify(v, null, 2));
    else if (v.ok)
      console.log(
        zh
          ? `✓ 报告 ${v.reportId} 签名有效：由可信密钥 ${v.keyId} 签名（${v.signedAt ?? "未注明时间"}；密钥来自 ${trust!.source}），所有文件摘要一致。`
          : `✓ report ${v.reportId}: signed by trusted key ${v.keyId} (${v.signedAt ?? "no signing time"}; keys from ${trust!.source}), every file's digest matches.`,
      );
    else {
      const untrusted = v.problems.some((p) => p.problem === NO_TRUSTED_KEY);
      console.log(zh ? `✗ 报告未通过校验：` : `✗ the report does not verify:`);
      for (const p of v.problems.filter((p) => p.problem !== NO_TRUSTED_KEY)) console.log(`  ${terminalText(p.file)}: ${p.problem}`);
      if (untrusted) {
        const fp = v.folderKey ? `${v.folderKey.thumbprint}${v.folderKey.filesConsistent ? "" : zh ? "，且签名与之不符" : ", and the signature does not match it"}` : zh ? "无" : "none";
        console.log(
          zh
            ? `  未指定可信密钥。报告目录中的密钥随报告一起传递，不能证明签名者（未经核实，指纹 ${fp}）。\n` +
                `  请指定交易中心的公钥：--key centre.pub.jwk.json，或其公布的密钥集：--trust <JWKS 文件或 https 地址>（也可设置环境变量 ${TRUST_ENV}）。`
            : `  No trusted key given. The key in the report folder travels with the report and cannot show who signed it (unverified, fingerprint ${fp}).\n` +
                `  Give the trading centre's public key: --key centre.pub.jwk.json, or its published key set: --trust <JWKS file or https URL> (or set ${TRUST_ENV}).`,
        );
      }
    }
    process.exitCode = v.ok ? ExitCode.ok : ExitCode.findings;
  },
};
