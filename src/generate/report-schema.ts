/** The certification report's contract (specs/conformance/report.ts) → generated/schemas/certification-report.json. */
import * as TJS from "typescript-json-schema";
import { fromRoot } from "../paths.ts";
import { loadManifest } from "../specs/manifest.ts";
import { generatedStamp, jsonFile, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/report-schema.ts";

export function generateReportSchema(): GeneratedFile[] {
  const program = TJS.getProgramFromFiles([fromRoot("specs/conformance/report.ts")], { strictNullChecks: true, skipLibCheck: true });
  const schema = TJS.generateSchema(program, "CertificationReport", { required: true, noExtraProps: true, strictNullChecks: true, ref: true });
  if (!schema) throw new Error("specs/conformance/report.ts: CertificationReport could not be read");
  const m = loadManifest();
  const path = "schemas/certification-report.json";
  const { $schema, ...rest } = schema;
  return [jsonFile(path, { $schema, $id: `${m.schemaBase}${m.version}/certification-report.json`, $comment: generatedStamp(GENERATOR), title: "ywjy certification report", ...rest })];
}
