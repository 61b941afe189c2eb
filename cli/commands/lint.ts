import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Argv, CommandModule } from "yargs";
import { fromRoot, specsDir } from "../../src/paths.ts";
import { ExitCode } from "../exit-codes.ts";

/**
 * The tools lint loads — TypeScript's parser for the contracts; Redocly and the AsyncAPI parser for the
 * external checks — are development dependencies: an installed ywjy does not carry them. The missing ones
 * as name@version (the versions of package.json), or undefined when all are there.
 */
function missingTools(external: boolean): string | undefined {
  const tools = ["typescript", ...(external ? ["@redocly/cli", "@asyncapi/parser"] : [])];
  const require = createRequire(import.meta.url);
  const missing = tools.filter((name) => {
    try {
      require.resolve(`${name}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return undefined;
  const dev = (JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { devDependencies?: Record<string, string> }).devDependencies ?? {};
  return missing.map((name) => `${name}@${dev[name] ?? "latest"}`).join(" ");
}

interface Args {
  format: "text" | "json";
  specs: string;
  external: boolean;
  lang: "zh" | "en";
}

export const lintCommand: CommandModule<object, Args> = {
  command: "lint",
  describe: "check the whole spec bundle before generating: IDs, references, zh/en texts, version and changelog, unverified facts, the OpenAPI and AsyncAPI documents, the guides' includes",
  builder: (y: Argv<object>) =>
    y
      .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "text for people; json prints { summary, problems }" })
      .option("specs", { type: "string", default: specsDir, describe: "the specs folder to check (its parent holds generated/ and docs/)" })
      .option("external", { type: "boolean", default: true, describe: "also run Redocly on the OpenAPI document and the AsyncAPI parser (--no-external skips them)" })
      .example("$0 lint", "every problem as file:line  severity  rule  message; exit 1 on an error")
      .example("$0 lint --format json > lint.json", "problems as JSON: { summary, problems: [{ ruleId, severity, file, line, message }] }") as unknown as Argv<Args>,
  handler: async (a) => {
    const dir = resolve(a.specs);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      console.error(`ywjy lint: ${a.specs}: no such specs folder\n\nywjy lint --help shows the options.`);
      process.exitCode = ExitCode.usage;
      return;
    }
    const missing = missingTools(a.external);
    if (missing) {
      console.error(`ywjy lint: needs the development tools ${missing}, which the installed ywjy package leaves out: run it in a clone of ywjy, or npm install --save-dev ${missing}`);
      process.exitCode = ExitCode.usage;
      return;
    }
    const { lintBundle, formatLintText } = await import("../../src/lint/index.ts");
    const result = await lintBundle({ specsDir: dir, external: a.external });
    console.log(a.format === "json" ? JSON.stringify(result, null, 2) : formatLintText(result, a.lang));
    process.exitCode = result.summary.errors > 0 ? ExitCode.findings : ExitCode.ok;
  },
};
