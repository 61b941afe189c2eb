/** The credentials file of `ywjy certify`: its schema (generated from specs/conformance/credentials.ts), YAML or JSON, every problem at once. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CredentialsError, credentialsProblems, loadCredentials } from "../../conformance/credentials.ts";

const dir = mkdtempSync(join(tmpdir(), "ywjy-credentials-"));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const ownPlatform = {
  clientId: "ywjy-conformance-runner",
  platformClients: [
    { clientId: "jy0201-push", clientSecret: "s3cret", systemNo: "0201", jwks: { keys: [{ kty: "EC", crv: "P-256", x: "x", y: "y", kid: "k1" }] } },
    { clientId: "jy0201-sso", clientSecret: "s3cret", redirectUris: ["https://jy0201.example.cn/sso/callback"] },
  ],
};
const sandboxKey = {
  clientId: "ywjy-conformance-runner",
  audience: "https://jy0201.example.cn",
  issuer: "https://sandbox.ggzy.xm.gov.cn",
  platformKey: { kty: "EC", crv: "P-256", x: "x", y: "y", d: "d", kid: "sandbox-1" },
  systemJwks: { keys: [{ kty: "OKP", crv: "Ed25519", x: "x", key_ops: ["verify"] }] },
};

describe("credentials schema", () => {
  it.each([
    ["the runner's own platform", ownPlatform],
    ["a sandbox platform key the system trusts", sandboxKey],
  ])("accepts %s", (_name, value) => {
    expect(credentialsProblems(value)).toEqual([]);
  });

  it.each<[string, unknown, string[]]>([
    ["not an object", [], ["/: must be object"]],
    ["no clientId", {}, ["/clientId: is required"]],
    ["an empty clientId", { clientId: "" }, ["/clientId: must NOT have fewer than 1 characters"]],
    ["a key without issuer", { clientId: "c", platformKey: { kty: "EC", d: "d" } }, ["/issuer: is required with /platformKey (the issuer the system trusts that key for)"]],
    ["a public key as platformKey", { clientId: "c", issuer: "i", platformKey: { kty: "EC" } }, ["/platformKey/d: is required"]],
    ["a misspelt member", { clientId: "c", platformClient: [] }, ["/platformClient: is not a member of the file (a typo?)"]],
  ])("refuses %s", (_name, value, problems) => {
    expect(credentialsProblems(value)).toEqual(problems);
  });

  it("lists every problem at once, each with its JSON path", () => {
    const bad = {
      clientId: 7,
      platformClients: [{ clientId: "", systemNo: "201", jwks: { keys: [{}] } }, { clientSecret: 1, redirectUris: "https://x" }],
    };
    expect(credentialsProblems(bad)).toEqual([
      "/clientId: must be string",
      "/platformClients/0/clientId: must NOT have fewer than 1 characters",
      "/platformClients/0/systemNo: must match ^[0-9A-Za-z]{4}$ (4 letters or digits)",
      "/platformClients/0/jwks/keys/0/kty: is required",
      "/platformClients/1/clientId: is required",
      "/platformClients/1/clientSecret: must be string",
      "/platformClients/1/redirectUris: must be array",
    ]);
  });
});

describe("loadCredentials", () => {
  it("reads JSON", () => {
    expect(loadCredentials(write("c.json", JSON.stringify(ownPlatform)))).toEqual(ownPlatform);
  });

  it.each(["c.yaml", "c.yml"])("reads YAML (%s), as the guide shows it", (name) => {
    const yaml = [
      "clientId: ywjy-conformance-runner",
      "audience: https://jy0201.example.cn",
      "issuer: https://sandbox.ggzy.xm.gov.cn",
      "platformKey: { kty: EC, crv: P-256, x: x, y: y, d: d, kid: sandbox-1 }",
      "systemJwks:",
      "  keys:",
      "    - { kty: OKP, crv: Ed25519, x: x, key_ops: [verify] }",
    ].join("\n");
    expect(loadCredentials(write(name, yaml))).toEqual(sandboxKey);
  });

  it("reports every problem of a file in one error naming the file", () => {
    const file = write("bad.yaml", "clientId: ''\nplatformClients:\n  - clientId: a\n    systemNo: 201\n");
    const e = (() => {
      try {
        loadCredentials(file);
      } catch (e) {
        return e;
      }
    })() as CredentialsError;
    expect(e).toBeInstanceOf(CredentialsError);
    expect(e.problems).toEqual(["/clientId: must NOT have fewer than 1 characters", "/platformClients/0/systemNo: must be string"]);
    expect(e.message).toBe(`${file}: 2 problems\n  /clientId: must NOT have fewer than 1 characters\n  /platformClients/0/systemNo: must be string`);
  });

  it.each<[string, string, RegExp]>([
    ["missing.json", "", /missing\.json: no such file$/],
    ["broken.json", "{", /broken\.json: not valid JSON \(/],
    ["broken.yaml", "a: [", /broken\.yaml: not valid YAML \(/],
  ])("says why %s cannot be read", (name, text, message) => {
    const file = text ? write(name, text) : join(dir, name);
    expect(() => loadCredentials(file)).toThrow(message);
  });
});
