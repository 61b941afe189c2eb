/**
 * The published documents are enough on their own (issue 13): the platform's endpoints, the
 * credentials file and the from-scratch guide are on the site in both languages, includes never show
 * as raw placeholders, and values read as values (a factor is `×2`, not "2 factor").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { credentialsProblems, parseCredentials } from "../../conformance/credentials.ts";
import { fromRoot } from "../../src/paths.ts";
import { loadPlatformEndpoints } from "../../src/specs/platform-endpoints.ts";
import { elementText, siteFiles, unescapeHtml } from "./site.ts";

const files = siteFiles();
const page = (path: string): string => {
  const html = files.get(path);
  if (html === undefined) throw new Error(`no page ${path}`);
  return html;
};
const LANGS = ["zh-CN", "en"] as const;

describe("docs site: what an implementer needs without the SDK", () => {
  it.each(LANGS)("%s: every page of the site shows no raw include placeholder", (lang) => {
    for (const [path, html] of files)
      if (path.startsWith(`${lang}/`) && path.endsWith(".html")) {
        // Escaped includes inside code (\{{…}}, shown on purpose in the editing guide) are plain text there.
        const raw = html.replace(/<code>[\s\S]*?<\/code>/g, "").match(/\{\{\s*[a-z]+(?::[^}]*)?\}\}|include-missing/g);
        expect(raw, path).toBeNull();
      }
  });

  it.each(LANGS)("%s: a factor reads ×2, never \"factor 2 factor\"", (lang) => {
    const html = unescapeHtml(page(`${lang}/guides/mock-platform.html`).replace(/<[^>]+>/g, ""));
    expect(html).toContain("×2");
    expect(html).not.toMatch(/2 factor/);
  });

  it.each(LANGS)("%s: the events and API pages list every platform endpoint with its path", (lang) => {
    const { endpoints } = loadPlatformEndpoints();
    for (const p of [`${lang}/events/index.html`, `${lang}/api/index.html`])
      for (const [id, e] of Object.entries(endpoints)) expect(elementText(page(p), `endpoint-${id}`, "tr"), `${p} ${id}`).toContain(e.path);
  });

  it("the bundled access standard and the channel name one token URL, the platform's", () => {
    const e = loadPlatformEndpoints();
    const token = e.origin + e.endpoints.token!.path;
    const api = JSON.parse(readFileSync(fromRoot("generated/openapi/access.json"), "utf8"));
    expect(api.components.securitySchemes.platformToken.flows.clientCredentials.tokenUrl).toBe(token);
    expect(api["x-ywjy-platform-endpoints"].endpoints.token.path).toBe("/oauth/token");
    for (const lang of LANGS) {
      expect(page(`${lang}/api/index.html`)).toContain(token);
      expect(page(`${lang}/events/index.html`)).toContain("/oauth/token");
    }
  });

  it.each([
    ["credentials-file", ["{{endpoints}}", "platformClients", "platformKey", "systemJwks"]],
    ["building-a-system", ["/oauth/token", "/reporting/v1/reconciliation", "ywjy-ordering-key", "receiveWindow", "reconcileWindow"]],
  ])("the %s guide is built in both languages and listed on the guides page", (id, _facts) => {
    for (const lang of LANGS) {
      const html = page(`${lang}/guides/${id}.html`);
      expect(html).toContain('class="include include-endpoints"');
      expect(page(`${lang}/guides/index.html`)).toContain(`${id}.html`);
    }
  });

  it.each(LANGS)("%s: the from-scratch guide shows the windows the checks wait, as values", (lang) => {
    const html = unescapeHtml(page(`${lang}/guides/building-a-system.html`).replace(/<[^>]+>/g, ""));
    for (const value of ["30 s", "20 s", "300 s", "2500 requests", "POST /oauth/token", "POST /reporting/v1/reconciliation", "ywjy-ordering-key"]) expect(html, value).toContain(value);
  });

  it.each(LANGS)("%s: every credentials file the guide shows is valid, and its error example is what the runner prints", (lang) => {
    const md = readFileSync(join(fromRoot("docs"), lang, "credentials-file.md"), "utf8");
    const blocks = [...md.matchAll(/```(yaml|json)\n([\s\S]*?)```/g)];
    expect(blocks.length).toBe(3);
    for (const [, kind, text] of blocks) expect(credentialsProblems(parseCredentials(`c.${kind}`, text!)), text).toEqual([]);
    const shown = /```text\n([\s\S]*?)```/.exec(md)![1]!.trim().split("\n");
    const bad = "platformClient: []\nplatformClients:\n  - { clientId: a, systemNo: 0201 }\n";
    const problems = credentialsProblems(parseCredentials("credentials.yaml", bad));
    expect(shown).toEqual([`ywjy certify: credentials.yaml: ${problems.length} problems`, ...problems.map((p) => `  ${p}`)]);
  });

  it.each(LANGS)("%s: the requirement pages name the values the checks depend on", (lang) => {
    const text = elementText(page(`${lang}/requirements/ACC.html`), "ACC-ERR-05", "tr")!;
    for (const v of ["rateLimitProbeRequests", "2500 requests", "rateLimitProbeParallel", "Retry-After"]) expect(text, v).toContain(v);
    const chan = elementText(page(`${lang}/requirements/RPT.html`), "RPT-CHAN-09", "tr")!;
    for (const v of ["reconcileWindow", "20 s", "POST /reporting/v1/reconciliation"]) expect(chan, v).toContain(v);
  });
});
