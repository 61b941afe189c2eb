/**
 * The reference trading system (see system.ts): `createReferenceSystem` builds one, `startReferenceSystem`
 * also starts it listening. Variants for the conformance runner's self-test take `defects`.
 */
import { SyntheticRecordFactory } from "./lifecycle.ts";
import { ReferenceSystem, type ReferenceSystemOptions } from "./system.ts";

export { DEFECTS, DEFECT_NAMES, isDefectName, parseDefects, type DefectName } from "./defects.ts";
export { MODULES, type ModuleDefinition, type SystemIdentity } from "./identity.ts";
export { dataKeyOf, type RecordFactory, type ScenarioRecordDraft } from "./records.ts";
export { SyntheticRecordFactory } from "./lifecycle.ts";
export { ReferenceSystem, SESSION_COOKIE, type ReferenceSystemOptions } from "./system.ts";

export type CreateOptions = Omit<ReferenceSystemOptions, "records"> & Partial<Pick<ReferenceSystemOptions, "records">>;

/** A reference system; its records come from the synthetic lifecycle unless `records` says otherwise. */
export function createReferenceSystem(options: CreateOptions): ReferenceSystem {
  return new ReferenceSystem({ ...options, records: options.records ?? new SyntheticRecordFactory(options.identity?.SYSTEM_NO) });
}

/** Creates a reference system and starts it listening (port 0: any free port). */
export async function startReferenceSystem(options: CreateOptions & { port?: number; host?: string }): Promise<ReferenceSystem> {
  const system = createReferenceSystem(options);
  await system.listen(options.port ?? 0, options.host);
  return system;
}
