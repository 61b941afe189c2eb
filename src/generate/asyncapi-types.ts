/**
 * The reporting channel (specs/reporting/asyncapi.yaml) → message, header, receipt and reconciliation
 * types for vendors (generated/sdk/channel.ts) and the JSON Schemas of those shapes
 * (generated/schemas/channel.json): data and types only.
 *
 * Reads the document as YAML (the AsyncAPI parser is heavy and is loaded only where a document is
 * validated): components.schemas become interfaces; header names, addresses, content types, receipt
 * status codes, the channel parameters and the intake rules become constants.
 */
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import { readYamlFile } from "../specs/yaml-file.ts";
import { generatedStamp, jsonFile, tsFile, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/asyncapi-types.ts";
export const asyncapiPath = join(specsDir, "reporting", "asyncapi.yaml");

type Schema = Record<string, any>;

export interface ChannelParameter {
  value: number | string;
  unit: string;
  zh: string;
  en: string;
  source: string;
  decision?: string;
}

export interface IntakeRule {
  severity: "error" | "warning" | "info";
  status: number;
  sequenceConsumed: boolean;
  requirement: string;
  zh: string;
  en: string;
}

export interface AsyncApiDocument {
  asyncapi: string;
  info: { version: string };
  servers: Record<string, { host: string; pathname?: string; protocol: string }>;
  channels: Record<string, { address: string | null; messages?: Record<string, Schema> }>;
  components: {
    schemas: Record<string, Schema>;
    messages: Record<string, Schema>;
    securitySchemes: Record<string, Schema>;
  };
  "x-ywjy-parameters": Record<string, ChannelParameter>;
  "x-ywjy-intake-rules": Record<string, IntakeRule>;
  "x-ywjy-ordering-fields": string[];
}

export function loadAsyncApi(): AsyncApiDocument {
  return readYamlFile<AsyncApiDocument>(asyncapiPath);
}

const REF = "#/components/schemas/";

/** The channel's own HTTP headers (Ywjy-…) of the report, manifest and receipt header schemas. */
export function channelHeaderNames(api: AsyncApiDocument): string[] {
  const names = new Set<string>();
  for (const n of ["ReportHeaders", "ManifestHeaders", "ReceiptHeaders"]) for (const h of Object.keys(api.components.schemas[n]?.properties ?? {})) names.add(h);
  return [...names].filter((h) => h.startsWith("Ywjy-"));
}
const identifier = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
const camel = (header: string) =>
  header
    .replace(/^Ywjy-/, "")
    .split("-")
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("");

function doc(s: Schema, indent: string): string {
  const text = [s.title, s.description].filter(Boolean).join(" — ");
  return text ? `${indent}/** ${String(text).replace(/\*\//g, "*\\/").replace(/\s*\n\s*/g, " ")} */\n` : "";
}

/** A JSON Schema (the subset the channel document uses) as a TypeScript type. */
function tsType(s: Schema, indent: string): string {
  if (s.$ref) {
    if (!String(s.$ref).startsWith(REF)) throw new Error(`${asyncapiPath}: only local schema refs are supported here, got ${s.$ref}`);
    return String(s.$ref).slice(REF.length);
  }
  if (s.enum) return s.enum.map((v: unknown) => JSON.stringify(v)).join(" | ");
  if (s.const !== undefined) return JSON.stringify(s.const);
  switch (s.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `${wrap(tsType(s.items ?? {}, indent))}[]`;
    case "object":
      return objectType(s, indent);
    default:
      return "unknown";
  }
}

const wrap = (t: string) => (t.includes("|") ? `(${t})` : t);

function objectType(s: Schema, indent: string): string {
  const props = Object.entries<Schema>(s.properties ?? {});
  if (props.length === 0) return "Record<string, unknown>";
  const required = new Set<string>(s.required ?? []);
  const inner = indent + "  ";
  const lines = props.map(([name, p]) => `${doc(p, inner)}${inner}${identifier(name)}${required.has(name) ? "" : "?"}: ${tsType(p, inner)};`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

/** The channel's JSON Schemas, refs rewritten to `#/definitions/…`, for any draft-07 validator. */
export function channelSchemas(api: AsyncApiDocument = loadAsyncApi()): Schema {
  const rewrite = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(rewrite);
    if (v && typeof v === "object")
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "$ref" ? String(x).replace(REF, "#/definitions/") : rewrite(x)]));
    return v;
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "channel.json",
    $comment: generatedStamp(GENERATOR),
    title: "Reporting channel shapes (specs/reporting/asyncapi.yaml components.schemas)",
    definitions: rewrite(api.components.schemas),
  };
}

