/**
 * The access standard's document and scenario catalogue, checked as data: every operation has its
 * operationId, zh/en summaries, security and requirement IDs that exist in specs/norms; every example
 * validates against its schema (ajv over the bundled document, formats included); payloads refer to
 * the generated data-set schemas instead of copying them; the scenario catalogue is consistent; and the
 * bundler that makes generated/openapi/access.json reports bad references by file.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundleOpenApi } from "../../src/generate/openapi-bundle.ts";
import { fromRoot } from "../../src/paths.ts";
import { loadSchemaIndex } from "./schema-index.ts";
import { loadManifest } from "../../src/specs/manifest.ts";
import { loadRequirements } from "../../src/specs/requirements.ts";
import { loadAccessApi, SCENARIO_CATALOGUE } from "../../src/sdk/index.ts";
import { tempDir } from "../reference-system/helpers.ts";

const api = loadAccessApi();
const doc = api.document;
const source = parse(readFileSync(fromRoot("specs/access/openapi.yaml"), "utf8"));
const operations = [...api.operations.values()];
const escape = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

describe("operations", () => {
  it.each(operations.map((o) => [o.id, o] as const))("%s has its metadata and names existing requirements", (_id, op) => {
    const o = op.object;
    expect(o.operationId).toMatch(/^[a-z][A-Za-z]+$/);
    expect(o.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(o["x-summary-en"]).toMatch(/^[A-Z][\x20-\x7e]+$/);
    expect(o.security ?? doc.security).toBeDefined();
    expect(o["x-requirements"].length).toBeGreaterThan(0);
    const catalogue = loadRequirements();
    for (const id of o["x-requirements"]) {
      expect(id).toMatch(/^(ACC|RPT)-/);
      expect(catalogue.byId.has(id), `${id} is not in specs/norms`).toBe(true);
    }
    // Errors are problem+json; a health check that is down answers with its health document (503).
    for (const status of Object.keys(o.responses))
      if (Number(status) >= 400 && !(op.id === "getHealth" && status === "503")) expect(api.deref(o.responses[status]).content?.["application/problem+json"], `${status} is problem+json`).toBeDefined();
  });

  it("protects every data, audit and hook operation with the platform token and a scope", () => {
    const scoped = operations.filter((o) => o.scopes).map((o) => o.id).sort();
    expect(scoped).toEqual(["getAuditDigest", "getAuditTrail", "getRecord", "listDataSets", "listRecords", "runScenario"]);
  });
});

describe("examples", () => {
  const cases: Array<[string, string, unknown]> = [];
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (method === "parameters") continue;
      const base = `/paths/${escape(path)}/${method}`;
      for (const [i, p] of (op.parameters ?? []).entries()) if (p.example !== undefined) cases.push([`${op.operationId} parameter ${p.name}`, `${base}/parameters/${i}/schema`, p.example]);
      for (const [type, media] of Object.entries<any>(op.requestBody?.content ?? {}))
        for (const [name, ex] of Object.entries<any>(media.examples ?? {})) cases.push([`${op.operationId} request ${name}`, `${base}/requestBody/content/${escape(type)}/schema`, api.deref(ex).value]);
      for (const [status, r] of Object.entries<any>(op.responses)) {
        const pointer = r.$ref ? r.$ref.slice(1) : `${base}/responses/${status}`;
        for (const [type, media] of Object.entries<any>(api.deref(r).content ?? {}))
          for (const [name, ex] of Object.entries<any>(media.examples ?? {})) cases.push([`${op.operationId} ${status} ${name}`, `${pointer}/content/${escape(type)}/schema`, api.deref(ex).value]);
      }
    }
  }
  for (const [name, p] of Object.entries<any>(doc.components.parameters)) if (p.example !== undefined) cases.push([`parameter ${name}`, `/components/parameters/${name}/schema`, p.example]);

  it("has examples for most operations", () => {
    expect(new Set(cases.map(([n]) => n.split(" ")[0])).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases)("%s validates against its schema", (_name, pointer, value) => {
    const v = api.validator(pointer);
    expect(v(value) ? [] : v.errors).toEqual([]);
  });

  it("carries an audit trail example whose chain verifies", async () => {
    const { verifyAuditChain } = await import("../../src/sdk/index.ts");
    const trail = doc.components.examples.AuditTrail.value;
    expect(verifyAuditChain(trail.entries, doc.components.examples.AuditDigest.value)).toMatchObject({ ok: true });
  });
});

describe("payload schemas", () => {
  it("refers to the generated record schema instead of copying a data set", () => {
    expect(source.components.schemas.RecordItem.properties.record).toEqual({ $ref: "../../generated/schemas/report-record.json" });
    expect(JSON.stringify(source)).not.toContain("x-data-no");
  });

  it("bundles every generated data-set schema, and takes the spec bundle's version", () => {
    const bundled = [...api.dataSets().keys()].sort((a, b) => a - b);
    expect(bundled).toEqual(loadSchemaIndex().map((d) => d.dataNo));
    expect(doc.info.version).toBe(loadManifest().version);
  });

  it("has one problem code per const, each with its status and zh title", () => {
    const codes = doc.components.schemas.ProblemCode.oneOf as Array<Record<string, unknown>>;
    expect(new Set(codes.map((c) => c.const)).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatchObject({ const: expect.stringMatching(/^[a-z-]+$/), title: expect.any(String), "x-zh": expect.any(String), "x-status": expect.any(Number) });
  });
});

describe("the scenario catalogue", () => {
  const scenarios = SCENARIO_CATALOGUE.scenarios;
  const inputs = Object.keys(doc.components.schemas.ScenarioInput.properties);
  const dataSets = new Set(loadSchemaIndex().map((d) => d.dataNo));

  it("is the catalogue the document names", () => {
    expect(doc["x-scenarios"].source).toBe("specs/access/scenarios.yaml");
    expect(doc["x-scenarios"].scenarios).toEqual(scenarios);
  });

  it.each(scenarios.map((s, i) => [s.name, s, i] as const))("%s is well formed", (name, s, i) => {
    expect(api.validateSchema("ScenarioName", name)).toEqual([]);
    expect(scenarios.filter((x) => x.name === name)).toHaveLength(1);
    for (const r of s.requires) expect(scenarios.slice(0, i).map((x) => x.name), `${name} requires ${r}, which must come before it`).toContain(r);
    for (const r of s.reads) expect(inputs).toContain(r);
    for (const e of s.effects) {
      expect(dataSets.has(e.DATA_NO), `data set ${e.DATA_NO} has no generated schema`).toBe(true);
      expect(e.count).toBeGreaterThan(0);
      const v = api.validator("/components/schemas/AuditEntry/properties/action");
      expect(v(e.action), `action ${e.action}`).toBe(true);
    }
  });
});

describe("the bundler", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const write = (rel: string, value: unknown) => {
    const p = join(tmp.dir, rel);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
    return p;
  };
  const api31 = (schemas: Record<string, unknown>) => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } });

  it("copies referenced files under components.schemas and rewrites the refs inside them", () => {
    write("s/outer.json", { $id: "https://x/outer.json", $schema: "http://json-schema.org/draft-07/schema#", properties: { a: { $ref: "inner/leaf.json" }, b: { $ref: "#/definitions/d" } }, definitions: { d: { type: "string" } } });
    write("s/inner/leaf.json", { type: "integer" });
    const entry = write("api.yaml", JSON.stringify(api31({ Top: { $ref: "s/outer.json" }, Part: { $ref: "s/outer.json#/definitions/d" } })));
    const b = bundleOpenApi(entry);
    expect(b.components.schemas.Top).toEqual({ $ref: "#/components/schemas/outer" });
    expect(b.components.schemas.Part).toEqual({ $ref: "#/components/schemas/outer/definitions/d" });
    expect(b.components.schemas.outer).toMatchObject({ "x-schema-id": "https://x/outer.json", properties: { a: { $ref: "#/components/schemas/leaf" }, b: { $ref: "#/components/schemas/outer/definitions/d" } } });
    expect(b.components.schemas.outer.$schema).toBeUndefined();
    expect(b.components.schemas.leaf).toEqual({ type: "integer" });
  });

  it.each([
    ["a file that does not exist", { A: { $ref: "missing.json" } }, /api2\.yaml: \$ref to .*missing\.json, which cannot be read/],
    ["a file named like a schema of the document", { leaf: { type: "string" }, A: { $ref: "s/inner/leaf.json" } }, /would be bundled as components\.schemas\.leaf, which exists/],
  ])("names the referring file for %s", (_name, schemas, message) => {
    const entry = write("api2.yaml", JSON.stringify(api31(schemas)));
    expect(() => bundleOpenApi(entry)).toThrow(message);
  });
});
