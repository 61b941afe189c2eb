/**
 * The Java access client against the Java sample system, with tokens from `ywjy mock-platform` (both
 * separate processes on loopback): discovery, a conformance scenario, data sets, a data set page by page
 * (cursor), a record, its ETag, and a problem+json answer — each record valid for `ywjy validate`.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { defaultValidator } from "../../src/validate/index.ts";
import { buildJava, runJava, startSampleSystem } from "./java-build.ts";
import { startPlatformProcess, type PlatformProcess } from "./mock-platform-process.ts";

const dirs: string[] = [];
const children: ChildProcess[] = [];
let platform: PlatformProcess | undefined;
afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await platform?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

it("reads a Java sample system's records through the Java access client, with the platform's tokens", async () => {
  const build = buildJava();
  const dir = mkdtempSync(join(tmpdir(), "ywjy-java-client-"));
  dirs.push(dir);
  const key = await runJava(build, "cn.xiamen.ggzy.ywjy.examples.PushRecords", ["new-key", join(dir, "push-key.json")]);
  const audience = "urn:ywjy:system:0201";
  writeFileSync(
    join(dir, "platform.json"),
    JSON.stringify({
      clients: [
        { clientId: "system-0201", clientSecret: "push-secret", systemNo: "0201", jwks: JSON.parse(key.stdout) },
        { clientId: "portal", clientSecret: "portal-secret", scopes: ["records:read", "conformance:run"], audiences: [audience] },
      ],
    }),
  );
  platform = await startPlatformProcess(join(dir, "platform.json"));
  const started = await startSampleSystem(build, ["--platform", platform.url, "--push-client-id", "system-0201", "--key", join(dir, "push-key.json")], { YWJY_PUSH_SECRET: "push-secret" });
  children.push(started.child);
  const system = started.url;
  const discovery = await (await fetch(`${platform.url}/.well-known/openid-configuration`)).json();

  const r = await runJava(build, "cn.xiamen.ggzy.ywjy.examples.QueryRecords", ["--target", system, "--token-url", discovery.token_endpoint, "--client-id", "portal", "--audience", audience], undefined, { YWJY_CLIENT_SECRET: "portal-secret" });
  expect(r.stderr).toBe("");
  const steps = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { step: string; value: any });
  const step = (name: string) => steps.filter((s) => s.step === name).map((s) => s.value);

  expect(step("discovery")[0]).toMatchObject({ SYSTEM_NO: "0201", sandbox: true, auth: { audience } });
  expect(step("scenario")[0].records.map((x: { DATA_NO: number }) => x.DATA_NO)).toEqual([500, 501, 502, 502, 503, 503]);
  expect(step("data-sets")[0].items.find((d: { DATA_NO: number }) => d.DATA_NO === 502)).toMatchObject({ count: 2 });
  // limit 1: two pages, the first with a cursor, the last without.
  const pages = step("page");
  expect(pages.map((p) => [p.items.length, p.nextCursor === null])).toEqual([
    [1, false],
    [1, true],
  ]);
  const records = pages.flatMap((p) => p.items.map((i: { record: unknown }) => i.record));
  for (const rec of records) expect(defaultValidator().validateRecord(rec)).toEqual([]);
  expect(step("record")[0].record).toEqual(records[0]);
  expect(step("etag")[0]).toEqual({ first: 200, again: 304 });
  expect(step("not-found")[0]).toMatchObject({ status: 404, code: "record-not-found", type: "https://ggzy.xm.gov.cn/ywjy/problems/record-not-found" });
}, 180_000);
