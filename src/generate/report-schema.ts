/**
 * The contracts of the conformance tester (specs/conformance/*.ts) → generated/schemas/:
 * the certification report (certification-report.json) and the credentials file of `ywjy certify`
 * (credentials.json).
 */
import * as TJS from "typescript-json-schema";
import { fromRoot } from "../paths.ts";
import { loadManifest } from "../specs/manifest.ts";
import { generatedStamp, jsonFile, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/report-schema.ts";

/** One contract of specs/conformance: its file, its root type, the schema file it becomes and the schema's title. */
const CONFORMANCE_CONTRACTS = [
  { file: "specs/conformance/report.ts", type: "CertificationReport", schema: "certification-report.json", title: "ywjy certification report" },
  { file: "specs/conformance/credentials.ts", type: "Credentials", schema: "credentials.json", title: "ywjy certify credentials file" },
];

export function generateReportSchema(): GeneratedFile[] {
  const m = loadManifest();
  return CONFORMANCE_CONTRACTS.map((c) => {
    const program = TJS.getProgramFromFiles([fromRoot(c.file)], { strictNullChecks: true, skipLibCheck: true });
    const schema = TJS.generateSchema(program, c.type, { required: true, noExtraProps: true, strictNullChecks: true, ref: true });
    if (!schema) throw new Error(`${c.file}: ${c.type} could not be read`);
    const path = `schemas/${c.schema}`;
    const { $schema, ...rest } = schema;
    return jsonFile(path, { $schema, $id: `${m.schemaBase}${m.version}/${c.schema}`, $comment: generatedStamp(GENERATOR), title: c.title, ...rest });
  });
}
