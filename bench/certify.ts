/**
 * `npm run bench -- certify`: the time of a full certification of the bundled reference trading system
 * (every suite, at the top level), and again with 100 ms of latency added to every request the runner
 * sends, by a small TCP proxy between the runner and the target that holds each chunk from the runner for
 * 100 ms. Each run gets a fresh platform session and a fresh reference system (the proxy run's reference
 * system names the proxy as its base URL, so its links lead through the proxy too). A first run warms up
 * (schemas compiled, the synthetic lifecycle made) and is printed as "cold".
 * Goals: the plain run under 15 s on a 2-core machine, the latency run under 3× the plain one.
 */
import { createServer, connect, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { certify } from "../conformance/certify.ts";
import { startPlatformSession } from "../conformance/platform-session.ts";
import { SyntheticRecordFactory } from "../conformance/reference-system/index.ts";
import { startReferenceTarget } from "../conformance/reference-target.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const LATENCY_MS = 100;
const GOAL_MS = 15_000;
const GOAL_RATIO = 3;

/** A TCP proxy that delays every chunk sent towards the upstream by `delayMs` (in order). */
async function latencyProxy(delayMs: number): Promise<{ url: string; upstream: (port: number) => void; close: () => Promise<void> }> {
  let upstreamPort = 0;
  const sockets = new Set<import("node:net").Socket>();
  const server: Server = createServer((client) => {
    const up = connect(upstreamPort, "127.0.0.1");
    sockets.add(client).add(up);
    client.on("data", (chunk) => void setTimeout(() => up.destroyed || up.write(chunk), delayMs));
    client.on("end", () => void setTimeout(() => up.end(), delayMs));
    up.pipe(client);
    const done = () => {
      client.destroy();
      up.destroy();
      sockets.delete(client);
      sockets.delete(up);
    };
    client.on("error", done).on("close", () => setTimeout(done, delayMs));
    up.on("error", done).on("close", done);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    upstream: (p) => (upstreamPort = p),
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

const records = new SyntheticRecordFactory();
const out = mkdtempSync(join(tmpdir(), "ywjy-bench-certify-"));

async function run(label: string, latency: boolean): Promise<number> {
  const platform = await startPlatformSession({ credentials: { clientId: "ywjy-bench" } });
  const proxy = latency ? await latencyProxy(LATENCY_MS) : undefined;
  const target = await startReferenceTarget({ platform, records, ...(proxy ? { publicUrl: proxy.url } : {}) });
  proxy?.upstream((target.system.server.address() as AddressInfo).port);
  const started = performance.now();
  const { report } = await certify({ target: proxy?.url ?? target.url, credentials: target.credentials, platform, outDir: join(out, label) });
  const ms = performance.now() - started;
  const s = report.summary.checks;
  console.log(
    `${label.padEnd(22)} ${(ms / 1000).toFixed(2).padStart(6)} s   checks: ${s.pass} pass, ${s.fail} fail, ${s.warn} warn, ${s.skip} skip, ${s.error} error; ${report.summary.certified ? "certified" : "NOT certified"} (${report.summary.achievedLevel ?? "no level"})`,
  );
  const byGroup = new Map<string, number>();
  for (const c of report.checks) byGroup.set(`${c.suite}/${c.group}`, (byGroup.get(`${c.suite}/${c.group}`) ?? 0) + c.durationMs);
  const slowest = [...report.checks].sort((a, b) => b.durationMs - a.durationMs).slice(0, Number(process.env.BENCH_SLOWEST ?? 4));
  console.log(`${"".padEnd(22)} by group: ${[...byGroup].map(([g, ms]) => `${g} ${(ms / 1000).toFixed(1)}`).join(", ")}`);
  console.log(`${"".padEnd(22)} slowest: ${slowest.map((c) => `${c.id} ${(c.durationMs / 1000).toFixed(1)} s`).join(", ")}`);
  await target.close();
  await proxy?.close();
  await platform.close();
  return ms;
}

try {
  await run("cold (first run)", false);
  const plain = await run("plain", false);
  const slow = await run(`+${LATENCY_MS} ms per request`, true);
  const ratio = slow / plain;
  console.log(`\nplain ${(plain / 1000).toFixed(2)} s (goal < ${GOAL_MS / 1000} s: ${plain < GOAL_MS ? "met" : "NOT met"}); with latency ${(slow / 1000).toFixed(2)} s = ${ratio.toFixed(2)}× (goal < ${GOAL_RATIO}×: ${ratio < GOAL_RATIO ? "met" : "NOT met"})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(0);
