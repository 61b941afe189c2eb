/**
 * Incremental sync and cursor paging (ACC-DATA-03/04): a traversal from a request without a cursor,
 * following nextCursor, returns every record exactly once even while records are added — and changed —
 * between pages, with a frozen clock as well (the store's clock still moves 1 ms per change);
 * updatedSince returns exactly the records changed after it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadAccessApi } from "../../src/sdk/index.ts";
import { expectConforms, startTestSystem, type TestSystem } from "./helpers.ts";

/** A valid PROJECT (500) record: the document's own example, with its key and code varied. */
const example = loadAccessApi().document.components.examples.RecordItem.value.record;
function project(i: number) {
  const serial = String(i).padStart(4, "0");
  return { ...example, DATA_KEY: `0201500${"0".repeat(11)}${serial}`, context: { ...example.context, PROJECT_CODE: `E350203202611${serial}`, PROJECT_NAME: `项目${serial}` } };
}

let t: TestSystem | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function traverse(sys: TestSystem, query: string, between: (page: number) => void): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const a = await sys.call(`/data-sets/500/records?limit=3${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expectConforms("listRecords", a);
    keys.push(...a.body.items.map((i: { record: { DATA_KEY: string } }) => i.record.DATA_KEY));
    cursor = a.body.nextCursor;
    if (!cursor) return keys;
    between(page);
  }
  throw new Error("the traversal did not end");
}

const clocks: Array<[string, (() => number) | undefined]> = [
  ["the wall clock", undefined],
  ["a frozen clock", () => Date.parse("2026-11-27T08:00:00.000Z")],
];

describe.each(clocks)("with %s", (_name, now) => {
  it("returns every record exactly once while records are added between pages", async () => {
    t = await startTestSystem(now ? { now } : {});
    for (let i = 0; i < 10; i++) t.system.store.put(project(i));
    let next = 10;
    const keys = await traverse(t, "", (page) => {
      if (page < 4) for (let k = 0; k < 2; k++) t!.system.store.put(project(next++));
    });
    const expected = Array.from({ length: next }, (_, i) => project(i).DATA_KEY);
    expect(keys).toHaveLength(expected.length);
    expect(new Set(keys)).toEqual(new Set(expected));
  });

  it("returns a record changed during the traversal again at the end, and no other twice", async () => {
    t = await startTestSystem(now ? { now } : {});
    for (let i = 0; i < 7; i++) t.system.store.put(project(i));
    const keys = await traverse(t, "", (page) => {
      if (page === 0) t!.system.store.put({ ...project(0), DATA_TYPE: "2" });
    });
    expect(keys).toEqual([...Array.from({ length: 7 }, (_, i) => project(i).DATA_KEY), project(0).DATA_KEY]);
  });

  it("returns exactly the records updated after updatedSince", async () => {
    t = await startTestSystem(now ? { now } : {});
    const stored = Array.from({ length: 9 }, (_, i) => t!.system.store.put(project(i)));
    const since = stored[4]!.updatedAt;
    const keys = await traverse(t, `&updatedSince=${encodeURIComponent(since)}`, (page) => {
      if (page === 0) t!.system.store.put(project(9));
    });
    expect(keys).toEqual([5, 6, 7, 8, 9].map((i) => project(i).DATA_KEY));
  });

  it("keeps updatedAt strictly increasing", () => {
    return startTestSystem(now ? { now } : {}).then((sys) => {
      t = sys;
      const times = Array.from({ length: 20 }, (_, i) => Date.parse(sys.system.store.put(project(i)).updatedAt));
      expect(times.every((x, i) => i === 0 || x > times[i - 1]!)).toBe(true);
    });
  });
});

it("refuses a cursor used with another updatedSince", async () => {
  t = await startTestSystem();
  for (let i = 0; i < 5; i++) t.system.store.put(project(i));
  const first = await t.call("/data-sets/500/records?limit=2");
  const a = await t.call(`/data-sets/500/records?limit=2&updatedSince=2026-01-01T00:00:00Z&cursor=${first.body.nextCursor}`);
  expect(a.status).toBe(400);
  expect(a.body.code).toBe("cursor-invalid");
});
