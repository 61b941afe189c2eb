/**
 * Reads the credentials file of `ywjy certify --credentials FILE`: JSON, or YAML when its name ends in
 * .yaml or .yml. Its contract is specs/conformance/credentials.ts; the file is checked against the
 * schema generated from it (generated/schemas/credentials.json) and every problem is reported at once,
 * each with its JSON path. Nothing from this file is ever written to a report or log.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { parse as parseYaml } from "yaml";
import { generatedDir } from "../src/paths.ts";
import type { Credentials } from "../specs/conformance/credentials.ts";

export type { Credentials, Jwk, JwkSet, PlatformClient, PrivateJwk } from "../specs/conformance/credentials.ts";

export class CredentialsError extends Error {
  constructor(
    readonly file: string,
    /** Every problem found, each starting with its JSON path (`/platformClients/0/systemNo: …`). */
    readonly problems: string[],
  ) {
    super(problems.length === 1 ? `${file}: ${problems[0]}` : `${file}: ${problems.length} problems\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
}

let validator: ValidateFunction | undefined;
function credentialsValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(join(generatedDir, "schemas", "credentials.json"), "utf8")) as Record<string, unknown>;
    validator = new Ajv({ allErrors: true, strictTypes: false }).compile(schema);
  }
  return validator;
}

/** One problem as `JSON path: message`, in the words the guide uses. */
function describe(e: ErrorObject): string {
  const path = e.instancePath || "/";
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return `${e.instancePath}/${String(p.missingProperty)}: is required`;
    case "additionalProperty":
    case "additionalProperties":
      return `${e.instancePath}/${String(p.additionalProperty)}: is not a member of ${e.instancePath || "the file"} (a typo?)`;
    case "pattern":
      return `${path}: must match ${String(p.pattern)}${e.instancePath.endsWith("/systemNo") ? " (4 letters or digits)" : ""}`;
    default:
      return `${path}: ${e.message ?? e.keyword}`;
  }
}

/** Every problem of the credentials `value`, each starting with its JSON path; empty when it is valid. */
export function credentialsProblems(value: unknown): string[] {
  const validate = credentialsValidator();
  const problems = validate(value) ? [] : (validate.errors ?? []).map(describe);
  // What the schema cannot say: the key and the issuer go together.
  const c = value as Partial<Credentials> | null;
  if (c && typeof c === "object" && !Array.isArray(c) && c.platformKey !== undefined && c.issuer === undefined) problems.push("/issuer: is required with /platformKey (the issuer the system trusts that key for)");
  return [...new Set(problems)];
}

/** Parses the text of a credentials file: YAML for .yaml and .yml, else JSON. */
export function parseCredentials(path: string, text: string): unknown {
  const yaml = /\.ya?ml$/i.test(path);
  try {
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new CredentialsError(path, [`not valid ${yaml ? "YAML" : "JSON"} (${(e as Error).message.split("\n")[0]})`]);
  }
}

export function loadCredentials(path: string): Credentials {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CredentialsError(path, [code === "ENOENT" ? "no such file" : (code ?? "cannot be read")]);
  }
  const value = parseCredentials(path, text);
  const problems = credentialsProblems(value);
  if (problems.length) throw new CredentialsError(path, problems);
  return value as Credentials;
}
