import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";

/** Reads a YAML spec file; a syntax error names the file, line and column. */
export function readYamlFile<T>(path: string): T {
  const doc = parseDocument(readFileSync(path, "utf8"), { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0] ? `${e.linePos[0].line}:${e.linePos[0].col}` : "?";
    throw new Error(`${path}:${at}: ${e.message}`);
  }
  return doc.toJS() as T;
}
