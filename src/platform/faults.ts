/**
 * Fault injection of the mock platform, for tests and for vendors testing their retry logic: rules
 * that drop, delay or fail (5xx) the requests they match. Rules are tried in the order they were
 * added; the first that matches and has uses left decides.
 */

/** What a rule does to a request it matches. */
export type FaultAction =
  /** Close the connection without reading the request any further: the platform never sees it. */
  | "drop-request"
  /** Handle the request, then close the connection without answering: stored, but the sender does not know. */
  | "drop-response"
  /** Wait `delayMs`, then handle the request. */
  | "delay"
  /** Answer `status` (default 503) with `Retry-After` when given, without handling the request. */
  | "fail";

/** Where a request goes: the channel's endpoints (and the token endpoint). */
export type FaultTarget = "reports" | "reconciliation" | "sequence" | "token";

export interface FaultRule {
  id?: string;
  action: FaultAction;
  match?: {
    /** Default "reports". */
    target?: FaultTarget;
    systemNo?: string;
    /** Sequence numbers (Ywjy-Sequence) the rule applies to. */
    sequences?: number[];
    eventId?: string;
  };
  /** Let this many matching requests through first. */
  skip?: number;
  /** Apply to this many matching requests, then retire; unlimited when absent. */
  times?: number;
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
}

export interface FaultRequest {
  target: FaultTarget;
  systemNo?: string;
  sequence?: number;
  eventId?: string;
}

export interface ActiveFault extends FaultRule {
  id: string;
  /** How many requests the rule has matched, and how many it has acted on. */
  matched: number;
  applied: number;
}

const ACTIONS: readonly FaultAction[] = ["drop-request", "drop-response", "delay", "fail"];

/** Checks a rule from outside (the admin API, a config file); returns the reason it is wrong. */
export function faultRuleProblem(r: unknown): string | undefined {
  if (!r || typeof r !== "object") return "a fault rule is an object";
  const rule = r as FaultRule;
  if (!ACTIONS.includes(rule.action)) return `action must be one of ${ACTIONS.join(", ")}`;
  if (rule.action === "delay" && !(typeof rule.delayMs === "number" && rule.delayMs >= 0)) return "a delay needs delayMs ≥ 0";
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 400 && rule.status <= 599)) return "status must be an HTTP error status (400–599)";
  for (const k of ["skip", "times", "retryAfterSeconds"] as const)
    if (rule[k] !== undefined && !(Number.isInteger(rule[k]) && rule[k]! >= 0)) return `${k} must be a whole number ≥ 0`;
  return undefined;
}

export class FaultInjector {
  private rules: ActiveFault[] = [];
  private next = 1;

  add(rule: FaultRule): ActiveFault {
    const problem = faultRuleProblem(rule);
    if (problem) throw new Error(`fault rule: ${problem}`);
    const active: ActiveFault = { ...rule, id: rule.id ?? `fault-${this.next++}`, matched: 0, applied: 0 };
    this.rules.push(active);
    return active;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The rule that acts on this request, if any (counting it as used). */
  decide(req: FaultRequest): ActiveFault | undefined {
    for (const r of this.rules) {
      const m = r.match ?? {};
      if ((m.target ?? "reports") !== req.target) continue;
      if (m.systemNo !== undefined && m.systemNo !== req.systemNo) continue;
      if (m.eventId !== undefined && m.eventId !== req.eventId) continue;
      if (m.sequences !== undefined && (req.sequence === undefined || !m.sequences.includes(req.sequence))) continue;
      if (r.times !== undefined && r.applied >= r.times) continue;
      r.matched++;
      if (r.matched <= (r.skip ?? 0)) continue;
      r.applied++;
      return r;
    }
    return undefined;
  }
}
