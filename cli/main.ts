import { pathToFileURL } from "node:url";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { commands } from "./commands/index.ts";
import { ExitCode } from "./exit-codes.ts";

/** Builds the `ywjy` parser; tests call it with their own argv. */
export function buildCli(argv: string[]) {
  let cli = yargs(argv)
    .scriptName("ywjy")
    .usage("$0 <command> [options]\n\n一网交易 standards, validators and conformance tester of Xiamen's public-resource trading platform.")
    .option("lang", { choices: ["zh", "en"] as const, default: "zh" as const, describe: "language of messages (zh | en)" })
    .example("$0 start", "certify the bundled reference trading system and write the report")
    .example("$0 validate data/*.ndjson --format json", "check reported data against the data contracts")
    .example("$0 quality data/ --out reports/quality", "data-quality check with scores, warnings and notices")
    .example("$0 certify --target https://sys.example --credentials cred.json --out reports/sys", "certify a vendor's trading system")
    .example("$0 verify-report reports/sys --key centre.pub.jwk.json", "verify a signed report offline")
    .example("$0 lint", "check the spec bundle before npm run generate")
    .strict()
    .demandCommand(1, "name a command (ywjy --help lists them)")
    .epilogue(
      "Exit codes: 0 done, no error findings | 1 error findings / not certified / report not verified | 2 usage error or unreadable input | 3 internal error",
    )
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      // A real exception from a command is ywjy's own failure; anything else yargs reports here
      // (an unknown option, a failed check(), a missing argument) is a usage error.
      if (err instanceof Error && err.name !== "YError") throw err;
      console.error(`${msg ?? (err instanceof Error ? err.message : String(err))}\n\nywjy --help lists the commands and options.`);
      process.exit(ExitCode.usage);
    });
  for (const command of commands) cli = cli.command(command as any);
  return cli;
}

/** Runs `ywjy` with the process's arguments: bin/ywjy.js calls it (through node_modules/.bin too, whose path names neither file). */
export async function main(argv: string[] = hideBin(process.argv)): Promise<void> {
  try {
    await buildCli(argv).parseAsync();
  } catch (e) {
    console.error(`ywjy: internal error: ${(e as Error).stack ?? e}`);
    process.exit(ExitCode.internal);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
