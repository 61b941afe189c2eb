import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Argv, CommandModule } from "yargs";
import type { Finding } from "../../src/findings/finding.ts";
import type { ValidationSummary } from "../../src/validate/index.ts";
import { ExitCode } from "../exit-codes.ts";
import { TerminalLine } from "../terminal-line.ts";

type Lang = "zh" | "en";
type Format = "text" | "json";

export interface ValidateOptions {
  format: Format;
  lang: Lang;
  /** Show at most this many findings (all are counted in the summary). */
  maxFindings?: number;
  /** The norm version records are judged by: a version ID or by-date (specs/reporting/norm-versions.yaml). */
  normVersion?: string;
  out?: NodeJS.WritableStream;
  err?: NodeJS.WritableStream;
}

const TEXT = {
  zh: {
    ok: "通过",
    records: (n: number) => `${n} 条记录`,
    summary: (s: ValidationSummary) =>
      `共 ${s.files} 个文件、${s.records} 条记录：${s.errors} 个错误、${s.warnings} 个警告${s.infos ? `、${s.infos} 个提示` : ""}（${s.recordsWithErrors} 条记录有错误）`,
    hidden: (n: number) => `另有 ${n} 条问题未显示（--max-findings）`,
    unreadable: (e: string) => `ywjy validate：${e}`,
    progress: (i: number, n: number, file: string, records: number) => `（${i}/${n}）${file} · ${records} 条记录`,
  },
  en: {
    ok: "ok",
    records: (n: number) => `${n} record${n === 1 ? "" : "s"}`,
    summary: (s: ValidationSummary) =>
      `${s.files} file${s.files === 1 ? "" : "s"}, ${s.records} record${s.records === 1 ? "" : "s"}: ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}${s.infos ? `, ${s.infos} info` : ""} (${s.recordsWithErrors} record${s.recordsWithErrors === 1 ? "" : "s"} with errors)`,
    hidden: (n: number) => `${n} more finding${n === 1 ? "" : "s"} not shown (--max-findings)`,
    unreadable: (e: string) => `ywjy validate: ${e}`,
    progress: (i: number, n: number, file: string, records: number) => `(${i}/${n}) ${file} · ${records} records`,
  },
} as const;

