/**
 * Judging a target's answers against the access standard itself: every response is validated with the
 * ajv validators compiled from the bundled OpenAPI document (src/sdk/openapi.ts) — the status is one the
 * operation documents, the media type is the status's, the body meets its schema — and error answers
 * are read as RFC 9457 problem+json with the standard's stable codes. Nothing here throws for what a
 * target sends: a transport error, a body that is not JSON, or a wrong content type becomes a problem.
 */
import type { OperationId } from "../../generated/sdk/access.ts";
import { AccessApi, loadAccessApi, PROBLEM_CONTENT_TYPE, problemCodes, type ProblemCode } from "../../src/sdk/index.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";

let envelopes: AccessApi | undefined;

/**
 * The document with the report record judged as an envelope only: the document also holds each
 * record's `context` to its data set's contract, but the checks that read records judge the contexts
 * with the project's validator, rule by rule (data.payload-valid, scenario.records-valid), so that an
 * invalid payload fails those checks and not every check that happens to list records.
 */
function envelopeApi(): AccessApi {
  if (!envelopes) {
    const doc = structuredClone(loadAccessApi().document);
    const ref: string = doc.components.schemas.RecordItem.properties.record.$ref;
    const record = ref
      .slice(2)
      .split("/")
      .reduce((node: Record<string, any>, key: string) => node[key], doc);
    delete record.allOf;
    envelopes = new AccessApi(doc);
  }
  return envelopes;
}

/** The media type of a content-type header, lower case, without parameters. */
export const mediaTypeOf = (res: ProbeResponse): string | undefined => res.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();

const isJsonType = (type: string | undefined) => type === "application/json" || (type?.endsWith("+json") ?? false);

export interface ResponseOptions {
  /** Also judge the documented headers (X-Request-Id, ETag…); off by default, because dedicated checks judge them. */
  headers?: boolean;
}

/**
 * What is wrong with a response of an operation, as the document says (empty when it conforms).
 * Header requirements are left to the checks that own them (errors.request-id, data.etag), so that
 * one defect fails one check.
 */
export function responseProblems(op: OperationId, res: ProbeResponse, o: ResponseOptions = {}): string[] {
  if (res.error) return [`${res.error.code}: ${res.error.message}`];
  if (res.status === undefined) return ["no HTTP status"];
  const type = mediaTypeOf(res);
  if (isJsonType(type) && res.jsonError) return [`the ${type} body is not JSON: ${res.jsonError}`];
  const body = isJsonType(type) ? res.json : res.text === "" ? undefined : res.text;
  return envelopeApi()
    .validateResponse(op, { status: res.status, headers: res.headers, body })
    .filter((e) => o.headers || e.in !== "header")
    .map((e) => `${e.in}${e.name ? ` ${e.name}` : ""}: ${e.message}`);
}

/** Problems of a value against a named schema of the document (components/schemas). */
export function schemaProblems(name: string, value: unknown): string[] {
  return loadAccessApi()
    .validateSchema(name, value)
    .map((e) => `${e.name || "/"}: ${e.message}`);
}

export interface ProblemSeen {
  /** The content type is application/problem+json and the body is a JSON object. */
  problemJson: boolean;
  body?: Record<string, unknown>;
  code?: string;
}

/** Reads an error answer as problem+json. */
export function problemOf(res: ProbeResponse): ProblemSeen {
  const body = res.json !== null && typeof res.json === "object" && !Array.isArray(res.json) ? (res.json as Record<string, unknown>) : undefined;
  return {
    problemJson: mediaTypeOf(res) === PROBLEM_CONTENT_TYPE && body !== undefined,
    ...(body ? { body } : {}),
    ...(typeof body?.code === "string" ? { code: body.code } : {}),
  };
}

/** What is wrong with an error answer as RFC 9457 problem+json of the standard (empty when nothing). */
export function problemJsonProblems(res: ProbeResponse): string[] {
  if (res.error) return [`${res.error.code}: ${res.error.message}`];
  const out: string[] = [];
  const p = problemOf(res);
  if (mediaTypeOf(res) !== PROBLEM_CONTENT_TYPE) out.push(`content-type is ${res.headers["content-type"] ?? "(none)"}, not ${PROBLEM_CONTENT_TYPE}`);
  if (!p.body) return [...out, res.jsonError ? `the body is not JSON: ${res.jsonError}` : "the body is not a JSON object"];
  out.push(...schemaProblems("Problem", p.body));
  if (p.body.status !== res.status) out.push(`status in the body is ${JSON.stringify(p.body.status)}, the HTTP status ${res.status}`);
  const info = p.code ? problemCodes().get(p.code as ProblemCode) : undefined;
  if (info && info.status !== res.status) out.push(`code ${p.code} goes with status ${info.status}, not ${res.status}`);
  return out;
}

/** The HTTP status the standard gives an error code. */
export const statusOfCode = (code: ProblemCode): number => problemCodes().get(code)!.status;
