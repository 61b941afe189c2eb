/**
 * Writes a generated year to an NDJSON file (one report record per line, in chunks, so memory stays
 * flat) and, optionally, its truth file: the plants with their positions, the counts per rule, and
 * the kinds and data sets that the schemas at hand did not allow.
 */
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import type { LocalizedText } from "../specs/manifest.ts";
import type { Plant } from "./plants.ts";
import { SyntheticYear, type Correction, type GenerateOptions, type YearStats } from "./year.ts";

export interface Truth {
  generator: "ywjy synth";
  specVersion: string;
  seed: number;
  options: { records?: number; projects?: number; defectRate: number; collusionRate: number; correctionRate: number; domainShare: number };
  stats: YearStats;
  /** Plants per rule ID. */
  counts: Record<string, number>;
  skippedKinds: Array<{ ruleId: string; reason: LocalizedText }>;
  missingDataSets: number[];
  plants: Plant[];
  /** Records reported with a slip and corrected later: no defect, since the correction stands. */
  corrections: Correction[];
}

export interface WriteResult {
  year: SyntheticYear;
  truth: Truth;
  seconds: number;
}

const CHUNK = 1 << 20;

export function truthOf(year: SyntheticYear): Truth {
  const counts: Record<string, number> = {};
  for (const p of year.truth) counts[p.ruleId] = (counts[p.ruleId] ?? 0) + 1;
  const o = year.options;
  return {
    generator: "ywjy synth",
    specVersion: year.bundle.specVersion,
    seed: year.seed,
    options: { records: o.records, projects: o.projects, defectRate: year.defectRate, collusionRate: year.collusionRate, correctionRate: year.correctionRate, domainShare: year.domainShare },
    stats: year.stats,
    counts,
    skippedKinds: year.skippedKinds,
    missingDataSets: year.missingDataSets,
    plants: year.truth,
    corrections: year.corrections,
  };
}

/** Generates a year into `outFile` (NDJSON), and its truth into `truthFile` when given; `onProgress` hears the record count every 50,000 records. */
export function writeYear(options: GenerateOptions, outFile: string, truthFile?: string, onProgress?: (records: number) => void): WriteResult {
  const year = new SyntheticYear(options);
  const started = performance.now();
  const fd = openSync(outFile, "w");
  try {
    let buffer = "";
    let n = 0;
    for (const record of year) {
      buffer += JSON.stringify(record) + "\n";
      if (++n % 50_000 === 0) onProgress?.(n);
      if (buffer.length >= CHUNK) {
        writeSync(fd, buffer);
        buffer = "";
      }
    }
    if (buffer) writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  const truth = truthOf(year);
  if (truthFile) writeFileSync(truthFile, JSON.stringify(truth, null, 2) + "\n");
  return { year, truth, seconds: (performance.now() - started) / 1000 };
}
