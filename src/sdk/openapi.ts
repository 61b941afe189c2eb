/**
 * The access standard as a runtime object: the bundled OpenAPI document (generated/openapi/access.json,
 * made by `npm run generate` from specs/access/openapi.yaml) with its operations, a router over its paths,
 * and ajv validators compiled from the document itself — for request parameters and bodies and for every
 * documented response (status, media type, headers, body). A server uses them to check what it receives
 * and, in tests, what it answers; the conformance runner uses them to judge a target's answers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import ajvFormats from "ajv-formats";
import { IDENTIFIER_FORMATS } from "../identifiers/index.ts";
import { generatedDir } from "../paths.ts";
import type { OperationId } from "../../generated/sdk/access.ts";

type Json = Record<string, any>;

export const ACCESS_DOCUMENT_PATH = join(generatedDir, "openapi", "access.json");
const DOC_ID = "https://ggzy.xm.gov.cn/ywjy/openapi/access.json";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
/** Keywords OpenAPI 3.1 adds to JSON Schema (annotations for validation purposes). */
const OAS_KEYWORDS = ["discriminator", "xml", "externalDocs", "example"];
/** The top-level members of the document that ajv holds as one schema, so that pointers into them resolve. */
const DOCUMENT_MEMBERS = ["components", "paths"];

export interface ParameterInfo {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Json;
}

export interface OperationInfo {
  id: OperationId;
  method: string;
  /** The path template, e.g. /data-sets/{dataNo}/records. */
  path: string;
  /** The scopes of the platform token the operation needs; undefined when it needs no token. */
  scopes?: string[];
  parameters: ParameterInfo[];
  requirements: string[];
  hasBody: boolean;
  object: Json;
}

export interface ValidationError {
  in: "path" | "query" | "header" | "body" | "status" | "content-type";
  name: string;
  message: string;
}

export type RouteMatch =
  | { operation: OperationInfo; pathParams: Record<string, string> }
  | { error: "not-found" | "method-not-allowed"; allowed?: string[] };

export interface ResponseToCheck {
  status: number;
  /** Header names in any case. */
  headers: Record<string, string | undefined> | Headers;
  /** The parsed JSON body, or the text for non-JSON media types; undefined when there is none. */
  body?: unknown;
}

const decodePointer = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");
const encodePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

function collectExtensions(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => collectExtensions(n, into));
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith("x-")) into.add(k);
      collectExtensions(v, into);
    }
  return into;
}

const mediaType = (contentType: string | undefined) => contentType?.split(";")[0]?.trim().toLowerCase();

function headerGetter(headers: ResponseToCheck["headers"]): (name: string) => string | undefined {
  if (headers instanceof Headers) return (n) => headers.get(n) ?? undefined;
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return (n) => lower.get(n.toLowerCase()) ?? undefined;
}

