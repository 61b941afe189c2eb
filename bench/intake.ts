/**
 * `npm run bench -- intake`: the mock platform's sustained intake — records per second through the whole
 * intake (access token, headers, registration, detached-JWS check, idempotency, sequence, the data
 * contracts' validator, storage, a signed receipt) — driven from a second process over loopback.
 *
 * This process runs the mock platform (state in memory) and, as the baseline, a bare node:http server
 * that reads each body and answers 200. A child process (this file with --driver) signs every message
 * beforehand, then posts them with a fixed concurrency, once to the baseline and once to the intake,
 * and reports the time. Two shapes: one record per message, and report packages of 100 records.
 * Bounded: YWJY_BENCH_INTAKE_RECORDS records per shape (default 4000) and 30 s per run.
 * Prints records/s, messages/s, and the intake's share of the baseline's rate.
 */
import { spawn } from "node:child_process";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHANNEL_HEADERS, CHANNEL_PATHS, CONTENT_TYPES, PUSH_SCOPE, type ReportRecord } from "../generated/sdk/channel.ts";
import { generateSigningKey, signDetached, type SigningKey } from "../src/auth/index.ts";
import { fromRoot } from "../src/paths.ts";
import { orderingKeyOf } from "../src/platform/ordering.ts";

const RECORDS = Number(process.env.YWJY_BENCH_INTAKE_RECORDS ?? 4000);
const CONCURRENCY = 16;
const PACKAGE_SIZE = 100;
const TIME_CAP_MS = 30_000;
const WARM_UP = 40;
const WARM_UP_PACKAGES = 3;
const SYSTEM_NO = "0201";

interface DriverJob {
  target: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  key: Record<string, unknown>;
  shape: "record" | "package";
  records: number;
  /** The first sequence number to use (runs against the intake continue the system's sequence). */
  firstSequence: number;
}

interface DriverResult {
  messages: number;
  records: number;
  ms: number;
  statuses: Record<string, number>;
}

/** The bundled examples of the system, cycled with fresh DATA_KEYs. */
function* records(n: number, offset: number, only?: number): Generator<ReportRecord> {
  const dir = fromRoot("specs/reporting/examples");
  const examples = readdirSync(dir)
    .filter((f) => f.endsWith(".json") && (only === undefined || f.startsWith(`${only}-`)))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ReportRecord)
    .filter((r) => r.DATA_KEY.startsWith(SYSTEM_NO));
  for (let i = 0; i < n; i++) {
    const r = structuredClone(examples[i % examples.length]!);
    r.DATA_KEY = `${SYSTEM_NO}${r.DATA_NO}${String(offset + i).padStart(22 - 4 - String(r.DATA_NO).length, "0")}`;
    yield r;
  }
}

async function driver(job: DriverJob): Promise<DriverResult> {
  const { importJWK } = await import("jose");
  const key: SigningKey = { alg: "ES256", kid: String(job.key.kid), privateKey: (await importJWK(job.key, "ES256")) as SigningKey["privateKey"], publicJwk: {} };
  const tokenResponse = await fetch(job.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: job.clientId, client_secret: job.clientSecret, scope: PUSH_SCOPE }),
  });
  const { access_token } = (await tokenResponse.json()) as { access_token: string };

  // Every message signed beforehand: the timed part is the platform's work and the transport.
  const bodies: Array<{ body: string; orderingKey: string; contentType: string; count: number }> = [];
  const offset = job.firstSequence * PACKAGE_SIZE;
  if (job.shape === "record") for (const r of records(job.records + WARM_UP, offset)) bodies.push({ body: JSON.stringify(r), orderingKey: orderingKeyOf(r) ?? r.DATA_KEY, contentType: CONTENT_TYPES.reportRecord, count: 1 });
  else {
    const all = [...records(job.records + WARM_UP_PACKAGES * PACKAGE_SIZE, offset, 502)];
    for (let i = 0; i < all.length; i += PACKAGE_SIZE) {
      const list = all.slice(i, i + PACKAGE_SIZE);
      const pkg = { packageId: crypto.randomUUID(), specVersion: "0.1.0", SYSTEM_NO, PLATFORM_CODE: list[0]!.context.PLATFORM_CODE, createdAt: new Date().toISOString(), records: list };
      bodies.push({ body: JSON.stringify(pkg), orderingKey: orderingKeyOf(list[0]) ?? list[0]!.DATA_KEY, contentType: CONTENT_TYPES.reportPackage, count: list.length });
    }
  }
  const occurredAt = new Date().toISOString();
  const messages = await Promise.all(
    bodies.map(async (b, i) => {
      const h = {
        [CHANNEL_HEADERS.eventId]: crypto.randomUUID(),
        [CHANNEL_HEADERS.systemNo]: SYSTEM_NO,
        [CHANNEL_HEADERS.sequence]: String(job.firstSequence + i),
        [CHANNEL_HEADERS.occurredAt]: occurredAt,
        [CHANNEL_HEADERS.orderingKey]: encodeURIComponent(b.orderingKey),
      };
      const signed = Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), k === CHANNEL_HEADERS.sequence ? Number(v) : v]));
      return { ...b, headers: { ...h, [CHANNEL_HEADERS.signature]: await signDetached(b.body, key, signed), "content-type": b.contentType, authorization: `Bearer ${access_token}` } };
    }),
  );

  // node:http with a keep-alive agent: far less client overhead than fetch, so the figure is the server's.
  const target = new URL(job.target);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses: Record<string, number> = {};
  const send = (m: (typeof messages)[number]) =>
    new Promise<void>((resolve, reject) => {
      const body = Buffer.from(m.body);
      const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent, headers: { ...m.headers, "content-length": body.length } }, (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          if (status >= 300 && !statuses[status]) process.stderr.write(`first ${status}: ${Buffer.concat(chunks).toString().slice(0, 400)}\n`);
          statuses[status] = (statuses[status] ?? 0) + 1;
          resolve();
        });
      });
      req.on("error", reject);
      req.end(body);
    });
  const warm = job.shape === "record" ? WARM_UP : WARM_UP_PACKAGES;
  for (const m of messages.slice(0, warm)) await send(m);
  const timed = messages.slice(warm, job.shape === "record" ? warm + job.records : warm + Math.ceil(job.records / PACKAGE_SIZE));
  let next = 0;
  let sentRecords = 0;
  let sentMessages = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < timed.length && performance.now() - start < TIME_CAP_MS) {
        const m = timed[next++]!;
        await send(m);
        sentRecords += m.count;
        sentMessages++;
      }
    }),
  );
  const ms = performance.now() - start;
  agent.destroy();
  return { messages: sentMessages, records: sentRecords, ms, statuses };
}

