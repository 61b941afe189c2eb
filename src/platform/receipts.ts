/**
 * Receipts (回执): the platform's answer to each message — accepted, held, or rejected with findings —
 * its HTTP status, and the findings of the intake rules (x-ywjy-intake-rules of the channel document).
 */
import { INTAKE_RULES, REPLY_STATUS, type Finding, type IntakeRuleId, type Receipt, type RecordOutcome } from "../../generated/sdk/channel.ts";
import { signDetached, type SigningKey } from "../auth/index.ts";
import { formatMessage } from "../findings/finding.ts";
import type { MessageEntry, SystemState } from "./state.ts";

/** A finding of an intake rule; `path` points into the record, or into `{headers, body}` for the message. */
export function intakeFinding(ruleId: IntakeRuleId, path: string, params: Record<string, string | number | undefined> = {}, extra: Partial<Finding> = {}): Finding {
  const rule = INTAKE_RULES[ruleId];
  return { ruleId, severity: rule.severity, ...extra, path, message: formatMessage(rule, params) };
}

export const headerPath = (name: string) => `/headers/${name}`;

const isIntakeRule = (id: string): id is IntakeRuleId => Object.hasOwn(INTAKE_RULES, id);

/** The HTTP status of a rejection: the status of its first intake-rule error, else that of a content rejection. */
export function rejectionStatus(findings: readonly Finding[]): number {
  const first = findings.find((f) => f.severity === "error" && isIntakeRule(f.ruleId));
  return first ? INTAKE_RULES[first.ruleId as IntakeRuleId].status : REPLY_STATUS.receiptRejectedContent;
}

export interface ReceiptContext {
  now: Date;
  gapStaleAfterMs: number;
}

export function outcomes(e: MessageEntry): RecordOutcome[] {
  return e.records.map((r, i) => ({ DATA_KEY: r.DATA_KEY, DATA_NO: r.DATA_NO, DATA_TYPE: r.DATA_TYPE, digest: e.digests[i] }));
}

/** The receipt of a message that used up its sequence number, as it stands now. */
export function entryReceipt(e: MessageEntry, state: SystemState, ctx: ReceiptContext, duplicate: boolean): { status: number; receipt: Receipt } {
  const base = {
    receiptId: e.receiptId,
    duplicate,
    sequenceConsumed: true,
    eventId: e.eventId,
    systemNo: e.systemNo,
    sequence: e.sequence,
    occurredAt: e.occurredAt,
    receivedAt: e.receivedAt,
    appliedThrough: state.appliedThrough,
  };
  if (e.verdict === "rejected") return { status: rejectionStatus(e.findings), receipt: { ...base, status: "rejected", findings: e.findings } };
  if (e.acceptedAt) {
    return {
      status: REPLY_STATUS.receiptAccepted,
      receipt: { ...base, status: "accepted", acceptedAt: e.acceptedAt, timely: !e.findings.some((f) => f.ruleId === "intake.late"), records: outcomes(e), findings: e.findings },
    };
  }
  const gaps = state.gaps(ctx.now, ctx.gapStaleAfterMs, e.sequence);
  const stale = gaps.filter((g) => g.stale).map((g) => intakeFinding("intake.gap-stale", headerPath("Ywjy-Sequence"), { from: g.from, to: g.to, limit: ctx.gapStaleAfterMs / 1000 }));
  return {
    status: REPLY_STATUS.receiptHeld,
    receipt: { ...base, status: "held", missingSequences: gaps.map((g) => ({ from: g.from, to: g.to })), records: outcomes(e), findings: [...e.findings, ...stale] },
  };
}

/** The receipt of a message refused before it used up a sequence number. */
export function refusal(findings: Finding[], now: Date, ids: { eventId?: string; systemNo?: string; sequence?: number } = {}): { status: number; receipt: Receipt } {
  return {
    status: rejectionStatus(findings),
    receipt: {
      receiptId: crypto.randomUUID(),
      status: "rejected",
      duplicate: false,
      sequenceConsumed: false,
      ...Object.fromEntries(Object.entries(ids).filter(([, v]) => v !== undefined)),
      receivedAt: now.toISOString(),
      findings,
    },
  };
}

/** Serialises a reply and, given the platform's key, signs it (the Ywjy-Signature response header). */
export async function signedJson(body: unknown, key: SigningKey | undefined): Promise<{ text: string; signature?: string }> {
  const text = JSON.stringify(body);
  return key ? { text, signature: await signDetached(text, key) } : { text };
}
