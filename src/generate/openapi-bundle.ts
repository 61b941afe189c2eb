/**
 * Bundles an OpenAPI document of specs/ into one self-contained JSON document: every `$ref` to another
 * file (the generated data-set schemas, …) is replaced by a reference to a copy of that file under
 * `components.schemas`, named after the file (`report-record`, `500-PROJECT`), and `x-scenarios: <file>`
 * is replaced by the catalogue it names. Refs inside the copied files are followed the same way, relative
 * to the file that holds them. The copies lose `$id` and `$schema` (kept as `x-schema-id`), so that every
 * ref of the bundle is local and any JSON Schema 2020-12 validator can compile it.
 */
import { readFileSync } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { parse } from "yaml";
import { packageRoot } from "../paths.ts";

type Json = Record<string, any>;

/** Reads a file by absolute path; a generator passes one that serves files it is about to write. */
export type FileReader = (absolutePath: string) => string;

const readFromDisk: FileReader = (p) => readFileSync(p, "utf8");

function parseFile(path: string, text: string): Json {
  try {
    return (path.endsWith(".json") ? JSON.parse(text) : parse(text)) as Json;
  } catch (e) {
    throw new Error(`${relative(packageRoot, path)}: ${(e as Error).message}`);
  }
}

const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

export function bundleOpenApi(entry: string, read: FileReader = readFromDisk): Json {
  const doc = parseFile(entry, read(entry));
  const schemas: Json = (doc.components ??= {}).schemas ??= {};
  const nameOfFile = new Map<string, string>();

  /** The local name of an external file, copying it into components.schemas on first use. */
  const inline = (file: string, from: string): string => {
    const known = nameOfFile.get(file);
    if (known) return known;
    const name = basename(file).replace(/\.(json|ya?ml)$/, "");
    if (schemas[name] !== undefined) throw new Error(`${relative(packageRoot, from)}: ${relative(packageRoot, file)} would be bundled as components.schemas.${name}, which exists`);
    nameOfFile.set(file, name);
    let text: string;
    try {
      text = read(file);
    } catch {
      throw new Error(`${relative(packageRoot, from)}: $ref to ${relative(packageRoot, file)}, which cannot be read (run npm run generate?)`);
    }
    const { $id, $schema: _schema, ...schema } = parseFile(file, text);
    schemas[name] = { ...(typeof $id === "string" ? { "x-schema-id": $id } : {}), ...schema };
    rewrite(schemas[name], file);
    return name;
  };

  const rewrite = (node: unknown, file: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => rewrite(n, file));
    if (!node || typeof node !== "object") return;
    const obj = node as Json;
    for (const [key, value] of Object.entries(obj)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#")) {
        if (file !== entry) obj.$ref = `#/components/schemas/${escapePointer(nameOfFile.get(file)!)}${value.slice(1)}`;
      } else if (key === "$ref" && typeof value === "string") {
        const [path, fragment = ""] = value.split("#");
        const target = resolve(dirname(file), path!);
        obj.$ref = `#/components/schemas/${escapePointer(inline(target, file))}${fragment}`;
      } else if (key === "x-scenarios" && typeof value === "string") {
        const target = resolve(dirname(file), value);
        obj[key] = { source: relative(packageRoot, target).split("\\").join("/"), ...parseFile(target, read(target)) };
      } else rewrite(value, file);
    }
  };

  rewrite(doc, entry);
  return doc;
}
