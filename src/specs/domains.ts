/** The trading domains (specs/reporting/domains.yaml): their names and the data sets each must report. */
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import type { LocalizedText } from "./manifest.ts";
import { readYamlFile } from "./yaml-file.ts";

export interface TradingDomain extends LocalizedText {
  id: string;
  /** A kind of trading system (a system declares one or more of them in its discovery document). */
  trading: boolean;
  /** The DATA_NOs a system of this domain must serve. */
  required: number[];
}

export const domainsFile = join(specsDir, "reporting", "domains.yaml");

let cached: TradingDomain[] | undefined;

export function loadDomains(file: string = domainsFile): TradingDomain[] {
  if (file === domainsFile && cached) return cached;
  const domains = readYamlFile<{ domains: TradingDomain[] }>(file).domains;
  if (file === domainsFile) cached = domains;
  return domains;
}

export const domainById = (id: string): TradingDomain | undefined => loadDomains().find((d) => d.id === id);
