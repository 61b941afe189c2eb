/**
 * A deliberately hostile target for the runner's robustness tests: it hangs, sends endless or
 * enormous bodies, loops redirects, redirects off-origin, answers garbage, or resets the connection.
 * Every behaviour sits at its own path, and `/*` answers by the `HOSTILE_MODE` of the server.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type HostileMode = "hang" | "huge" | "slow" | "redirect-loop" | "redirect-away" | "garbage" | "reset" | "wrong-type" | "html";

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
