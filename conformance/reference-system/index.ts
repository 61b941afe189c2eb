/**
 * The reference trading system (see system.ts): `createReferenceSystem` builds one, `startReferenceSystem`
 * also starts it listening. Variants for the conformance runner's self-test take `defects`.
 */
import { domainSeed, REFERENCE_DOMAINS } from "./domains.ts";
import { SyntheticRecordFactory } from "./lifecycle.ts";
import { ReferenceSystem, type ReferenceSystemOptions } from "./system.ts";

export { domainSeed, isReferenceDomain, REFERENCE_DOMAINS, type SeedRecord } from "./domains.ts";
export { DEFECTS, DEFECT_NAMES, isDefectName, parseDefects, type DefectName } from "./defects.ts";
export { MODULES, type ModuleDefinition, type SystemIdentity } from "./identity.ts";
export { dataKeyOf, type RecordFactory, type ScenarioRecordDraft } from "./records.ts";
export { SyntheticRecordFactory } from "./lifecycle.ts";
export { ReferenceSystem, SESSION_COOKIE, type ReferenceSystemOptions } from "./system.ts";

export type CreateOptions = Omit<ReferenceSystemOptions, "records"> &
  Partial<Pick<ReferenceSystemOptions, "records">> & {
    /** Run as a system of this trading domain (REFERENCE_DOMAINS): its identity and its domain's records. */
    domain?: string;
  };

/** A reference system; its records come from the synthetic lifecycle unless `records` says otherwise. */
export function createReferenceSystem(options: CreateOptions): ReferenceSystem {
  const { domain, ...rest } = options;
  const asDomain = domain === undefined ? {} : { seed: domainSeed(domain, options.identity?.SYSTEM_NO), identity: { name: REFERENCE_DOMAINS[domain], domains: [domain], ...options.identity } };
  return new ReferenceSystem({ ...rest, ...asDomain, records: options.records ?? new SyntheticRecordFactory(options.identity?.SYSTEM_NO) });
}

/** Creates a reference system and starts it listening (port 0: any free port). */
export async function startReferenceSystem(options: CreateOptions & { port?: number; host?: string }): Promise<ReferenceSystem> {
  const system = createReferenceSystem(options);
  await system.listen(options.port ?? 0, options.host);
  return system;
}
