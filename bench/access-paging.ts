/**
 * The reference system's record paging (ACC-DATA-04) over loopback: a full traversal of N records with
 * the largest page, against a baseline measured in the same run — JSON.stringify + JSON.parse of the
 * same pages in process — and the same traversal with every page validated by the SDK against the
 * OpenAPI document (as the conformance runner does). Prints records/s and the ratios.
 */
import { startReferenceSystem } from "../conformance/reference-system/index.ts";
import { generateSigningKey, issueAccessToken } from "../src/auth/index.ts";
import { loadAccessApi } from "../src/sdk/index.ts";

const N = Number(process.env.BENCH_RECORDS ?? 20_000);
const LIMIT = 500;
const ISSUER = "https://bench.test";

const api = loadAccessApi();
const example = api.document.components.examples.RecordItem.value.record;
const key = await generateSigningKey();
const system = await startReferenceSystem({ platform: { issuer: ISSUER, keys: { keys: [key.publicJwk] } }, rateLimit: { limit: 1e9, windowSeconds: 60 }, log: () => {} });
for (let i = 0; i < N; i++) {
  const serial = String(i).padStart(6, "0");
  system.store.put({ ...example, DATA_KEY: `0201500${"0".repeat(9)}${serial}`, context: { ...example.context, PROJECT_CODE: `E35020320261${serial.slice(1)}` } });
}
const token = await issueAccessToken(key, { issuer: ISSUER, audience: system.audience, clientId: "bench", scopes: ["records:read"] });

async function traverse(validate: boolean): Promise<number> {
  let cursor: string | null = null;
  let seen = 0;
  const t0 = performance.now();
  do {
    const res = await fetch(`${system.url}/data-sets/500/records?limit=${LIMIT}${cursor ? `&cursor=${cursor}` : ""}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    if (validate && api.validateResponse("listRecords", { status: res.status, headers: res.headers, body }).length) throw new Error("a page does not conform");
    seen += body.items.length;
    cursor = body.nextCursor;
  } while (cursor);
  if (seen !== N) throw new Error(`traversal saw ${seen} of ${N} records`);
  return performance.now() - t0;
}

function baseline(): number {
  const t0 = performance.now();
  let from: { updatedAt: number; key: string } | undefined;
  for (let more = true; more; ) {
    const page = system.store.page(500, { limit: LIMIT, from });
    JSON.parse(JSON.stringify(page.items));
    const last = page.items.at(-1)!;
    from = { updatedAt: Date.parse(last.updatedAt), key: last.record.DATA_KEY };
    more = page.more;
  }
  return performance.now() - t0;
}

await traverse(true); // warm-up: compiles the validators
const base = baseline();
const plain = await traverse(false);
const validated = await traverse(true);
const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString("en");
console.log(`records ${N}, page size ${LIMIT}`);
console.log(`baseline: stringify + parse in process   ${rate(base)} records/s`);
console.log(`HTTP traversal                            ${rate(plain)} records/s   ${(plain / base).toFixed(1)}× the baseline's time`);
console.log(`HTTP traversal, every page validated      ${rate(validated)} records/s   ${(validated / base).toFixed(1)}× the baseline's time`);
await system.close();
