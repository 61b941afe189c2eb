import { join } from "node:path";
import { specsDir } from "../../src/paths.ts";
import type { LocalizedText } from "../../src/specs/manifest.ts";
import type { Requirement } from "../../src/specs/requirements.ts";
import { readYamlFile } from "../../src/specs/yaml-file.ts";

export interface CertificationLevel extends LocalizedText {
  id: string;
  description: LocalizedText;
  includes: string[];
}

export function loadLevels(): CertificationLevel[] {
  return readYamlFile<{ levels: CertificationLevel[] }>(join(specsDir, "norms", "levels.yaml")).levels;
}

/** The requirements a level covers: its own prefixes and those of every level below it. */
export function requirementsOfLevel(levels: CertificationLevel[], levelId: string, all: Requirement[]): Requirement[] {
  const upTo = levels.findIndex((l) => l.id === levelId);
  if (upTo < 0) throw new Error(`unknown certification level "${levelId}" (one of ${levels.map((l) => l.id).join(", ")})`);
  const prefixes = levels.slice(0, upTo + 1).flatMap((l) => l.includes);
  return all.filter((r) => prefixes.some((p) => r.id.startsWith(p + "-")));
}
