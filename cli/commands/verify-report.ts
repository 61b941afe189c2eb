import { existsSync, readFileSync, statSync } from "node:fs";
import type { CommandModule } from "yargs";
import { ExitCode } from "../exit-codes.ts";

interface Args {
  dir: string;
  key?: string;
  format: "text" | "json";
  lang: "zh" | "en";
}

export const verifyReportCommand: CommandModule<object, Args> = {
  command: "verify-report <dir>",
  describe: "check a certification report folder's signature and digests, offline",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "the report folder written by ywjy certify" })
      .option("key", { type: "string", describe: "the trusted public key (JWK or JWKS file) the report must be signed with" })
      .option("format", { choices: ["text", "json"] as const, default: "text" as const })
      .example("$0 verify-report reports/0201", "verify against the key inside the folder")
      .example("$0 verify-report reports/0201 --key centre.pub.jwk.json", "verify that the trading centre's key signed it") as any,
  handler: async (a) => {
    if (!existsSync(a.dir) || !statSync(a.dir).isDirectory()) {
      console.error(`${a.dir}: no such report folder`);
      process.exit(ExitCode.usage);
    }
    let trusted;
    if (a.key) {
      try {
        const k = JSON.parse(readFileSync(a.key, "utf8"));
        trusted = Array.isArray(k.keys) ? k : { keys: [k] };
      } catch (e) {
        console.error(`${a.key}: not a readable JWK or JWKS (${(e as NodeJS.ErrnoException).code ?? "invalid JSON"})`);
        process.exit(ExitCode.usage);
      }
    }
    // Loaded here, not at the top, like every command's library: `ywjy --help` would pay for all of them.
    const { verifyReportFolder } = await import("../../conformance/report/folder.ts");
    const v = await verifyReportFolder(a.dir, trusted);
    if (a.format === "json") console.log(JSON.stringify(v, null, 2));
    else {
      const zh = a.lang === "zh";
      if (v.ok)
        console.log(
          zh
            ? `✓ 报告 ${v.reportId} 签名有效（密钥 ${v.keyId}${v.selfSigned ? "，取自报告目录；用 --key 指定可信密钥" : ""}），所有文件摘要一致。`
            : `✓ report ${v.reportId}: signature valid (key ${v.keyId}${v.selfSigned ? ", taken from the folder; pin the trusted key with --key" : ""}), every file's digest matches.`,
        );
      else {
        console.log(zh ? `✗ 报告未通过校验：` : `✗ the report does not verify:`);
        for (const p of v.problems) console.log(`  ${p.file}: ${p.problem}`);
      }
    }
    process.exitCode = v.ok ? ExitCode.ok : ExitCode.findings;
  },
};
