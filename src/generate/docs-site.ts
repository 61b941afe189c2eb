/**
 * The published documents (generated/docs/): the bilingual docs site and the three standard texts,
 * built by src/docs from the specs, the files generated earlier in this run (data-set schemas, the
 * bundled OpenAPI document) and the guides in docs/. Deterministic: no timestamps.
 */
import { buildSite } from "../docs/site.ts";
import { loadDocsModel } from "../docs/model.ts";
import { generatedStamp, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/docs-site.ts";

export function generateDocsSite(pending: GeneratedFile[] = []): GeneratedFile[] {
  return buildSite(loadDocsModel(generatedStamp(GENERATOR), pending));
}
