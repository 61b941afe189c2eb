/**
 * A vendor's trading system on node:http, written against ywjy/sdk only: routes and parameters from the
 * access standard's document, platform tokens checked by the scopes the document gives each operation,
 * typed answers, problem+json errors, the standard's connection limits, and every new record handed to a RecordSink.
 * Compiled with `tsc --noEmit` by tests/sdk/sample-vendor.test.ts (never run there).
 */
import {
  accessTokenVerifier,
  authorize,
  createLimitedServer,
  loadAccessApi,
  noopRecordSink,
  problem,
  ProblemError,
  requestIdOf,
  sendJson,
  sendProblem,
  type RecordSink,
  type ResponseBody,
} from "ywjy/sdk";

const api = loadAccessApi();
const verify = accessTokenVerifier(new URL("https://ggzy.xm.gov.cn/ywjy/.well-known/jwks.json"), { issuer: "https://ggzy.xm.gov.cn/ywjy", audience: "urn:ywjy:system:0201" });
/** A record as the access API carries it. */
type ApiRecord = ResponseBody<"getRecord">["record"];
const records: ApiRecord[] = [];
const sink: RecordSink = noopRecordSink;

function health(): ResponseBody<"getHealth"> {
  return { status: "ok", specVersion: api.document.info.version, time: new Date().toISOString() };
}

function page(): ResponseBody<"listRecords"> {
  return { items: records.map((record) => ({ updatedAt: new Date().toISOString(), record })), nextCursor: null };
}

export async function addProject(record: ApiRecord): Promise<void> {
  records.push(record);
  await sink.publish({ record, occurredAt: new Date().toISOString(), tenderProjectCode: `${record.context.PROJECT_CODE}001` });
}

// createLimitedServer keeps the standard's timeouts, connection cap and header limit (ACC-ERR-06).
export const server = createLimitedServer(async (req, res) => {
  const requestId = requestIdOf(req);
  const url = new URL(req.url ?? "/", "http://localhost");
  try {
    const m = api.match(req.method ?? "GET", url.pathname);
    if ("error" in m) throw new ProblemError(m.error === "not-found" ? "not-found" : "method-not-allowed");
    await authorize(verify, m.operation, req.headers.authorization);
    const { errors } = api.validateParameters(m.operation, { path: m.pathParams, query: url.searchParams, headers: req.headers });
    if (errors.length) throw new ProblemError("invalid-request", "bad parameters", { errors });
    if (m.operation.id === "getHealth") return sendJson(res, 200, health(), { "X-Request-Id": requestId });
    if (m.operation.id === "listRecords") return sendJson(res, 200, page(), { "X-Request-Id": requestId });
    throw new ProblemError("not-found");
  } catch (e) {
    const p = e instanceof ProblemError ? e.toProblem(url.pathname, requestId) : problem("internal-error", { requestId });
    sendProblem(res, p, { "X-Request-Id": requestId, ...(e instanceof ProblemError ? e.extra.headers : {}) });
  }
});
