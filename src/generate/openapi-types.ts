/**
 * The access standard (specs/access/openapi.yaml) → what vendors build on:
 * - generated/openapi/access.json: the document bundled into one file (external refs copied in, the
 *   scenario catalogue inlined as x-scenarios, the platform's endpoints as x-ywjy-platform-endpoints and
 *   the token URL, info.version = the spec bundle's version); the SDK compiles
 *   its request and response validators from it, so they are the document itself;
 * - generated/sdk/access.ts: openapi-typescript's types of the document (`paths`, `operations`,
 *   `components`), plus the scenario catalogue as a typed constant.
 *
 * The generated data-set schemas the document refers to are read from the files this run of
 * `npm run generate` is about to write, so one run suffices after a contract changes.
 */
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { generatedDir, packageRoot, specsDir } from "../paths.ts";
import { loadManifest } from "../specs/manifest.ts";
import { withPlatformEndpoints } from "../specs/platform-endpoints.ts";
import { generatedStamp, tsFile, type GeneratedFile } from "./generated-file.ts";
import { bundleOpenApi, type FileReader } from "./openapi-bundle.ts";
import { readFileSync } from "node:fs";

const GENERATOR = "src/generate/openapi-types.ts";
export const accessOpenApiPath = join(specsDir, "access", "openapi.yaml");

type Json = Record<string, any>;

/** Reads files, serving those under generated/ from `pending` (this run's output) when it has them. */
function pendingReader(pending: GeneratedFile[]): FileReader {
  const byPath = new Map(pending.map((f) => [join(generatedDir, f.path), f.content]));
  return (p) => byPath.get(p) ?? readFileSync(p, "utf8");
}

export function bundleAccessApi(pending: GeneratedFile[] = []): Json {
  // The platform's endpoints come from their one source (specs/platform/endpoints.yaml).
  const doc = withPlatformEndpoints(bundleOpenApi(accessOpenApiPath, pendingReader(pending)));
  doc.info.version = loadManifest().version;
  return { "x-generated": generatedStamp(GENERATOR), ...doc };
}

export async function generateAccessApi(pending: GeneratedFile[] = []): Promise<GeneratedFile[]> {
  const doc = bundleAccessApi(pending);
  const ast = await openapiTS(doc as any, { cwd: new URL(`file://${packageRoot}/`), alphabetize: false });
  const scenarios = doc["x-scenarios"] as { defaults: Record<string, string>; scenarios: Json[] };
  const extra = [
    "",
    "/** The operation ids of the access standard. */",
    "export type OperationId = keyof operations;",
    "",
    "/** The stable error codes of problem+json responses. */",
    'export type ProblemCode = components["schemas"]["ProblemCode"];',
    "",
    "/** The conformance scenario catalogue (specs/access/scenarios.yaml). */",
    `export const SCENARIO_CATALOGUE = ${JSON.stringify({ defaults: scenarios.defaults, scenarios: scenarios.scenarios }, null, 2)} as const;`,
    "",
    "export type ScenarioName = (typeof SCENARIO_CATALOGUE)[\"scenarios\"][number][\"name\"];",
    "",
    "/** The access standard's parameters (x-ywjy-parameters): the numbers the standard names. */",
    `export const ACCESS_PARAMETERS = ${JSON.stringify(doc["x-ywjy-parameters"], null, 2)} as const;`,
  ];
  return [
    { path: "openapi/access.json", content: JSON.stringify(doc, null, 2) + "\n" },
    // The record schema's if/then dispatch by DATA_NO has no TypeScript form: drop the `& (unknown & …)` it becomes.
    tsFile("sdk/access.ts", GENERATOR, astToString(ast).replace(/ & \(unknown(?: & unknown)*\)/g, "") + extra.join("\n")),
  ];
}
