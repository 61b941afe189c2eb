/**
 * The audit trail's hash chain (access standard, ACC-AUDIT-02): an entry's hash is the SHA-256, in
 * lower-case hex, of the RFC 8785 canonical JSON of the entry without its `hash` field; `prevHash` is the
 * previous entry's hash, and 64 zeros for the first entry. Sequence numbers start at 1 and have no gaps.
 * An edited entry no longer matches its hash; a removed, inserted or reordered entry breaks the next
 * entry's prevHash or the sequence; a removed last entry shows against a digest kept earlier.
 */
import { createHash } from "node:crypto";
import canonicalizeModule from "canonicalize";
import type { components } from "../../generated/sdk/access.ts";

export type AuditEntry = components["schemas"]["AuditEntry"];
export type AuditDigest = components["schemas"]["AuditDigest"];
export type AuditEntryInput = Omit<AuditEntry, "seq" | "prevHash" | "hash">;

/** RFC 8785 canonical JSON (the package is CommonJS; under NodeNext its default export types as a namespace). */
export const canonicalJson = canonicalizeModule as unknown as (value: unknown) => string | undefined;

export const GENESIS_HASH = "0".repeat(64);

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The hash an entry must carry: SHA-256 of its RFC 8785 form without `hash`. */
export function auditEntryHash(entry: Omit<AuditEntry, "hash"> | AuditEntry): string {
  const { hash: _hash, ...rest } = entry as AuditEntry;
  return sha256Hex(canonicalJson(rest)!);
}

/** The entry that follows `chain` (seq, prevHash and hash filled in). */
export function nextAuditEntry(chain: readonly AuditEntry[], input: AuditEntryInput): AuditEntry {
  const last = chain[chain.length - 1];
  const entry = { seq: (last?.seq ?? 0) + 1, ...input, prevHash: last?.hash ?? GENESIS_HASH };
  return { ...entry, hash: auditEntryHash(entry) };
}

export type ChainProblem = "seq-gap" | "prev-hash-mismatch" | "hash-mismatch" | "tender-project-mismatch" | "digest-length-mismatch" | "digest-head-mismatch";

export type ChainVerdict =
  | { ok: true; length: number; head: string }
  | { ok: false; problem: ChainProblem; index: number; detail: string };

/**
 * Verifies a chain from its first entry; with `digest`, also that the chain is the one the digest
 * describes (same length and head). `index` is the 0-based position of the first bad entry
 * (the chain's length for a digest mismatch).
 */
export function verifyAuditChain(entries: readonly AuditEntry[], digest?: Pick<AuditDigest, "length" | "head">): ChainVerdict {
  let prev = GENESIS_HASH;
  const project = entries[0]?.tenderProjectCode;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1) return { ok: false, problem: "seq-gap", index: i, detail: `entry ${i} has seq ${e.seq}, expected ${i + 1}` };
    if (e.tenderProjectCode !== project)
      return { ok: false, problem: "tender-project-mismatch", index: i, detail: `entry ${e.seq} belongs to ${e.tenderProjectCode}, not ${project}` };
    if (e.prevHash !== prev) return { ok: false, problem: "prev-hash-mismatch", index: i, detail: `entry ${e.seq}: prevHash is not the previous entry's hash` };
    const h = auditEntryHash(e);
    if (e.hash !== h) return { ok: false, problem: "hash-mismatch", index: i, detail: `entry ${e.seq}: hash does not match its content` };
    prev = h;
  }
  if (digest && digest.length !== entries.length)
    return { ok: false, problem: "digest-length-mismatch", index: entries.length, detail: `the digest says ${digest.length} entries, the trail has ${entries.length}` };
  if (digest && digest.head !== prev)
    return { ok: false, problem: "digest-head-mismatch", index: entries.length, detail: "the digest's head is not the hash of the trail's last entry" };
  return { ok: true, length: entries.length, head: prev };
}
