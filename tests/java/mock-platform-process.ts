/** `ywjy mock-platform` as a separate process on loopback (the CLI a Java vendor runs), for the Java SDK's tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fromRoot } from "../../src/paths.ts";

export interface PlatformProcess {
  url: string;
  /** A GET or POST of the mock's admin API (/mock/…), as JSON. */
  admin(path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

export function startPlatformProcess(configFile: string): Promise<PlatformProcess> {
  // The admin API takes a bearer token (YWJY_MOCK_ADMIN_TOKEN), a JSON content type and a same-origin caller.
  const adminToken = randomUUID();
  const child: ChildProcess = spawn(process.execPath, [fromRoot("bin/ywjy.js"), "mock-platform", "--port", "0", "--config", configFile, "--lang", "en"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, YWJY_MOCK_ADMIN_TOKEN: adminToken },
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ywjy mock-platform did not start:\n${output}`)), 60_000);
    child.on("exit", (code) => reject(new Error(`ywjy mock-platform exited ${code}:\n${output}`)));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      output += d;
      const m = /listening on (http:\/\/\S+)/.exec(output);
      if (!m) return;
      clearTimeout(timer);
      const url = m[1]!;
      resolve({
        url,
        async admin(path, body) {
          const headers = { "content-type": "application/json", authorization: `Bearer ${adminToken}` };
          const r = await fetch(`${url}/mock${path}`, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
          if (!r.ok) throw new Error(`mock admin ${path} answered ${r.status}: ${await r.text()}`);
          return r.json();
        },
        close: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.removeAllListeners("exit");
            child.on("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
