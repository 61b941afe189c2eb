import type { Argv, CommandModule } from "yargs";
import type { QualityProgress } from "../../src/quality/index.ts";
import type { Lang } from "../../src/quality/text.ts";
import { ExitCode } from "../exit-codes.ts";
import { TerminalLine } from "../terminal-line.ts";

type Format = "text" | "json";

export interface QualityCliOptions {
  format: Format;
  lang: Lang;
  out?: string;
  asOf?: string;
  rules?: string[];
  maxFindings?: number;
  /** The norm version records are judged by: a version ID or by-date. */
  normVersion?: string;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
}

const PHASE = {
  zh: { versions: "读取数据主键", check: "核查记录", finish: "跨记录核查", records: "条记录", file: "文件" },
  en: { versions: "reading record keys", check: "checking records", finish: "cross-record rules", records: "records", file: "file" },
} as const;

/** Progress on a terminal (stderr): the phase and the records read, at most ten times a second while checking. */
function progressLine(stderr: NodeJS.WritableStream, lang: Lang): { update: (p: QualityProgress) => void; clear: () => void } | undefined {
  const line = TerminalLine.on(stderr);
  if (!line) return undefined;
  const t = PHASE[lang];
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (p.phase === "check" && now - last < 100) return;
      last = now;
      const where = p.file !== undefined && p.files > 1 ? ` · ${t.file} ${p.file}/${p.files}` : "";
      line.show(`${t[p.phase]} · ${p.records.toLocaleString("en")} ${t.records}${where}`);
    },
    clear: () => line.clear(),
  };
}

/** Runs the quality check over `paths` and prints or writes the result; returns the exit code. */
export async function runQuality(paths: string[], options: QualityCliOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  // Loaded here, not at the top: `ywjy --help` and every other command would pay for the quality check.
  const { checkQuality, InputError, loadQualityRules } = await import("../../src/quality/index.ts");
  const { writeQualityReports } = await import("../../src/quality/report-files.ts");
  const { qualityText } = await import("../../src/quality/rules.ts");
  const { renderText } = await import("../../src/quality/text.ts");
  const book = loadQualityRules();
  const progress = options.format === "text" ? progressLine(stderr, options.lang) : undefined;
  let result;
  try {
    result = await checkQuality(paths, {
      asOf: options.asOf,
      rules: options.rules,
      maxFindings: options.maxFindings,
      normVersion: options.normVersion,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } catch (e) {
    progress?.clear();
    if (e instanceof InputError || e instanceof RangeError) {
      stderr.write(`ywjy quality: ${e.message}\n\nywjy quality --help shows the options.\n`);
      return ExitCode.usage;
    }
    throw e;
  }
  progress?.clear();
  if (options.format === "json") stdout.write(JSON.stringify(result, null, 2) + "\n");
  else stdout.write(renderText(result, book, options.lang));
  if (options.out !== undefined) {
    const written = writeQualityReports(result, book, options.out, options.lang);
    (options.format === "json" ? stderr : stdout).write(`${qualityText(book, "report.written")[options.lang]}: ${written.join(", ")}\n`);
  }
  return result.summary.errors > 0 ? ExitCode.findings : ExitCode.ok;
}

interface Args {
  paths: string[];
  format: Format;
  lang: Lang;
  out?: string;
  "as-of"?: string;
  rules?: string;
  "max-findings"?: number;
  "norm-version"?: string;
}

export const qualityCommand: CommandModule<object, Args> = {
  command: "quality <paths..>",
  describe: "data-quality check (数据质量联动核查) of reported data across records: four-dimension scores, collusion warnings, notices",
  builder: (y: Argv<object>) =>
    y
      .positional("paths", { type: "string", array: true, demandOption: true, describe: "files or directories (searched for .ndjson, .jsonl, .json): NDJSON, report packages, arrays of records" })
      .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "text for people; json prints { summary, dimensions, collusion, bySystem, byDomain, findings, notices }" })
      .option("out", { type: "string", describe: "also write quality.json, quality.html (zh/en report with charts), notices.json and notices.md into this directory" })
      .option("as-of", { type: "string", describe: "end of the data window (yyyyMMddHHmmss); default: the latest DATA_TIMESTAMP of the input" })
      .option("rules", { type: "string", describe: "only these rules, comma-separated IDs (e.g. QA-AMOUNT-CAP,QF-LIFECYCLE)" })
      .option("max-findings", { type: "number", describe: "list at most N findings (counts, scores and samples still cover all); default 200000" })
      .option("norm-version", { type: "string", describe: "judge records by this version of the norm (specs/reporting/norm-versions.yaml, e.g. V1.0), or by-date: the version in force at each record's date; default: the current version" })
      .example("$0 quality data/2026/", "check every data file under data/2026/ and print the scores; exit 1 when there is an error finding")
      .example("$0 quality a.ndjson b.json --format json > quality.json", "the whole result as JSON")
      .example("$0 quality data/ --out reports/quality --lang en", "write the HTML report and the notices to each responsible party")
      .example("$0 quality data/ --rules QW-PRICE-PATTERN,QW-PRICE-BAND", "only the price-based collusion warnings")
      .example("$0 quality archive/2017/ --norm-version by-date", "historical data: fields a later norm version added are not mandatory before it came into force") as unknown as Argv<Args>,
  handler: async (argv) => {
    const n = argv["max-findings"];
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) {
      console.error("ywjy quality: --max-findings takes a whole number ≥ 0\n\nywjy quality --help shows the options.");
      process.exitCode = ExitCode.usage;
      return;
    }
    process.exitCode = await runQuality(argv.paths, {
      format: argv.format,
      lang: argv.lang,
      out: argv.out,
      asOf: argv["as-of"],
      rules: argv.rules?.split(",").map((s) => s.trim()).filter(Boolean),
      maxFindings: n,
      normVersion: argv["norm-version"],
    });
  },
};
