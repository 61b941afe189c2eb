/** The certification levels (specs/norms/levels.yaml), read by the runner and by the docs. */
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import type { LocalizedText } from "./manifest.ts";
import type { Requirement } from "./requirements.ts";
import { readYamlFile } from "./yaml-file.ts";

export interface CertificationLevel extends LocalizedText {
  id: string;
  description: LocalizedText;
  /** Requirement-ID prefixes (ACC-AUTH) or whole IDs the level adds to the levels before it. */
  includes: string[];
}

export const levelsFile = join(specsDir, "norms", "levels.yaml");

export function loadLevels(file: string = levelsFile): CertificationLevel[] {
  return readYamlFile<{ levels: CertificationLevel[] }>(file).levels;
}

/** The requirements a level covers: its own prefixes and those of every level below it. */
export function requirementsOfLevel(levels: CertificationLevel[], levelId: string, all: Requirement[]): Requirement[] {
  const upTo = levels.findIndex((l) => l.id === levelId);
  if (upTo < 0) throw new Error(`unknown certification level "${levelId}" (one of ${levels.map((l) => l.id).join(", ")})`);
  const prefixes = levels.slice(0, upTo + 1).flatMap((l) => l.includes ?? []);
  return all.filter((r) => prefixes.some((p) => r.id === p || r.id.startsWith(p + "-")));
}
