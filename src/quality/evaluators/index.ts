/** The evaluator of each rule kind (the `kind` of a rule in specs/quality). */
import type { EvaluatorFactory } from "../engine.ts";
import { AmountCap } from "./amount-cap.ts";
import { AmountMatch } from "./amount-match.ts";
import { CodeHierarchy } from "./code-hierarchy.ts";
import { ConditionalFields } from "./conditional-fields.ts";
import { Interval } from "./interval.ts";
import { Lifecycle } from "./lifecycle.ts";
import { MandatoryFields } from "./mandatory-fields.ts";
import { Membership } from "./membership.ts";
import { PriceBand } from "./price-band.ts";
import { PricePattern } from "./price-pattern.ts";
import { Reference } from "./reference.ts";
import { RotatingLosers } from "./rotating-losers.ts";
import { SharedValue } from "./shared-value.ts";

export const EVALUATORS: Record<string, EvaluatorFactory> = {
  "mandatory-fields": (env) => new MandatoryFields(env),
  "conditional-fields": (env) => new ConditionalFields(env),
  reference: (env) => new Reference(env),
  membership: (env) => new Membership(env),
  "amount-cap": (env) => new AmountCap(env),
  "amount-match": (env) => new AmountMatch(env),
  "code-hierarchy": (env) => new CodeHierarchy(env),
  interval: (env) => new Interval(env),
  lifecycle: (env) => new Lifecycle(env),
  "shared-value": (env) => new SharedValue(env),
  "price-pattern": (env) => new PricePattern(env),
  "price-band": (env) => new PriceBand(env),
  "rotating-losers": (env) => new RotatingLosers(env),
};
