/**
 * A vendor's program on the platform side of the access standard, written against ywjy/sdk only:
 * fetch a token with client credentials, run a scenario, page through a data set with updatedSince
 * and nextCursor, and verify a tender project's audit trail against its digest.
 * Compiled with `tsc --noEmit` by tests/sdk/sample-vendor.test.ts (never run there).
 */
import { clientCredentials, createAccessClient, verifyAuditChain, type components, type ScenarioName } from "ywjy/sdk";

type RecordItem = components["schemas"]["RecordItem"];

export async function syncProjects(baseUrl: string, tokenUrl: string, secret: string, since?: string): Promise<RecordItem[]> {
  const client = createAccessClient({
    baseUrl,
    timeoutMs: 5000,
    retry: { retries: 5 },
    token: clientCredentials({ tokenUrl, clientId: "platform-sync", clientSecret: secret, scopes: ["records:read", "audit:read", "conformance:run"], resource: "urn:ywjy:system:0201" }),
  });

  const scenario: ScenarioName = "create-tender-project";
  const run = await client.POST("/conformance/scenarios/{name}", { params: { path: { name: scenario } }, body: { projectCode: "E3502032026110001" } });
  if (run.error) throw new Error(`${run.error.code}: ${run.error.detail ?? run.error.title}`);
  const created: number[] = run.data.records.map((r) => r.DATA_NO);
  console.log(`created ${created.length} records`);

  const items: RecordItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.GET("/data-sets/{dataNo}/records", { params: { path: { dataNo: 500 }, query: { updatedSince: since, cursor, limit: 200 } } });
    if (!page.data) throw new Error(`listRecords answered ${page.response.status}`);
    items.push(...page.data.items);
    cursor = page.data.nextCursor ?? undefined;
  } while (cursor);

  const code = items[0]?.record.context.PROJECT_CODE + "001";
  const [trail, digest] = await Promise.all([
    client.GET("/tender-projects/{tenderProjectCode}/audit-trail", { params: { path: { tenderProjectCode: code } } }),
    client.GET("/tender-projects/{tenderProjectCode}/audit-trail/digest", { params: { path: { tenderProjectCode: code } } }),
  ]);
  if (trail.data && digest.data) {
    const verdict = verifyAuditChain(trail.data.entries, digest.data);
    if (!verdict.ok) throw new Error(`audit trail of ${code}: ${verdict.problem} at ${verdict.index}`);
  }
  return items;
}
