import type { Argv, CommandModule } from "yargs";
import { DEFAULT_COLLUSION_RATE, DEFAULT_CORRECTION_RATE, DEFAULT_DEFECT_RATE, DEFAULT_DOMAIN_SHARE } from "../../src/synthetic/defaults.ts";
import { ExitCode } from "../exit-codes.ts";
import { TerminalLine } from "../terminal-line.ts";

interface Args {
  records?: number;
  projects?: number;
  seed: string;
  "defect-rate": number;
  "collusion-rate": number;
  "correction-rate": number;
  "domain-share": number;
  out: string;
  truth?: string;
  lang: "zh" | "en";
}

const TEXT = {
  zh: {
    wrote: (n: number, l: number, e: number, p: number, file: string) => `已生成 ${n} 条记录（${l} 个项目：工程建设 ${e} 个，政府采购 ${p} 个）→ ${file}`,
    plants: (d: number, c: number, file?: string) => `埋设缺陷 ${d} 个、围标串标模式 ${c} 个${file ? ` → ${file}` : "（用 --truth 保存位置）"}`,
    corrections: (n: number) => `先有疏漏、后经修改（DATA_TYPE 2）更正的记录 ${n} 条`,
    domains: (n: number, c: number) => `其他交易领域的交易 ${n} 宗（土地使用权、采矿权、探矿权、国有实物资产、股权轮流），工程建设投诉 ${c} 件（均不埋设缺陷）`,
    skipped: (id: string, why: string) => `未埋设 ${id}：${why}`,
    missing: (list: string) => `尚无数据契约、未生成的数据集：${list}`,
    speed: (rate: number) => `生成速度 ${rate} 条/秒`,
    progress: (n: string) => `已生成 ${n} 条记录`,
  },
  en: {
    wrote: (n: number, l: number, e: number, p: number, file: string) => `wrote ${n} records (${l} projects: ${e} engineering, ${p} procurement) to ${file}`,
    plants: (d: number, c: number, file?: string) => `planted ${d} defects and ${c} collusion patterns${file ? `; their positions are in ${file}` : " (save their positions with --truth)"}`,
    corrections: (n: number) => `${n} records reported with a slip and corrected later by a change (DATA_TYPE 2)`,
    domains: (n: number, c: number) => `${n} trades of the other domains (land use rights, mining rights, exploration rights, state-owned assets and equity in turn) and ${c} complaints about engineering sections, none planted`,
    skipped: (id: string, why: string) => `not planted ${id}: ${why}`,
    missing: (list: string) => `data sets without a contract, not generated: ${list}`,
    speed: (rate: number) => `${rate} records/s`,
    progress: (n: string) => `${n} records generated`,
  },
} as const;

function usage(message: string): void {
  console.error(`ywjy synth: ${message}\n\nywjy synth --help shows the options.`);
  process.exitCode = ExitCode.usage;
}

const wholeNumber = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n > 0;
const share = (n: unknown): n is number => typeof n === "number" && n >= 0 && n <= 1;

export const synthCommand: CommandModule<object, Args> = {
  command: "synth",
  describe: "generate a synthetic year of Xiamen trading data (NDJSON report records) with planted defects and collusion patterns",
  builder: (y: Argv<object>) =>
    y
      .option("records", { type: "number", describe: "stop after about N records (the project under way is finished)" })
      .option("projects", { type: "number", describe: "generate N projects (engineering and procurement lifecycles)" })
      .conflicts("records", "projects")
      .option("seed", { type: "string", default: "1", describe: "seed of the generator (a number or any text): the same seed gives the same file" })
      .option("defect-rate", { type: "number", default: DEFAULT_DEFECT_RATE, describe: "share of projects with one planted defect (QC-, QA-, QT-, QF- rules)" })
      .option("collusion-rate", { type: "number", default: DEFAULT_COLLUSION_RATE, describe: "share of projects with one collusion pattern (QW- rules)" })
      .option("domain-share", { type: "number", default: DEFAULT_DOMAIN_SHARE, describe: "share of projects followed by a trade of the other domains (land, mining rights, exploration rights, state-owned assets and equity in turn; a fifth of it: engineering projects followed by a complaint): no plant" })
      .option("correction-rate", { type: "number", default: DEFAULT_CORRECTION_RATE, describe: "share of projects with one record reported with a blank name and corrected later (DATA_TYPE 2): no defect" })
      .option("out", { type: "string", demandOption: true, describe: "the NDJSON file to write" })
      .option("truth", { type: "string", describe: "a JSON file for the plants: rule ID, DATA_NO, DATA_KEY, codes, fields, description" })
      .example("$0 synth --records 1000000 --out year.ndjson --truth truth.json", "a million records and where their defects are")
      .example("$0 synth --projects 200 --seed 7 --defect-rate 0.1 --out small.ndjson", "200 projects, one in ten with a defect") as unknown as Argv<Args>,
  handler: async (argv) => {
    if (argv.records === undefined && argv.projects === undefined) return usage("give --records N or --projects N (how much to generate)");
    if (argv.records !== undefined && !wholeNumber(argv.records)) return usage(`--records takes a whole number ≥ 1, not ${argv.records}`);
    if (argv.projects !== undefined && !wholeNumber(argv.projects)) return usage(`--projects takes a whole number ≥ 1, not ${argv.projects}`);
    for (const name of ["defect-rate", "collusion-rate", "correction-rate", "domain-share"] as const) if (!share(argv[name])) return usage(`--${name} takes a share between 0 and 1, not ${argv[name]}`);
    if (argv["defect-rate"] + argv["collusion-rate"] > 1) return usage("--defect-rate and --collusion-rate together must not exceed 1");
    const seed = /^\d{1,9}$/.test(argv.seed) ? Number(argv.seed) : argv.seed;
    const t = TEXT[argv.lang];
    // Loaded here, not at the top: `ywjy --help` and every other command would pay for the generator.
    const { writeYear } = await import("../../src/synthetic/write.ts");
    let result;
    try {
      const line = TerminalLine.on(process.stderr);
      result = writeYear({ seed, records: argv.records, projects: argv.projects, defectRate: argv["defect-rate"], collusionRate: argv["collusion-rate"], correctionRate: argv["correction-rate"], domainShare: argv["domain-share"] }, argv.out, argv.truth, line && ((n) => line.show(t.progress(n.toLocaleString("en")))));
      line?.clear();
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code && err.path) return usage(`cannot write ${err.path}: ${err.code === "ENOENT" ? "no such directory" : err.message}`);
      throw e;
    }
    const { year, seconds } = result;
    const s = year.stats;
    const defects = year.truth.filter((p) => p.kind === "defect").length;
    console.log(t.wrote(s.records, s.lifecycles, s.engineering, s.procurement, argv.out));
    console.log(t.plants(defects, year.truth.length - defects, argv.truth));
    if (s.corrections > 0) console.log(t.corrections(s.corrections));
    if (s.domainTrades + s.complaints > 0) console.log(t.domains(s.domainTrades, s.complaints));
    for (const k of year.skippedKinds) console.log(t.skipped(k.ruleId, k.reason[argv.lang]));
    if (year.missingDataSets.length > 0) console.log(t.missing(year.missingDataSets.join(", ")));
    console.log(t.speed(Math.round(s.records / Math.max(seconds, 1e-3))));
  },
};
