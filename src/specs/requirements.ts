import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import type { LocalizedText } from "./manifest.ts";
import { readYamlFile } from "./yaml-file.ts";

/** 应 MUST, 宜 SHOULD, 可 MAY (GB/T 1.1 wording). */
export type RequirementLevel = "应" | "宜" | "可";
export const LEVEL_EN: Record<RequirementLevel, "MUST" | "SHOULD" | "MAY"> = { 应: "MUST", 宜: "SHOULD", 可: "MAY" };

export interface Requirement extends LocalizedText {
  id: string;
  level: RequirementLevel;
  source: string;
  actor: string;
  verification: {
    method: "automated" | "evidence" | "attestation";
    checks?: string[];
    evidence?: LocalizedText;
    /** The published values the checks depend on: param:NAME, endpoint:ID, header:Name (`ywjy lint` makes sure the text or the `see` guide names each). */
    depends?: string[];
    /** Guides (docs/<lang>/<id>.md) that say more about how the checks verify the requirement. */
    see?: string[];
  };
  /** Filled in by the loader. */
  book: string;
  area: string;
  file: string;
}

export interface Book extends LocalizedText {
  id: string;
  folder: string;
  source: string;
}

export interface RequirementArea extends LocalizedText {
  id: string;
  book: string;
  file: string;
}

export interface RequirementCatalogue {
  books: Book[];
  areas: RequirementArea[];
  requirements: Requirement[];
  byId: Map<string, Requirement>;
}

export const REQUIREMENT_ID = /^(OPS|ACC|RPT)-[A-Z0-9]+-\d{2,3}$/;

let cached: RequirementCatalogue | undefined;

/** Every requirement of the three books (specs/norms/<book folder>/*.yaml). Throws on a duplicate ID. */
export function loadRequirements(): RequirementCatalogue {
  if (cached) return cached;
  const normsDir = join(specsDir, "norms");
  const { books } = readYamlFile<{ books: Book[] }>(join(normsDir, "books.yaml"));
  const areas: RequirementArea[] = [];
  const requirements: Requirement[] = [];
  const byId = new Map<string, Requirement>();
  for (const book of books) {
    const dir = join(normsDir, book.folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort()) {
      const file = `specs/norms/${book.folder}/${f}`;
      const doc = readYamlFile<{ area: LocalizedText & { id: string }; requirements: Omit<Requirement, "book" | "area" | "file">[] }>(join(dir, f));
      areas.push({ ...doc.area, book: book.id, file });
      for (const r of doc.requirements ?? []) {
        if (byId.has(r.id)) throw new Error(`${file}: requirement ${r.id} is also defined in ${byId.get(r.id)!.file}`);
        const req: Requirement = { ...r, book: book.id, area: doc.area.id, file };
        requirements.push(req);
        byId.set(r.id, req);
      }
    }
  }
  cached = { books, areas, requirements, byId };
  return cached;
}
