/**
 * What the access suite's checks share through ctx.state, under stable keys, so that a check can
 * rely on an earlier one's findings (the discovery document, the scenario results, the records
 * listed) and later suites (the reporting channel's) can read them too:
 *
 *   discovery         the target's discovery document as served (an object, possibly not conforming)
 *   audience          auth.audience of the discovery document (the TokenKit's `aud`)
 *   identity          the target's identity for the report (SYSTEM_NO, PLATFORM_CODE, name, operator, baseUrl)
 *   scenario-results  Map<scenario name, ScenarioRun>: what each catalogue scenario answered (default codes)
 *   scenario-log      ScenarioRun[]: every scenario run the suite triggered, in order (also those with
 *                     fresh codes, by data.pagination-concurrent and audit.append-only) — every record
 *                     in them is one the target should have pushed
 *   audit-baseline    Map<tenderProjectCode, number | undefined>: trail length before this run's scenarios
 *   records           Map<DATA_NO, RecordItem[]>: every record the query API listed (data.list)
 */
import { randomUUID } from "node:crypto";
import type { components, OperationId } from "../../generated/sdk/access.ts";
import { loadAccessApi, SCENARIO_CATALOGUE, scenarioByName, scenarioCodes, type ScenarioCodes } from "../../src/sdk/index.ts";
import type { CheckContext } from "../context.ts";
import type { ProbeResponse } from "../runner/http-probe.ts";

export type Discovery = components["schemas"]["Discovery"];
export type RecordItem = components["schemas"]["RecordItem"];
export type ScenarioResult = components["schemas"]["ScenarioResult"];
export type AuditEntry = components["schemas"]["AuditEntry"];

export const STATE = {
  discovery: "discovery",
  audience: "audience",
  identity: "identity",
  scenarioResults: "scenario-results",
  scenarioLog: "scenario-log",
  scenarioAttempts: "scenario-attempts",
  auditBaseline: "audit-baseline",
  records: "records",
} as const;

export interface ScenarioRun {
  name: string;
  input: Record<string, string>;
  codes: ScenarioCodes;
  result: ScenarioResult;
  /** When the runner triggered it (epoch ms). */
  triggeredAt: number;
}

/** A value made once per run and shared by every check that asks (concurrent askers share the promise). */
export function once<T>(ctx: CheckContext, key: string, make: () => Promise<T>): Promise<T> {
  const k = `once:${key}`;
  let p = ctx.state.get(k) as Promise<T> | undefined;
  if (!p) {
    p = make();
    ctx.state.set(k, p);
  }
  return p;
}

const isObject = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The discovery document, fetched once (no token). Whenever it is a JSON object, what others need of
 * it goes into the state at once — the audience for tokens, the identity for the report — even when
 * it does not fully conform; discovery.document judges it.
 */
export function discoveryResponse(ctx: CheckContext): Promise<ProbeResponse> {
  return once(ctx, "discovery-response", async () => {
    const res = await ctx.probe.send({ path: "/.well-known/ywjy" });
    if (res.status === 200 && isObject(res.json)) {
      const d = res.json;
      ctx.state.set(STATE.discovery, d);
      if (isObject(d.auth) && typeof d.auth.audience === "string") ctx.state.set(STATE.audience, d.auth.audience);
      const identity = Object.fromEntries(["SYSTEM_NO", "PLATFORM_CODE", "name", "operator", "baseUrl", "specVersions"].filter((k) => k in d).map((k) => [k, d[k]]));
      ctx.state.set(STATE.identity, identity);
    }
    return res;
  });
}

/** The discovery document as far as it was read (fields may be missing when it does not conform). */
export async function discovery(ctx: CheckContext): Promise<Partial<Discovery>> {
  await discoveryResponse(ctx);
  return (ctx.state.get(STATE.discovery) as Partial<Discovery> | undefined) ?? {};
}

/** The sample lifecycle codes of the scenario catalogue (its defaults). */
export function sampleCodes(): ScenarioCodes {
  return scenarioCodes(scenarioByName(SCENARIO_CATALOGUE.scenarios[0].name)!) as ScenarioCodes;
}

/** The data sets the target says it serves (discovery), else the sample's first. */
export async function servedDataSets(ctx: CheckContext): Promise<number[]> {
  const d = await discovery(ctx);
  return Array.isArray(d.dataSets) && d.dataSets.length ? d.dataSets.filter((n) => Number.isInteger(n)) : [SCENARIO_CATALOGUE.scenarios[0].effects[0].DATA_NO];
}

/** A DATA_KEY of the right shape that the target has (almost certainly) never handed out. */
export function unknownDataKey(systemNo: string | undefined, dataNo: number): string {
  const prefix = (systemNo ?? "0000") + String(dataNo);
  return (prefix + "9".repeat(22)).slice(0, 22);
}

function stateValue<T>(ctx: CheckContext, key: string, make: () => T): T {
  if (!ctx.state.has(key)) ctx.state.set(key, make());
  return ctx.state.get(key) as T;
}

/** The catalogue scenarios run with their default codes, by name. */
export const scenarioRuns = (ctx: CheckContext) => stateValue(ctx, STATE.scenarioResults, () => new Map<string, ScenarioRun>());
/** Every scenario run of this certification, in order. */
export const scenarioLog = (ctx: CheckContext) => stateValue(ctx, STATE.scenarioLog, (): ScenarioRun[] => []);
/** The names of the scenarios this certification has triggered, whatever the answer. */
export const scenarioAttempts = (ctx: CheckContext) => stateValue(ctx, STATE.scenarioAttempts, () => new Set<string>());
/** Audit trail lengths before this run's scenarios, by tender project. */
export const auditBaselines = (ctx: CheckContext) => stateValue(ctx, STATE.auditBaseline, () => new Map<string, number | undefined>());

/** The token scopes an operation needs (from the document). */
export const scopesOf = (op: OperationId): string[] => loadAccessApi().operation(op).scopes ?? [];

export interface CallOptions {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  /** A JSON body (sent with content-type application/json). */
  body?: unknown;
  /** The token's scopes; the operation's own (from the document) by default; null sends no token. */
  scopes?: string[] | null;
  followRedirects?: boolean;
}

/** The path of an operation of the document, with its parameters filled in and a query. */
export function pathOf(op: OperationId, params: Record<string, string | number> = {}, query: Record<string, string | number | undefined> = {}): string {
  const path = loadAccessApi()
    .operation(op)
    .path.replace(/\{([^}]+)\}/g, (_, k: string) => encodeURIComponent(String(params[k] ?? "")));
  const q = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  return q ? `${path}?${q}` : path;
}

/**
 * Calls an operation of the access standard on the target: its method and path from the document, a
 * platform token with the scopes the document gives it (unless told otherwise), and a fresh
 * X-Request-Id so that the target's logs can find the call.
 */
export async function call(ctx: CheckContext, op: OperationId, o: CallOptions = {}): Promise<ProbeResponse> {
  const info = loadAccessApi().operation(op);
  const scopes = o.scopes === undefined ? info.scopes : (o.scopes ?? undefined);
  const headers: Record<string, string> = {
    "x-request-id": `ywjy-${randomUUID()}`,
    ...(scopes ? await ctx.tokens.bearer(...scopes) : {}),
    ...(o.body !== undefined ? { "content-type": "application/json" } : {}),
    ...o.headers,
  };
  return ctx.probe.send({
    method: info.method,
    path: pathOf(op, o.params, o.query),
    headers,
    ...(o.body !== undefined ? { body: JSON.stringify(o.body) } : {}),
    ...(o.followRedirects !== undefined ? { followRedirects: o.followRedirects } : {}),
  });
}
