/**
 * Everything the docs site renders, loaded once: the manifest, code lists, the generated data-set
 * schemas, validation and quality rules, the requirement catalogue and levels, the bundled OpenAPI
 * document, the AsyncAPI document (read as YAML: the parser is for `ywjy lint`), optional terms and the
 * hand-written guides. A source that is missing or unreadable does not fail the build: it is recorded
 * in `missing`, and the pages that would show it say so.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedFile } from "../generate/generated-file.ts";
import { generatedDir, packageRoot, specsDir } from "../paths.ts";
import { loadQualityRules, type QualityRuleBook } from "../quality/rules.ts";
import { loadCodelists, type Codelist } from "../specs/codelists.ts";
import { loadManifest, type LocalizedText, type SpecManifest } from "../specs/manifest.ts";
import { withPlatformEndpoints } from "../specs/platform-endpoints.ts";
import { loadRequirements, type RequirementCatalogue } from "../specs/requirements.ts";
import { readYamlFile } from "../specs/yaml-file.ts";
import { loadValidationRules, type RuleCatalogue } from "../validate/catalogue.ts";
import { LANGS, type Lang } from "./i18n.ts";

export type Json = Record<string, any>;

export interface DataSetDoc {
  dataNo: number;
  dataEn: string;
  zh: string;
  en: string;
  domain: string;
  contract: string;
  schemaPath: string;
  schema: Json;
  /** The example record of specs/reporting/examples, when there is one. */
  example?: Json;
}

export type { CertificationLevel } from "../specs/levels.ts";
import type { CertificationLevel } from "../specs/levels.ts";

export interface Term extends LocalizedText {
  id: string;
  definition: LocalizedText;
  /** The books the term belongs to; all books when absent. */
  books?: string[];
  /** Where the term or its definition comes from. */
  source?: string;
}

export interface Guide {
  id: string;
  audience: string;
  /** Markdown source per language; absent when that language's file is missing. */
  source: Partial<Record<Lang, string>>;
}

export interface Audience extends LocalizedText {
  id: string;
  guides: string[];
}

/** A source of the site, named by what it feeds. */
export type SourceKey =
  | "codelists"
  | "dataSets"
  | "validation"
  | "quality"
  | "requirements"
  | "levels"
  | "openapi"
  | "asyncapi"
  | "terms"
  | "guides";

export interface MissingSource {
  file: string;
  reason: string;
}

export interface DocsModel {
  stamp: string;
  manifest: SpecManifest;
  codelists: Codelist[];
  dataSets: DataSetDoc[];
  envelope?: { record: Json; package: Json };
  validation?: RuleCatalogue;
  quality?: QualityRuleBook;
  requirements?: RequirementCatalogue;
  levels?: CertificationLevel[];
  openapi?: Json;
  asyncapi?: Json;
  terms?: Term[];
  audiences: Audience[];
  guides: Guide[];
  missing: Partial<Record<SourceKey, MissingSource>>;
}

export const docsSourceDir = join(packageRoot, "docs");

/** Reads a file of generated/, preferring this run's output (`pending`) to what is on disk. */
function generatedReader(pending: GeneratedFile[]) {
  const byPath = new Map(pending.map((f) => [f.path, f.content]));
  return (path: string): Json => JSON.parse(byPath.get(path) ?? readFileSync(join(generatedDir, path), "utf8")) as Json;
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message.split("\n")[0]! : String(e));

/** Loads everything the site shows; `pending` are the files this run of `npm run generate` is writing. */
export function loadDocsModel(stamp: string, pending: GeneratedFile[] = []): DocsModel {
  const missing: DocsModel["missing"] = {};
  const attempt = <T,>(key: SourceKey, file: string, load: () => T): T | undefined => {
    try {
      return load();
    } catch (e) {
      missing[key] = { file, reason: reasonOf(e) };
      return undefined;
    }
  };
  const readGenerated = generatedReader(pending);

  const codelists = attempt("codelists", "specs/codelists", () => [...loadCodelists().values()]) ?? [];
  const dataSets =
    attempt("dataSets", "generated/schemas/index.json", () =>
      (readGenerated("schemas/index.json").dataSets as Json[]).map((d): DataSetDoc => {
        const exampleFile = join(specsDir, "reporting", "examples", `${d.dataNo}-${d.dataEn}.json`);
        return {
          dataNo: d.dataNo,
          dataEn: d.dataEn,
          zh: d.zh,
          en: d.en,
          domain: d.domain,
          contract: d.contract,
          schemaPath: d.schema,
          schema: readGenerated(d.schema),
          example: existsSync(exampleFile) ? (JSON.parse(readFileSync(exampleFile, "utf8")) as Json) : undefined,
        };
      }),
    ) ?? [];
  const envelope = attempt("dataSets", "generated/schemas/report-record.json", () => ({
    record: readGenerated("schemas/report-record.json"),
    package: readGenerated("schemas/report-package.json"),
  }));
  const levelsFile = join(specsDir, "norms", "levels.yaml");
  const termsFile = join(specsDir, "norms", "terms.yaml");
  const asyncapiFile = join(specsDir, "reporting", "asyncapi.yaml");
  const guidesFile = join(docsSourceDir, "guides.yaml");
  const guideDoc = attempt("guides", "docs/guides.yaml", () => readYamlFile<{ audiences: Audience[] }>(guidesFile));
  const audiences = guideDoc?.audiences ?? [];
  const guides: Guide[] = audiences.flatMap((aud) =>
    aud.guides.map((id) => ({
      id,
      audience: aud.id,
      source: Object.fromEntries(
        LANGS.map((l) => [l.id, join(docsSourceDir, l.dir, `${id}.md`)] as const)
          .filter(([, p]) => existsSync(p))
          .map(([lang, p]) => [lang, readFileSync(p, "utf8")]),
      ),
    })),
  );

  return {
    stamp,
    manifest: loadManifest(),
    codelists,
    dataSets,
    envelope,
    validation: attempt("validation", "specs/reporting/validation-rules.yaml", () => loadValidationRules()),
    quality: attempt("quality", "specs/quality", () => loadQualityRules()),
    requirements: attempt("requirements", "specs/norms", () => loadRequirements()),
    levels: attempt("levels", "specs/norms/levels.yaml", () => readYamlFile<{ levels: CertificationLevel[] }>(levelsFile).levels),
    openapi: attempt("openapi", "generated/openapi/access.json", () => readGenerated("openapi/access.json")),
    asyncapi: attempt("asyncapi", "specs/reporting/asyncapi.yaml", () => withPlatformEndpoints(readYamlFile<Json>(asyncapiFile))),
    terms: existsSync(termsFile)
      ? attempt("terms", "specs/norms/terms.yaml", () => readYamlFile<{ terms: Term[] }>(termsFile).terms)
      : (missing.terms = { file: "specs/norms/terms.yaml", reason: "no such file" }, undefined),
    audiences,
    guides,
    missing,
  };
}