const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", cyan: "\x1b[36m", green: "\x1b[32m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m" };

/** Findings for `--format json`, kept in memory up to a point and then in a temporary file, so memory stays flat. */
class JsonFindings {
  private kept: string[] = [];
  private spill?: { dir: string; fd: number };
  count = 0;

  add(f: Finding): void {
    const json = JSON.stringify(f);
    this.count++;
    if (!this.spill && this.kept.length < 10_000) {
      this.kept.push(json);
      return;
    }
    if (!this.spill) {
      const dir = mkdtempSync(join(tmpdir(), "ywjy-validate-"));
      this.spill = { dir, fd: openSync(join(dir, "findings.ndjson"), "w") };
    }
    writeSync(this.spill.fd, `,\n    ${json}`);
  }

  async writeTo(out: NodeJS.WritableStream, summary: object): Promise<void> {
    out.write(`{\n  "summary": ${JSON.stringify(summary)},\n  "findings": [`);
    if (this.kept.length > 0) out.write(`\n    ${this.kept.join(",\n    ")}`);
    if (this.spill) {
      closeSync(this.spill.fd);
      for await (const chunk of createReadStream(join(this.spill.dir, "findings.ndjson"))) out.write(chunk as Buffer);
      rmSync(this.spill.dir, { recursive: true, force: true });
    }
    out.write(`${this.count > 0 ? "\n  " : ""}]\n}\n`);
  }
}

/** Why `file` cannot be validated, or undefined when it can be read. */
function unreadable(file: string): string | undefined {
  try {
    return statSync(file).isDirectory() ? `cannot read ${file}: a directory` : undefined;
  } catch (e) {
    return `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`;
  }
}

/** Validates `files` and prints the findings; returns the exit code. Used by `ywjy validate` and `ywjy start`. */
export async function runValidate(files: string[], options: ValidateOptions): Promise<number> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const t = TEXT[options.lang];
  const bad = files.map(unreadable).filter((m): m is string => m !== undefined);
  if (bad.length > 0) {
    for (const m of bad) err.write(`${t.unreadable(m)}\n`);
    return ExitCode.usage;
  }
  const colour = options.format === "text" && (out as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR;
  const paint = (code: keyof typeof ANSI, s: string) => (colour ? `${ANSI[code]}${s}${ANSI.reset}` : s);
  const max = options.maxFindings ?? Number.POSITIVE_INFINITY;
  // Loaded here, not at the top: every other ywjy command would pay for ajv and the contracts.
  const { addSummary, defaultValidator, emptySummary, InputError, Validator } = await import("../../src/validate/index.ts");
  const total = emptySummary();
  const json = new JsonFindings();
  let shown = 0;
  let exit: number = ExitCode.ok;
  let validator;
  try {
    validator = options.normVersion === undefined ? defaultValidator() : new Validator({ normVersion: options.normVersion });
    void validator.checker; // builds the checker now, so that an unknown norm version is a usage error
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    err.write(`${t.unreadable(e.message)}\n\nywjy validate --help shows the options.\n`);
    return ExitCode.usage;
  }
  // On a terminal (stderr), a line saying where the run is, redrawn every 200 ms and cleared before anything else is printed.
  const progress = options.format === "text" ? TerminalLine.on(err) : undefined;
  let status: (() => string) | undefined;
  const redraw = progress && setInterval(() => status && progress.show(status()), 200);
  try {
    for (const [i, file] of files.entries()) {
      const run = validator.validateFile(file);
      status = () => t.progress(i + 1, files.length, file, run.summary.records);
      progress?.show(status());
      let header = false;
      try {
        for await (const f of run) {
          if (shown >= max) continue;
          shown++;
          if (options.format === "json") {
            json.add(f);
            continue;
          }
          progress?.clear();
          if (!header) {
            out.write(`${paint("bold", file)}\n`);
            header = true;
          }
          const where = `${f.line ?? `#${f.recordIndex ?? "-"}`}:${f.path || "/"}`;
          const sev = f.severity === "error" ? paint("red", "error") : f.severity === "warning" ? paint("yellow", "warning") : f.severity;
          out.write(`  ${paint("cyan", where)}  ${sev}  ${paint("dim", f.ruleId)}  ${f.message[options.lang]}\n`);
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        progress?.clear();
        err.write(`${t.unreadable(e.message)}\n`);
        exit = ExitCode.usage;
        continue;
      }
      progress?.clear();
      if (options.format === "text" && !header) out.write(`${paint("bold", file)}  ${paint("green", t.ok)}  ${paint("dim", t.records(run.summary.records))}\n`);
      addSummary(total, run.summary);
    }
  } finally {
    clearInterval(redraw);
    progress?.clear();
  }
  const hidden = total.errors + total.warnings + total.infos - shown;
  if (options.format === "json") await json.writeTo(out, { ...total, findingsShown: shown });
  else {
    out.write(`\n${paint(total.errors > 0 ? "red" : "green", t.summary(total))}\n`);
    if (hidden > 0) out.write(`${t.hidden(hidden)}\n`);
  }
  if (exit !== ExitCode.ok) return exit;
  return total.errors > 0 ? ExitCode.findings : ExitCode.ok;
}

interface Args {
  files: string[];
  format: Format;
  lang: Lang;
  "max-findings"?: number;
  "norm-version"?: string;
}

export const validateCommand: CommandModule<object, Args> = {
  command: "validate <files..>",
  describe: "check reported data (report packages, JSON arrays of records, NDJSON) against the data contracts",
  builder: (y: Argv<object>) =>
    y
      .positional("files", { type: "string", array: true, demandOption: true, describe: "files to check: .json (package, array of records or one record) or .ndjson/.jsonl (one record per line, streamed)" })
      .option("format", { choices: ["text", "json"] as const, default: "text" as const, describe: "text for people; json prints { summary, findings }" })
      .option("max-findings", { type: "number", describe: "show at most N findings (the summary still counts all)" })
      .option("norm-version", { type: "string", describe: "judge records by this version of the norm (specs/reporting/norm-versions.yaml, e.g. V1.0), or by-date: the version in force at each record's date; default: the current version" })
      .example("$0 validate data/2026-11.ndjson", "check an NDJSON file; exit 1 when there is an error")
      .example("$0 validate package.json --format json > findings.json", "findings as JSON: { summary, findings: [{ ruleId, severity, file, line, path, message }] }")
      .example("$0 validate a.json b.ndjson --lang en --max-findings 20", "English messages, the first 20 findings")
      .example("$0 validate archive/2017.ndjson --norm-version by-date", "historical data: a field a later norm version added is not required before it came into force") as unknown as Argv<Args>,
  handler: async (argv) => {
    const n = argv["max-findings"];
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) {
      console.error("ywjy validate: --max-findings takes a whole number ≥ 0\n\nywjy validate --help shows the options.");
      process.exitCode = ExitCode.usage;
      return;
    }
    process.exitCode = await runValidate(argv.files, { format: argv.format, lang: argv.lang, maxFindings: argv["max-findings"], normVersion: argv["norm-version"] });
  },
};
