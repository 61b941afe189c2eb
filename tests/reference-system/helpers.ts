/**
 * A reference system on loopback for the tests: a platform signing key of its own (the JWKS given to the
 * system as a local key set), tokens for any scopes and claims, and fetch helpers that parse the answer
 * and check it against the OpenAPI document (ajv validators compiled from the document itself).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { createReferenceSystem, type CreateOptions } from "../../conformance/reference-system/index.ts";
import type { ReferenceSystem } from "../../conformance/reference-system/system.ts";
import { generateSigningKey, issueAccessToken, type IssueOptions, type SigningKey } from "../../src/auth/index.ts";
import { loadAccessApi, type OperationId } from "../../src/sdk/index.ts";

export const ISSUER = "https://platform.test/ywjy";
export const ALL_SCOPES = ["records:read", "audit:read", "conformance:run"];
export const TP = "E3502032026110001001";
export const SECTION = `${TP}001`;

let platformKey: Promise<SigningKey> | undefined;
export const platformSigningKey = () => (platformKey ??= generateSigningKey());

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export interface TestSystem {
  system: ReferenceSystem;
  url: string;
  key: SigningKey;
  token(o?: Partial<IssueOptions> & { scopes?: string[] }): Promise<string>;
  /** Calls the system with a valid token (unless `auth` says otherwise) and parses the answer. */
  call(path: string, init?: RequestInit & { auth?: string | null }): Promise<Answer>;
  run(scenario: string, input?: object): Promise<Answer>;
  close(): Promise<void>;
}

export async function readAnswer(res: Response): Promise<Answer> {
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, headers: res.headers, text, body: /json/.test(type) && text ? JSON.parse(text) : text };
}

export async function startTestSystem(options: Partial<CreateOptions> = {}): Promise<TestSystem> {
  const key = await platformSigningKey();
  const system = createReferenceSystem({ sandbox: true, platform: { issuer: ISSUER, keys: { keys: [key.publicJwk] } }, log: () => {}, ...options });
  const url = await system.listen(0);
  const token: TestSystem["token"] = (o = {}) => issueAccessToken(key, { issuer: ISSUER, audience: system.audience, clientId: "conformance-runner", scopes: ALL_SCOPES, ...o } as IssueOptions);
  const call: TestSystem["call"] = async (path, init = {}) => {
    const { auth, ...rest } = init;
    const headers = new Headers(rest.headers);
    const authorization = auth === undefined ? `Bearer ${await token()}` : auth;
    if (authorization !== null) headers.set("authorization", authorization);
    return readAnswer(await fetch(url + path, { ...rest, headers, redirect: "manual" }));
  };
  const run: TestSystem["run"] = (scenario, input = {}) =>
    call(`/conformance/scenarios/${scenario}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  return { system, url, key, token, call, run, close: () => system.close() };
}

/** Runs the catalogue's scenarios in order on the sample codes. */
export async function runLifecycle(t: TestSystem): Promise<void> {
  for (const name of ["create-tender-project", "open-bids", "publish-candidates", "publish-award", "sign-contract", "report-exception"]) {
    const a = await t.run(name);
    expect(a.status, `${name}: ${a.text}`).toBe(200);
  }
}

/** Asserts that an answer is one the OpenAPI document allows for the operation. */
export function expectConforms(operationId: OperationId, a: Answer): void {
  const errors = loadAccessApi().validateResponse(operationId, { status: a.status, headers: a.headers, body: a.text === "" ? undefined : a.body });
  expect(errors, `${operationId} ${a.status}: ${a.text.slice(0, 300)}`).toEqual([]);
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "ywjy-refsys-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
