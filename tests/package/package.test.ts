/**
 * The package as a new user gets it: `npm pack`, the tarball installed into an empty project (with the
 * TypeScript and @types/node versions of package.json, from npm's cache when it has them), then used without
 * tsx — imported from plain Node ESM, required from CommonJS, compiled by a strict consumer under three module
 * resolutions (the README's library example too), and run as the `ywjy` command from node_modules/.bin.
 * The tarball is packed from dist/ as vitest's global set-up left it (scripts/build.mjs), so no build runs here.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../src/paths.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * What a surrounding `npm test` sets (npm_package_*, npm_config_local_prefix — which would install into this
 * clone — and the rest of npm_config_*) is not the consumer's; the cache, registry and user configuration are.
 */
const KEPT = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig"]);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_") || KEPT.has(k.toLowerCase())));

function run(file: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, stdout, stderr }),
    );
  });
}

const pkg = JSON.parse(readFileSync(fromRoot("package.json"), "utf8")) as { name: string; devDependencies: Record<string, string>; bin: Record<string, string> };
const tmp = mkdtempSync(join(tmpdir(), "ywjy-package-"));
const consumer = join(tmp, "consumer");
let packed: { filename: string; files: Array<{ path: string }> };
let install: Run;

beforeAll(async () => {
  const pack = await run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], fromRoot());
  expect(pack.code, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as Array<typeof packed>)[0]!;
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", version: "1.0.0", private: true, type: "module" }));
  const tools = ["typescript", "@types/node"].map((name) => `${name}@${pkg.devDependencies[name]}`);
  install = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(tmp, packed.filename), ...tools], consumer);
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const examplesDir = () => join(consumer, "node_modules", pkg.name, "specs", "reporting", "examples");
const firstExample = () => join(examplesDir(), readdirSync(examplesDir()).filter((f) => f.endsWith(".json")).sort()[0]!);

