/**
 * The conformance scenario catalogue of the access standard (specs/access/scenarios.yaml, carried in the
 * generated SDK as SCENARIO_CATALOGUE): look-ups, the codes a scenario runs on once its input defaults
 * are applied, and the effects it must have. The trading system and the conformance runner both use it.
 */
import { SCENARIO_CATALOGUE, type components, type ScenarioName } from "../../generated/sdk/access.ts";

export type ScenarioInput = components["schemas"]["ScenarioInput"];
export type ScenarioDefinition = (typeof SCENARIO_CATALOGUE)["scenarios"][number];
export type ScenarioEffect = ScenarioDefinition["effects"][number];

export interface ScenarioCodes {
  projectCode: string;
  tenderProjectCode: string;
  bidSectionCode: string;
}

export const SCENARIO_NAMES: readonly ScenarioName[] = SCENARIO_CATALOGUE.scenarios.map((s) => s.name);

export function scenarioByName(name: string): ScenarioDefinition | undefined {
  return SCENARIO_CATALOGUE.scenarios.find((s) => s.name === name);
}

const fill = (template: string, values: Record<string, string | undefined>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/**
 * The codes a scenario runs on: the input's, else the catalogue's defaults (the scenario's own first).
 * A code given alone implies its parents by the code hierarchy (project 17 → tender project 20 → section 23).
 * Returns an error message when the given codes do not nest.
 */
export function scenarioCodes(def: ScenarioDefinition, input: ScenarioInput = {}): ScenarioCodes | { error: string } {
  const defaults: Record<string, string> = { ...SCENARIO_CATALOGUE.defaults, ...("defaults" in def ? def.defaults : {}) };
  const v: Record<string, string | undefined> = { ...input };
  v.tenderProjectCode ??= v.bidSectionCode?.slice(0, 20);
  v.projectCode ??= v.tenderProjectCode?.slice(0, 17) ?? defaults.projectCode;
  v.tenderProjectCode ??= fill(defaults.tenderProjectCode!, v);
  v.bidSectionCode ??= fill(defaults.bidSectionCode!, v);
  if (!v.tenderProjectCode.startsWith(v.projectCode!)) return { error: `tenderProjectCode ${v.tenderProjectCode} does not start with projectCode ${v.projectCode}` };
  if (!v.bidSectionCode.startsWith(v.tenderProjectCode)) return { error: `bidSectionCode ${v.bidSectionCode} does not start with tenderProjectCode ${v.tenderProjectCode}` };
  return { projectCode: v.projectCode!, tenderProjectCode: v.tenderProjectCode, bidSectionCode: v.bidSectionCode };
}

/** The records a scenario must produce, per DATA_NO, and the audit actions, in order. */
export function expectedEffects(def: ScenarioDefinition): Array<{ DATA_NO: number; count: number; action: string }> {
  return def.effects.map((e) => ({ DATA_NO: e.DATA_NO, count: e.count, action: e.action }));
}