/** Turns a parameter's text into the JSON type its schema wants, where the text is one (else leaves it as is). */
function coerce(text: string, schema: Json): unknown {
  const type = schema.type;
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

function formatErrors(where: ValidationError["in"], name: string, errors: ErrorObject[] | null | undefined): ValidationError[] {
  return (errors ?? []).map((e) => ({ in: where, name: name + (e.instancePath ? e.instancePath : ""), message: e.message ?? e.keyword }));
}

export class AccessApi {
  readonly document: Json;
  readonly ajv: Ajv2020;
  readonly operations = new Map<OperationId, OperationInfo>();
  private readonly routes: Array<{ path: string; regex: RegExp; names: string[]; byMethod: Map<string, OperationInfo> }> = [];
  private readonly compiled = new Map<string, ValidateFunction>();
  private dataSetIndex?: Map<number, { dataEn: string; zh: string; en: string; schema: string }>;

  constructor(document: Json) {
    this.document = document;
    this.ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true, inlineRefs: false });
    ajvFormats.default(this.ajv);
    for (const [name, check] of Object.entries(IDENTIFIER_FORMATS)) this.ajv.addFormat(name, { type: "string", validate: (v: string) => check(v) === true });
    for (const keyword of [...OAS_KEYWORDS, ...DOCUMENT_MEMBERS, ...collectExtensions(document.components?.schemas, new Set())]) this.ajv.addKeyword({ keyword });
    this.ajv.addSchema({ components: document.components, paths: document.paths }, DOC_ID);
    this.indexOperations();
  }

  private indexOperations(): void {
    const globalSecurity: Json[] = this.document.security ?? [];
    for (const [path, item] of Object.entries<Json>(this.document.paths ?? {})) {
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const regex = new RegExp("^" + path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "([^/]+)") + "$");
      const byMethod = new Map<string, OperationInfo>();
      for (const method of METHODS) {
        const op: Json | undefined = item[method];
        if (!op) continue;
        const security: Json[] = op.security ?? globalSecurity;
        const token = security.find((s) => "platformToken" in s);
        const params = new Map<string, ParameterInfo>();
        for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => this.deref(p))) {
          params.set(`${p.in}:${p.name}`, { name: p.name, in: p.in, required: p.required === true, schema: p.schema ?? {} });
        }
        const info: OperationInfo = {
          id: op.operationId,
          method: method.toUpperCase(),
          path,
          scopes: security.length === 0 || security.some((s) => Object.keys(s).length === 0) || !token ? undefined : (token.platformToken as string[]),
          parameters: [...params.values()],
          requirements: op["x-requirements"] ?? [],
          hasBody: op.requestBody !== undefined,
          object: op,
        };
        this.operations.set(info.id, info);
        byMethod.set(info.method, info);
      }
      this.routes.push({ path, regex, names, byMethod });
    }
    // Paths without templates first (OpenAPI 3.1 §4.8.8: concrete paths match before templated ones).
    this.routes.sort((a, b) => a.names.length - b.names.length);
  }

  /** Resolves a local `$ref` of the document (parameters, responses, headers, examples). */
  deref<T = Json>(node: Json): T {
    let n = node;
    for (let i = 0; n && typeof n.$ref === "string" && i < 20; i++) {
      n = n.$ref
        .slice(2)
        .split("/")
        .map(decodePointer)
        .reduce((acc: any, key: string) => acc?.[key], this.document);
    }
    if (!n) throw new Error(`unresolved $ref ${node.$ref}`);
    return n as T;
  }

  /** The data sets of the document (the bundled data-set schemas), by DATA_NO. */
  dataSets(): Map<number, { dataEn: string; zh: string; en: string; schema: string }> {
    this.dataSetIndex ??= new Map(
      Object.entries<Json>(this.document.components?.schemas ?? {})
        .filter(([, s]) => s["x-data-no"] !== undefined)
        .map(([name, s]) => [Number(s["x-data-no"]), { dataEn: String(s["x-data-en"]), zh: String(s["x-zh"]), en: String(s["x-en"]), schema: name }]),
    );
    return this.dataSetIndex;
  }

  operation(id: OperationId): OperationInfo {
    const op = this.operations.get(id);
    if (!op) throw new Error(`the access standard has no operation ${id}`);
    return op;
  }

  match(method: string, pathname: string): RouteMatch {
    for (const r of this.routes) {
      const m = r.regex.exec(pathname);
      if (!m) continue;
      const op = r.byMethod.get(method.toUpperCase()) ?? (method.toUpperCase() === "HEAD" ? r.byMethod.get("GET") : undefined);
      if (!op) return { error: "method-not-allowed", allowed: [...r.byMethod.keys()] };
      let pathParams: Record<string, string>;
      try {
        pathParams = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      } catch {
        return { error: "not-found" };
      }
      return { operation: op, pathParams };
    }
    return { error: "not-found" };
  }

  /** A validator for the schema at a JSON Pointer of the document (e.g. /components/schemas/Discovery). */
  validator(pointer: string): ValidateFunction {
    let v = this.compiled.get(pointer);
    if (!v) {
      v = this.ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      this.compiled.set(pointer, v);
    }
    return v;
  }

  /** Validates a value against a named component schema; returns the errors (empty when valid). */
  validateSchema(name: string, value: unknown, where: ValidationError["in"] = "body"): ValidationError[] {
    const v = this.validator(`/components/schemas/${encodePointer(name)}`);
    return v(value) ? [] : formatErrors(where, "", v.errors);
  }

  /**
   * Checks a request's parameters against the operation, coercing numbers and booleans; returns the
   * coerced values by location and the errors (each naming the parameter).
   */
  validateParameters(
    op: OperationInfo,
    given: { path?: Record<string, string>; query?: URLSearchParams; headers?: Record<string, string | string[] | undefined> },
  ): { values: { path: Record<string, unknown>; query: Record<string, unknown>; header: Record<string, unknown> }; errors: ValidationError[] } {
    const values = { path: {} as Record<string, unknown>, query: {} as Record<string, unknown>, header: {} as Record<string, unknown> };
    const errors: ValidationError[] = [];
    for (const p of op.parameters) {
      if (p.in === "cookie") continue;
      let raw: string | undefined;
      if (p.in === "path") raw = given.path?.[p.name];
      else if (p.in === "query") raw = given.query?.getAll(p.name).at(-1) ?? undefined;
      else {
        const h = given.headers?.[p.name.toLowerCase()];
        raw = Array.isArray(h) ? h.join(", ") : h;
      }
      if (raw === undefined) {
        if (p.required) errors.push({ in: p.in, name: p.name, message: "is required" });
        else if (p.schema.default !== undefined) values[p.in][p.name] = p.schema.default;
        continue;
      }
      const schema = p.schema.$ref ? this.deref(p.schema) : p.schema;
      const value = coerce(raw, schema);
      const pointer = this.parameterPointer(op, p);
      const v = this.validator(pointer);
      if (!v(value)) errors.push(...formatErrors(p.in, p.name, v.errors));
      else values[p.in][p.name] = value;
    }
    if (given.query) {
      const known = new Set(op.parameters.filter((p) => p.in === "query").map((p) => p.name));
      for (const name of new Set(given.query.keys())) if (!known.has(name)) errors.push({ in: "query", name, message: "is not a parameter of this operation" });
    }
    return { values, errors };
  }

  private parameterPointer(op: OperationInfo, p: ParameterInfo): string {
    const item = this.document.paths[op.path];
    const opObj = item[op.method.toLowerCase()];
    const find = (list: Json[] | undefined, base: string) => {
      const i = (list ?? []).findIndex((x) => {
        const d = this.deref(x);
        return d.name === p.name && d.in === p.in;
      });
      if (i < 0) return undefined;
      const raw = list![i]!;
      return raw.$ref ? `${raw.$ref.slice(1)}/schema` : `${base}/${i}/schema`;
    };
    const base = `/paths/${encodePointer(op.path)}`;
    return find(opObj.parameters, `${base}/${op.method.toLowerCase()}/parameters`) ?? find(item.parameters, `${base}/parameters`)!;
  }

  /** Checks a JSON request body against the operation's requestBody. */
  validateRequestBody(op: OperationInfo, body: unknown): ValidationError[] {
    const rb = op.object.requestBody ? this.deref(op.object.requestBody) : undefined;
    if (!rb) return body === undefined ? [] : [{ in: "body", name: "", message: "this operation takes no body" }];
    if (body === undefined) return rb.required ? [{ in: "body", name: "", message: "is required" }] : [];
    const pointer = `/paths/${encodePointer(op.path)}/${op.method.toLowerCase()}/requestBody/content/application~1json/schema`;
    const v = this.validator(pointer);
    return v(body) ? [] : formatErrors("body", "", v.errors);
  }

  /**
   * Checks a response against the document: the status is documented for the operation, the media type
   * is one the status documents, the documented required headers are present and valid, and the body
   * validates against the media type's schema. Returns the errors (empty when the response conforms).
   */
  validateResponse(id: OperationId, res: ResponseToCheck): ValidationError[] {
    const op = this.operation(id);
    const responses: Json = op.object.responses ?? {};
    const key = String(res.status) in responses ? String(res.status) : `${String(res.status)[0]}XX` in responses ? `${String(res.status)[0]}XX` : "default";
    if (!(key in responses)) return [{ in: "status", name: String(res.status), message: `status ${res.status} is not documented for ${id}` }];
    const response = this.deref(responses[key]);
    const responsePointer = responses[key].$ref ? responses[key].$ref.slice(1) : `/paths/${encodePointer(op.path)}/${op.method.toLowerCase()}/responses/${key}`;
    const get = headerGetter(res.headers);
    const errors: ValidationError[] = [];
    for (const [name, h] of Object.entries<Json>(response.headers ?? {})) {
      const header = this.deref(h);
      const value = get(name);
      if (value === undefined) {
        if (header.required) errors.push({ in: "header", name, message: "is required" });
        continue;
      }
      const schema = header.schema?.$ref ? this.deref(header.schema) : (header.schema ?? {});
      const v = this.validator(`${h.$ref ? h.$ref.slice(1) : `${responsePointer}/headers/${encodePointer(name)}`}/schema`);
      if (!v(coerce(value, schema))) errors.push(...formatErrors("header", name, v.errors));
    }
    const content: Json | undefined = response.content;
    if (!content) {
      if (res.body !== undefined && res.body !== "") errors.push({ in: "body", name: "", message: `status ${res.status} of ${id} has no body` });
      return errors;
    }
    const type = mediaType(get("content-type"));
    if (!type || !(type in content))
      return [...errors, { in: "content-type", name: type ?? "", message: `expected ${Object.keys(content).join(" or ")} for status ${res.status}` }];
    const v = this.validator(`${responsePointer}/content/${encodePointer(type)}/schema`);
    if (!v(res.body)) errors.push(...formatErrors("body", "", v.errors));
    return errors;
  }
}

let loaded: AccessApi | undefined;

/** The access standard of this package (generated/openapi/access.json), loaded once. */
export function loadAccessApi(): AccessApi {
  loaded ??= new AccessApi(JSON.parse(readFileSync(ACCESS_DOCUMENT_PATH, "utf8")) as Json);
  return loaded;
}
