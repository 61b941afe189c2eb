import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Argv, CommandModule } from "yargs";
import { fromRoot } from "../../src/paths.ts";
import { ExitCode } from "../exit-codes.ts";
import { runValidate } from "./validate.ts";

// `npm start` until the certification runner exists: validates the bundled example records.

const examplesDir = fromRoot("specs/reporting/examples");

export const startCommand: CommandModule<object, { lang: "zh" | "en" }> = {
  command: "start",
  describe: "validate the bundled example records (specs/reporting/examples) and print the result",
  builder: (y: Argv<object>) => y.example("$0 start --lang en", "validate the examples, messages in English") as unknown as Argv<{ lang: "zh" | "en" }>,
  handler: async (argv) => {
    const files = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => /\.(json|ndjson|jsonl)$/.test(f)).sort() : [];
    if (files.length === 0) {
      console.error(`ywjy start: no examples in ${relative(process.cwd(), examplesDir) || examplesDir}`);
      process.exitCode = ExitCode.usage;
      return;
    }
    const paths = files.map((f) => relative(process.cwd(), join(examplesDir, f)));
    console.log(argv.lang === "en" ? `Validating the ${files.length} bundled example files:\n` : `校验随附的 ${files.length} 个示例文件：\n`);
    process.exitCode = await runValidate(paths, { format: "text", lang: argv.lang });
  },
};
