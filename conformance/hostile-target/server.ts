/**
 * A deliberately hostile target for the runner's robustness tests: it hangs, sends endless or
 * enormous bodies, loops redirects, redirects off-origin, answers garbage, resets the connection,
 * or (bloat) answers every data path with about 7 MB of JSON — under the runner's 8 MB cap, so that
 * every answer is read whole — behind a discovery document the checks can go on from, or (markup)
 * answers markup in its name, its headers and its bodies.
 * Every behaviour sits at its own path, and `/*` answers by the `HOSTILE_MODE` of the server.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadManifest } from "../../src/specs/manifest.ts";

export type HostileMode = "hang" | "huge" | "slow" | "redirect-loop" | "redirect-away" | "garbage" | "reset" | "wrong-type" | "html" | "bloat" | "markup";

/** Markup a `markup` target puts in every string it answers: the report formats must show it as text. */
export const MARKUP = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> | **bold** [x](javascript:window.pwned=3)';

/** The size of a bloated answer: under the runner's default body cap (8 MB), so that it is read and parsed whole. */
export const BLOAT_BYTES = 7 * 1024 * 1024;

/**
 * A record page of about BLOAT_BYTES: thousands of records, and a next cursor that never ends (the
 * runner's page limit or deadline must). Made once; only the cursor differs from answer to answer.
 */
let bloatParts: { head: Buffer; tail: Buffer } | undefined;
function bloatedPage(cursor: number): Buffer {
  if (!bloatParts) {
    const item = (i: number) =>
      JSON.stringify({ updatedAt: "2026-11-27T08:00:00.000Z", record: { DATA_NO: 502, DATA_EN: "TENDER_PROJECT", DATA_TYPE: "1", DATA_KEY: `0201502${String(i).padStart(15, "0")}`, context: { NOTE: "x".repeat(900) } } });
    const one = Buffer.byteLength(item(0)) + 1;
    const items = Array.from({ length: Math.floor(BLOAT_BYTES / one) }, (_, i) => item(i)).join(",");
    bloatParts = { head: Buffer.from(`{"items":[${items}],"nextCursor":"`), tail: Buffer.from(`"}`) };
  }
  return Buffer.concat([bloatParts.head, Buffer.from(String(cursor)), bloatParts.tail]);
}

/** A discovery document and health status that conform, so that the checks go on to the data paths. */
function bloatDiscovery(base: string, name = { zh: "臃肿的系统", en: "A bloated system" }): string {
  return JSON.stringify({
    SYSTEM_NO: "0201",
    PLATFORM_CODE: "91350200MA30201Y89",
    name,
    operator: { name: "hostile", creditCode: "91350200MA30201Y89" },
    domains: ["engineering"],
    specVersions: [loadManifest().version],
    baseUrl: base,
    sandbox: true,
    auth: { issuer: "urn:ywjy:any", audience: "urn:ywjy:system:0201", scopes: ["records:read", "audit:read", "conformance:run"] },
    sso: { provider: "urn:ywjy:any", clientId: "system-0201", loginUrl: `${base}/sso/login`, callbackUrl: `${base}/sso/callback` },
    dataSets: [500, 501, 502, 503],
    modules: [{ id: "tender-project", zh: "招标项目登记", en: "Register a tender project", stage: 501, deepLink: `${base}/modules/tender-project{?tenderProjectCode,bidSectionCode}`, loginLink: `${base}/sso/login?module=tender-project{&tenderProjectCode,bidSectionCode}` }],
  });
}
const bloatHealth = () => JSON.stringify({ status: "ok", specVersion: loadManifest().version, time: new Date().toISOString(), checks: { storage: "ok" } });

function behave(mode: HostileMode, req: http.IncomingMessage, res: http.ServerResponse): void {
  switch (mode) {
    case "hang":
      return; // never answers
    case "huge": {
      // About 1 GB announced and streamed as fast as the client reads it.
      res.writeHead(200, { "content-type": "application/json", "content-length": String(1 << 30) });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once("drain", pump);
      };
      res.write("[");
      return pump();
    }
    case "slow": {
      res.writeHead(200, { "content-type": "application/json" });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(" ")), 200);
      res.on("close", () => clearInterval(timer));
      return;
    }
    case "redirect-loop":
      res.writeHead(302, { location: req.url ?? "/" });
      return void res.end();
    case "redirect-away":
      res.writeHead(302, { location: "http://127.0.0.2:9/elsewhere" });
      return void res.end();
    case "garbage":
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0x9c, 0x80]));
    case "reset":
      return void req.socket.destroy();
    case "wrong-type":
      res.writeHead(200, { "content-type": "text/plain" });
      return void res.end("ok");
    case "html":
      res.writeHead(200, { "content-type": "text/html" });
      return void res.end("<html><body>Welcome</body></html>");
    case "bloat": {
      if (req.url === "/.well-known/ywjy" || req.url === "/health") {
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end(req.url === "/health" ? bloatHealth() : bloatDiscovery(`http://${req.headers.host}`));
      }
      const cursor = Number(new URL(req.url ?? "/", "http://x").searchParams.get("cursor") ?? 0) + 1;
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(bloatedPage(Number.isSafeInteger(cursor) ? cursor : 1));
    }
    case "markup": {
      if (req.url === "/.well-known/ywjy") {
        res.writeHead(200, { "content-type": "application/json" });
        return void res.end(bloatDiscovery(`http://${req.headers.host}`, { zh: MARKUP, en: MARKUP }));
      }
      res.writeHead(400, { "content-type": "application/problem+json", "x-note": MARKUP.replace(/[^\x20-\x7e]/g, "") });
      return void res.end(JSON.stringify({ type: MARKUP, title: MARKUP, status: MARKUP, code: MARKUP, detail: MARKUP, items: [{ updatedAt: MARKUP, record: { DATA_KEY: MARKUP } }], nextCursor: MARKUP }));
    }
  }
}

export async function startHostileTarget(mode: HostileMode): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const byPath = req.url?.match(/^\/hostile\/([a-z-]+)/)?.[1] as HostileMode | undefined;
    behave(byPath ?? mode, req, res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
