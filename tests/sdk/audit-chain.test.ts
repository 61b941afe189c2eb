/**
 * The audit hash chain (ACC-AUDIT-02/03): a chain built with nextAuditEntry verifies; an edited,
 * removed, inserted or swapped entry is found — with the problem and the position of the first bad
 * entry — whether or not the tamperer recomputed hashes; a removed tail shows against a digest.
 */
import { describe, expect, it } from "vitest";
import { auditEntryHash, canonicalJson, GENESIS_HASH, nextAuditEntry, sha256Hex, verifyAuditChain, type AuditEntry } from "../../src/sdk/index.ts";

const TP = "E3502032026110001001";
const actions = ["project.create", "tender-project.create", "section.create", "section.create", "tender-notice.publish"];

function chain(): AuditEntry[] {
  const out: AuditEntry[] = [];
  actions.forEach((action, i) =>
    out.push(
      nextAuditEntry(out, {
        tenderProjectCode: TP,
        at: new Date(Date.UTC(2026, 10, 27, 8, 0, 0, i)).toISOString(),
        actor: { type: "user", id: "u-1", name: "林晓" },
        action,
        object: { DATA_NO: 500 + i, DATA_KEY: `0201${500 + i}${String(i).padStart(15, "0")}`, DATA_TYPE: "1" },
      }),
    ),
  );
  return out;
}

/** Recomputes seq, prevHash and hash from position `from` on, as a tamperer covering tracks would. */
function rehash(entries: AuditEntry[], from = 0): AuditEntry[] {
  const out = entries.slice(0, from);
  for (const e of entries.slice(from)) {
    const { seq: _s, prevHash: _p, hash: _h, ...input } = e;
    out.push(nextAuditEntry(out, input));
  }
  return out;
}

describe("building and verifying", () => {
  it("links each entry to the previous one from the genesis hash", () => {
    const c = chain();
    expect(c[0]!.prevHash).toBe(GENESIS_HASH);
    expect(c.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    c.slice(1).forEach((e, i) => expect(e.prevHash).toBe(c[i]!.hash));
    expect(verifyAuditChain(c)).toEqual({ ok: true, length: 5, head: c[4]!.hash });
    expect(verifyAuditChain([])).toEqual({ ok: true, length: 0, head: GENESIS_HASH });
  });

  it("hashes the RFC 8785 form of the entry without its hash, whatever the key order", () => {
    const e = chain()[0]!;
    const { hash, ...rest } = e;
    expect(hash).toBe(sha256Hex(canonicalJson(rest)!));
    const reordered = Object.fromEntries(Object.entries(e).reverse()) as AuditEntry;
    expect(auditEntryHash(reordered)).toBe(hash);
  });

  it("verifies against a digest of the same chain", () => {
    const c = chain();
    expect(verifyAuditChain(c, { length: 5, head: c[4]!.hash })).toMatchObject({ ok: true });
  });
});

describe("tampering", () => {
  const cases: Array<[string, (c: AuditEntry[]) => AuditEntry[], string, number]> = [
    ["an edited entry", (c) => c.map((e, i) => (i === 2 ? { ...e, action: "section.delete" } : e)), "hash-mismatch", 2],
    ["an edited entry whose hash was recomputed", (c) => c.map((e, i) => (i === 2 ? { ...e, actor: { ...e.actor, id: "u-2" }, hash: auditEntryHash({ ...e, actor: { ...e.actor, id: "u-2" } }) } : e)), "prev-hash-mismatch", 3],
    ["an edited entry with every later hash recomputed", (c) => rehash(c.map((e, i) => (i === 2 ? { ...e, at: "2026-11-28T00:00:00.000Z" } : e)), 2), "ok-without-digest", 0],
    ["a removed entry", (c) => c.filter((_, i) => i !== 1), "seq-gap", 1],
    ["a removed entry, renumbered", (c) => c.filter((_, i) => i !== 1).map((e, i) => ({ ...e, seq: i + 1 })), "prev-hash-mismatch", 1],
    ["two swapped entries", (c) => [c[0]!, c[2]!, c[1]!, c[3]!, c[4]!], "seq-gap", 1],
    ["two swapped entries, renumbered", (c) => [c[0]!, c[2]!, c[1]!, c[3]!, c[4]!].map((e, i) => ({ ...e, seq: i + 1 })), "prev-hash-mismatch", 1],
    ["an inserted entry", (c) => [c[0]!, { ...c[1]!, action: "bid.receive" }, ...c.slice(1)], "hash-mismatch", 1],
    ["an entry of another tender project", (c) => c.map((e, i) => (i === 3 ? { ...e, tenderProjectCode: "E3502032026110002001" } : e)), "tender-project-mismatch", 3],
  ];

  it.each(cases)("finds %s", (_name, tamper, problem, index) => {
    const c = chain();
    const verdict = verifyAuditChain(tamper(c));
    if (problem === "ok-without-digest") {
      // A chain rewritten from the edited entry on is internally consistent: only a digest kept earlier shows it.
      expect(verdict.ok).toBe(true);
      expect(verifyAuditChain(tamper(c), { length: 5, head: c[4]!.hash })).toMatchObject({ ok: false, problem: "digest-head-mismatch", index: 5 });
    } else expect(verdict).toMatchObject({ ok: false, problem, index });
  });

  it("finds a removed last entry against a digest kept earlier", () => {
    const c = chain();
    expect(verifyAuditChain(c.slice(0, 4))).toMatchObject({ ok: true });
    expect(verifyAuditChain(c.slice(0, 4), { length: 5, head: c[4]!.hash })).toMatchObject({ ok: false, problem: "digest-length-mismatch", index: 4 });
  });
});
