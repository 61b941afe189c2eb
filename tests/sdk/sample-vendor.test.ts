/**
 * The SDK as a vendor meets it: the sample programs in tests/sdk/sample-vendor (a platform-side client
 * and a node:http trading system, both importing ywjy/sdk) compile with `tsc --noEmit`; and programs
 * that get the API wrong — a path, a parameter, a body, an answer — do not, each with its TS error.
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../src/paths.ts";
import { tempDir } from "../reference-system/helpers.ts";

const tsc = fromRoot("node_modules/.bin/tsc");

function compile(project: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(tsc, ["-p", project], { cwd: fromRoot(), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 3) : 0, out: stdout + stderr }),
    );
  });
}

const tmp = tempDir();
afterAll(() => tmp.remove());

/** Programs that misuse the SDK; each line must fail to compile. */
const WRONG: Array<[string, string]> = [
  ["an unknown path", `await client.GET("/data-set/{dataNo}/records", { params: { path: { dataNo: 500 } } });`],
  ["a wrong parameter type", `await client.GET("/data-sets/{dataNo}/records", { params: { path: { dataNo: "500" } } });`],
  ["an unknown query parameter", `await client.GET("/data-sets/{dataNo}/records", { params: { path: { dataNo: 500 }, query: { page: 2 } } });`],
  ["a body of the wrong type", `await client.POST("/conformance/scenarios/{name}", { params: { path: { name: "open-bids" } }, body: { projectCode: 17 } });`],
  ["a wrong answer shape", `const h: ResponseBody<"getHealth"> = { status: "fine", specVersion: "0.1.0", time: "now" }; void h;`],
];

describe("the sample vendor programs", () => {
  it("compile against ywjy/sdk, and misuses of the API do not", { timeout: 240_000 }, async () => {
    const bad = join(tmp.dir, "wrong.ts");
    writeFileSync(
      bad,
      [
        `import { createAccessClient, type ResponseBody } from "ywjy/sdk";`,
        `const client = createAccessClient({ baseUrl: "http://127.0.0.1:1" });`,
        ...WRONG.map(([name, line]) => `// ${name}\n${line}`),
        "export {};",
      ].join("\n"),
    );
    // Outside the package, ywjy/sdk is mapped to its entry as a vendor's node_modules/ywjy would give it.
    const config = join(tmp.dir, "tsconfig.json");
    writeFileSync(
      config,
      JSON.stringify({
        extends: fromRoot("tests/sdk/sample-vendor/tsconfig.json"),
        compilerOptions: { paths: { "ywjy/sdk": [fromRoot("src/sdk/index.ts")] }, typeRoots: [fromRoot("node_modules/@types")], module: "ESNext", moduleResolution: "Bundler" },
        files: [bad],
      }),
    );
    const [good, wrong] = await Promise.all([compile(fromRoot("tests/sdk/sample-vendor/tsconfig.json")), compile(config)]);
    expect(good.out).toBe("");
    expect(good.code).toBe(0);
    expect(wrong.code).not.toBe(0);
    const lines = new Set([...wrong.out.matchAll(/wrong\.ts\((\d+),\d+\): error TS\d+/g)].map((m) => Number(m[1])));
    // Line 3 + 2 per case: the comment, then the statement.
    WRONG.forEach(([name], i) => expect(lines.has(4 + 2 * i), `${name} compiled:\n${wrong.out}`).toBe(true));
  });
});