export function generateAsyncApiTypes(): GeneratedFile[] {
  const api = loadAsyncApi();
  const out: string[] = [];
  out.push(`import type { ReportPackage, ReportRecord } from "./reporting.ts";`);
  out.push("");
  out.push("export type { ReportPackage, ReportRecord };");
  out.push("");
  out.push("// Shapes of the channel (components.schemas).");
  for (const [name, s] of Object.entries(api.components.schemas)) {
    const t = tsType(s, "");
    out.push(doc(s, "") + (s.type === "object" && !s.$ref ? `export interface ${name} ${t}` : `export type ${name} = ${t};`));
    out.push("");
  }

  const headers = Object.fromEntries(channelHeaderNames(api).map((h) => [camel(h), h]));
  out.push("/** The channel's own HTTP headers, by a short name. The signature's protected header repeats the signed ones in lower case. */");
  out.push(`export const CHANNEL_HEADERS = ${JSON.stringify(headers, null, 2)} as const;`);
  out.push("");

  const platform = api.servers.platform;
  if (!platform?.pathname) throw new Error(`${asyncapiPath}: servers.platform.pathname is missing`);
  out.push("/** The path of the intake under a platform's origin (servers.*.pathname). */");
  out.push(`export const CHANNEL_BASE_PATH = ${JSON.stringify(platform.pathname)};`);
  out.push("");
  const paths = Object.fromEntries(Object.entries(api.channels).filter(([, c]) => c.address).map(([id, c]) => [id, c.address]));
  out.push("/** The channels' addresses under CHANNEL_BASE_PATH. */");
  out.push(`export const CHANNEL_PATHS = ${JSON.stringify(paths, null, 2)} as const;`);
  out.push("");

  const contentTypes: Record<string, string> = {};
  const statusCodes: Record<string, number> = {};
  for (const [id, m] of Object.entries(api.components.messages)) {
    if (m.contentType) contentTypes[id] = m.contentType;
    if (m.bindings?.http?.statusCode) statusCodes[id] = m.bindings.http.statusCode;
  }
  out.push("/** The content type of each message. */");
  out.push(`export const CONTENT_TYPES = ${JSON.stringify(contentTypes, null, 2)} as const;`);
  out.push("");
  out.push("/** The HTTP status of each reply message. */");
  out.push(`export const REPLY_STATUS = ${JSON.stringify(statusCodes, null, 2)} as const;`);
  out.push("");

  const scopes = Object.keys(api.components.securitySchemes.platformToken?.flows?.clientCredentials?.availableScopes ?? {});
  if (scopes.length !== 1) throw new Error(`${asyncapiPath}: securitySchemes.platformToken should offer exactly one scope`);
  out.push("/** The access-token scope a push needs. */");
  out.push(`export const PUSH_SCOPE = ${JSON.stringify(scopes[0])};`);
  out.push("");

  out.push("/** The fields that name a record's tender project (its ordering key), in order of preference. */");
  out.push(`export const ORDERING_KEY_FIELDS = ${JSON.stringify(api["x-ywjy-ordering-fields"])} as const;`);
  out.push("");
  out.push("/** The channel parameters (x-ywjy-parameters): the numbers the channel names. */");
  out.push(`export const CHANNEL_PARAMETERS = ${JSON.stringify(api["x-ywjy-parameters"], null, 2)} as const;`);
  out.push("");
  out.push("export type ChannelParameterName = keyof typeof CHANNEL_PARAMETERS;");
  out.push("");
  out.push("/** Why the platform refuses a message or warns about it (x-ywjy-intake-rules); `{name}` in a message is a parameter. */");
  out.push(`export const INTAKE_RULES = ${JSON.stringify(api["x-ywjy-intake-rules"], null, 2)} as const;`);
  out.push("");
  out.push("export type IntakeRuleId = keyof typeof INTAKE_RULES;");

  return [tsFile("sdk/channel.ts", GENERATOR, out.join("\n")), jsonFile("schemas/channel.json", channelSchemas(api))];
}

export interface AsyncApiDiagnostic {
  code: string;
  message: string;
  path: string;
  severity: "error" | "warning" | "info" | "hint";
}

const SEVERITIES = ["error", "warning", "info", "hint"] as const;

/**
 * Parses the channel document with @asyncapi/parser (loaded here, on demand: it is heavy) and returns
 * its diagnostics. The one informational diagnostic suggesting a newer AsyncAPI version is left out.
 */
export async function checkAsyncApiDocument(path: string = asyncapiPath): Promise<AsyncApiDiagnostic[]> {
  const { Parser, fromFile } = await import("@asyncapi/parser");
  const { diagnostics } = await fromFile(new Parser(), path).parse();
  return diagnostics
    .filter((d) => d.code !== "asyncapi-latest-version")
    .map((d) => ({ code: String(d.code), message: d.message, path: d.path.join("/"), severity: SEVERITIES[d.severity] ?? "error" }));
}