describe("npm pack", () => {
  it("ships the compiled entry points, their declarations and the files they read, and nothing of the development", () => {
    const paths = packed.files.map((f) => f.path);
    for (const f of ["dist/src/index.js", "dist/src/index.d.ts", "dist/src/sdk/index.js", "dist/src/sdk/index.d.ts", "dist/cli/main.js", pkg.bin.ywjy!, "specs/manifest.yaml", "generated/schemas/report-record.json", "generated/openapi/access.json", "conformance/defect-catalogue.yaml"]) {
      expect(paths, f).toContain(f.replace(/^\.\//, ""));
    }
    // The data files of the code folders (src/, cli/, conformance/) ship beside dist/, where src/paths.ts finds them.
    const allowed = /^(dist|bin|specs|generated|docs)\/|^(src|cli|conformance)\/.*(?<!\.ts)$|^(package\.json|README\.md|LICENSE[^/]*)$/;
    expect(paths.filter((p) => !allowed.test(p))).toEqual([]);
    // TypeScript sources stay home: only declarations, and the contracts of the spec bundle (which lint reads).
    expect(paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts") && !p.startsWith("specs/"))).toEqual([]);
    expect(paths.filter((p) => /^(tests|bench|scripts|\.ci|generated\/docs|generated\/sdk)\/|^dist\/\.build\.json$/.test(p))).toEqual([]);
  });

  it("installs into an empty project without a warning", () => {
    expect(install.code, install.stderr).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/warn/i);
  });
});

describe("the installed package", () => {
  it("imports both entry points from plain Node ESM", async () => {
    writeFileSync(
      join(consumer, "esm.mjs"),
      [
        `import { readFileSync } from "node:fs";`,
        `import { validateRecord, isUscc } from "ywjy";`,
        `import { createAccessClient, SCENARIO_CATALOGUE } from "ywjy/sdk";`,
        `const record = JSON.parse(readFileSync(process.argv[2], "utf8"));`,
        `const asyncapi = readFileSync(new URL(import.meta.resolve("ywjy/asyncapi.yaml")), "utf8");`,
        `console.log(JSON.stringify({ valid: validateRecord(record).length, invalid: validateRecord({ DATA_NO: 500 }).length > 0, uscc: isUscc("x"), client: typeof createAccessClient({ baseUrl: "http://127.0.0.1:1" }).GET, scenarios: Object.keys(SCENARIO_CATALOGUE).length > 0, asyncapi: asyncapi.startsWith("asyncapi:") }));`,
      ].join("\n"),
    );
    const r = await run(process.execPath, ["esm.mjs", firstExample()], consumer);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ valid: 0, invalid: true, uscc: false, client: "function", scenarios: true, asyncapi: true });
  });

  it("requires both entry points and a schema from CommonJS (Node's require(esm)), without a warning", async () => {
    writeFileSync(
      join(consumer, "cjs.cjs"),
      [
        `const { validateRecord } = require("ywjy");`,
        `const { createAccessClient } = require("ywjy/sdk");`,
        `const schema = require("ywjy/schemas/report-record.json");`,
        `const openapi = require("ywjy/openapi.json");`,
        `console.log(JSON.stringify({ invalid: validateRecord({}).length > 0, client: typeof createAccessClient, schema: typeof schema.$id, openapi: openapi.openapi }));`,
      ].join("\n"),
    );
    const r = await run(process.execPath, ["cjs.cjs"], consumer);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ invalid: true, client: "function", schema: "string", openapi: expect.stringMatching(/^3\.1/) });
  });

  const STRICT = { strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noPropertyAccessFromIndexSignature: true, noImplicitOverride: true, skipLibCheck: false };
  const USE = [
    `import { validateRecord, isUscc, checkQuality, type Finding, type ReportRecord } from "ywjy";`,
    `import { createAccessClient, SCENARIO_CATALOGUE, type components, type OperationId } from "ywjy/sdk";`,
    `const findings: Finding[] = validateRecord({ DATA_NO: 500 });`,
    `const ok: boolean = isUscc("91350200MA31234567");`,
    `const client = createAccessClient({ baseUrl: "http://127.0.0.1:8800" });`,
    `const health = await client.GET("/health");`,
    `const op: OperationId = "getHealth";`,
    `type Problem = components["schemas"]["Problem"];`,
    `export type { Problem, ReportRecord };`,
    `console.log(findings.length, ok, op, typeof checkQuality, Object.keys(SCENARIO_CATALOGUE).length, health.response.status);`,
  ].join("\n");
  beforeAll(() => {
    writeFileSync(join(consumer, "use.ts"), USE);
    const readmeExample = /## Use it as a library[\s\S]*?```ts\n([\s\S]*?)```/.exec(readFileSync(fromRoot("README.md"), "utf8"))![1]!;
    writeFileSync(join(consumer, "readme.ts"), readmeExample);
  });

  // tsc checks every declaration the package ships, under the consumer's options: seconds each, more on a busy machine.
  it.each([
    ["node16", "node16"],
    ["nodenext", "nodenext"],
    ["bundler", "esnext"],
  ])("compiles a strict consumer under moduleResolution %s (and the README's example)", { timeout: 240_000 }, async (moduleResolution, module) => {
    const config = `tsconfig.${moduleResolution}.json`;
    const compilerOptions = { target: "ES2022", lib: ["ES2023"], types: ["node"], module, moduleResolution, noEmit: true, ...STRICT };
    writeFileSync(join(consumer, config), JSON.stringify({ compilerOptions, files: ["use.ts", "readme.ts"] }));
    const r = await run(process.execPath, [join(consumer, "node_modules", "typescript", "bin", "tsc"), "-p", config], consumer);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("compiles a strict CommonJS consumer under module nodenext, and runs it", { timeout: 240_000 }, async () => {
    writeFileSync(join(consumer, "use-cjs.cts"), [`import { validateRecord } from "ywjy";`, `import { createAccessClient } from "ywjy/sdk";`, `console.log(validateRecord({}).length > 0, typeof createAccessClient);`].join("\n"));
    const compilerOptions = { target: "ES2022", lib: ["ES2023"], types: ["node"], module: "nodenext", moduleResolution: "nodenext", outDir: "out-cjs", ...STRICT };
    writeFileSync(join(consumer, "tsconfig.cjs.json"), JSON.stringify({ compilerOptions, files: ["use-cjs.cts"] }));
    const tsc = await run(process.execPath, [join(consumer, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cjs.json"], consumer);
    expect(tsc.stdout + tsc.stderr).toBe("");
    const r = await run(process.execPath, [join("out-cjs", "use-cjs.cjs")], consumer);
    expect({ out: r.stdout.trim(), err: r.stderr }).toEqual({ out: "true function", err: "" });
  });
});

describe("the installed ywjy command", () => {
  const ywjy = (...args: string[]) => run(join(consumer, "node_modules", ".bin", "ywjy"), [...args, "--lang", "en"], consumer);

  it("prints its help", async () => {
    const r = await ywjy("--help");
    expect(r.code, r.stderr).toBe(0);
    for (const command of ["validate", "quality", "certify", "verify-report", "lint"]) expect(r.stdout).toContain(`ywjy ${command}`);
  });

  it("validates a record (exit 0) and finds the errors of a broken one (exit 1)", async () => {
    const good = await ywjy("validate", firstExample(), "--format", "json");
    expect(good.code, good.stderr).toBe(0);
    expect(JSON.parse(good.stdout).summary).toMatchObject({ records: 1, errors: 0 });
    writeFileSync(join(consumer, "broken.ndjson"), `${JSON.stringify({ DATA_NO: 500 })}\n`);
    const bad = await ywjy("validate", "broken.ndjson", "--format", "json");
    expect(bad.code, bad.stderr).toBe(1);
    expect(JSON.parse(bad.stdout).summary.errors).toBeGreaterThan(0);
  });

  it("says which development tools lint needs when they are not installed (exit 2)", async () => {
    const r = await ywjy("lint");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`@redocly/cli@${pkg.devDependencies["@redocly/cli"]}`);
    expect(r.stderr).toContain(`@asyncapi/parser@${pkg.devDependencies["@asyncapi/parser"]}`);
  });
});
