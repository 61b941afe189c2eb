/**
 * Synthetic Xiamen trading data for tests and benchmarks: a year of report records with planted
 * defects and collusion patterns at known positions. See year.ts.
 */
export { DATA_SETS, DEFAULT_COLLUSION_RATE, DEFAULT_CORRECTION_RATE, DEFAULT_DEFECT_RATE, DEFAULT_DOMAIN_SHARE, SyntheticYear, generateYear, type Correction, type GenerateOptions, type YearStats } from "./year.ts";
export { PLANT_KINDS, unplantable, type Plant, type PlantKind } from "./plants.ts";
export { loadSchemaBundle, type SchemaBundle, type DataSetSpec, type FieldSpec } from "./schemas.ts";
export { calendarDays, parseTime } from "./time.ts";
export { writeYear, truthOf, type Truth, type WriteResult } from "./write.ts";
export { DOMAIN_OF_TRADE, DOMAIN_TRADES, DOMAIN_TRADE_DATA_SETS, domainTradeDrafts, type DomainTrade } from "./domains.ts";
export { COMPLAINT_DATA_SET, COMPLAINT_SHARE, complaintDrafts } from "./complaints.ts";