function runDriver(job: DriverJob): Promise<DriverResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--driver"], { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as DriverResult) : reject(new Error(`the driver exited ${code}`))));
    child.stdin.end(JSON.stringify(job));
  });
}

async function main(): Promise<void> {
  const { startMockPlatform } = await import("../src/platform/index.ts");
  const key = await generateSigningKey();
  const client = { clientId: "bench-0201", clientSecret: crypto.randomUUID() };
  const platform = await startMockPlatform({ clients: [{ ...client, systemNo: SYSTEM_NO, jwks: { keys: [key.publicJwk] } }] });
  const echo = createServer((req, res) => {
    req.on("data", () => {});
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end('{"status":"accepted"}'));
  });
  await new Promise<void>((r) => echo.listen(0, "127.0.0.1", r));
  const echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/`;
  const base = { tokenUrl: platform.auth.url("token"), ...client, key: key.privateJwk as Record<string, unknown>, records: RECORDS };

  console.log(`intake bench: ${RECORDS} records per shape, ${CONCURRENCY} concurrent requests from a second process over loopback (cap ${TIME_CAP_MS / 1000} s per run)`);
  let sequence = 1;
  for (const shape of ["record", "package"] as const) {
    const baseline = await runDriver({ ...base, target: echoUrl, shape, firstSequence: 1 });
    const intake = await runDriver({ ...base, target: platform.intakeUrl + CHANNEL_PATHS.reports, shape, firstSequence: sequence });
    sequence += intake.messages + (shape === "record" ? WARM_UP : WARM_UP_PACKAGES);
    const rate = (r: DriverResult) => r.records / (r.ms / 1000);
    const label = shape === "record" ? "one record per message" : `packages of ${PACKAGE_SIZE} records`;
    const refused = Object.entries(intake.statuses).filter(([s]) => s !== "200" && s !== "202");
    console.log(
      `  ${label.padEnd(26)} intake ${rate(intake).toFixed(0).padStart(7)} records/s (${(intake.messages / (intake.ms / 1000)).toFixed(0)} messages/s, ${intake.records} records in ${(intake.ms / 1000).toFixed(2)} s)` +
        `  baseline ${rate(baseline).toFixed(0)} records/s  ratio ${(rate(intake) / rate(baseline)).toFixed(3)}` +
        (refused.length ? `  NOT ACCEPTED: ${refused.map(([s, n]) => `${n}×${s}`).join(", ")}` : ""),
    );
  }
  const status = platform.intake.sequenceStatus(SYSTEM_NO);
  console.log(`  platform holds ${platform.intake.records({ systemNo: SYSTEM_NO }).length} records; sequence applied through ${status.appliedThrough}, ${status.gaps.length} gaps`);
  echo.close();
  await platform.close();
}

if (process.argv.includes("--driver")) {
  let input = "";
  for await (const c of process.stdin) input += c;
  process.stdout.write(JSON.stringify(await driver(JSON.parse(input) as DriverJob)));
} else await main();
