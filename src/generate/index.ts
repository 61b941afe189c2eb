import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { generatedDir } from "../paths.ts";
import { generateAsyncApiTypes } from "./asyncapi-types.ts";
import { generateDocsSite } from "./docs-site.ts";
import type { GeneratedFile } from "./generated-file.ts";
import { generateJavaSdk } from "./java-sdk.ts";
import { generateJsonSchemas } from "./json-schemas.ts";
import { generatePlatformEndpoints } from "./platform-endpoints.ts";
import { generateAccessApi } from "./openapi-types.ts";
import { generateReportSchema } from "./report-schema.ts";
import { generateSdkTypes } from "./sdk-types.ts";

/** Every generator, in the order they run. Each returns the files it owns under generated/. */
export async function generateAll(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [...generateJsonSchemas(), ...generateSdkTypes(), ...generateReportSchema(), ...generateAsyncApiTypes(), ...generatePlatformEndpoints()];
  // The access standard refers to the generated schemas: it reads them from this run's files.
  files.push(...(await generateAccessApi(files)));
  // The Java SDK's data and types come from this run's schemas and access document.
  files.push(...generateJavaSdk(files));
  // The docs site renders the schemas and the bundled API document of this run.
  files.push(...generateDocsSite(files));
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two generators write generated/${f.path}`);
    seen.add(f.path);
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

/** The generated/ paths that differ from `files`: changed, missing or left over. */
export function checkGenerated(files: GeneratedFile[]): string[] {
  const drift: string[] = [];
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    const p = join(generatedDir, f.path);
    if (!existsSync(p)) drift.push(`missing  generated/${f.path}`);
    else if (readFileSync(p, "utf8") !== f.content) drift.push(`changed  generated/${f.path}`);
  }
  for (const p of listFiles(generatedDir)) {
    const rel = relative(generatedDir, p).split("\\").join("/");
    if (!wanted.has(rel)) drift.push(`leftover generated/${rel}`);
  }
  return drift;
}

export function writeGenerated(files: GeneratedFile[]): { written: number; removed: number } {
  let written = 0;
  let removed = 0;
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    const p = join(generatedDir, f.path);
    if (existsSync(p) && readFileSync(p, "utf8") === f.content) continue;
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.content);
    written++;
  }
  for (const p of listFiles(generatedDir)) {
    if (!wanted.has(relative(generatedDir, p).split("\\").join("/"))) {
      rmSync(p);
      removed++;
    }
  }
  return { written, removed };
}
