/** The mock platform's configuration file (YAML or JSON): the clients, test users and faults it starts with. */
import { faultRuleProblem, type FaultRule } from "./faults.ts";
import type { ClientConfig, TestUser } from "./registry.ts";
import { readYamlFile } from "../specs/yaml-file.ts";

export interface PlatformConfig {
  /** The admin API's bearer token (YWJY_MOCK_ADMIN_TOKEN overrides it). */
  adminToken?: string;
  clients?: ClientConfig[];
  users?: TestUser[];
  faults?: FaultRule[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads and checks a configuration file; an error names the file and the JSON path of the problem. */
export function loadPlatformConfig(path: string): PlatformConfig {
  const c = readYamlFile<unknown>(path);
  const fail = (where: string, problem: string): never => {
    throw new Error(`${path}: ${where}: ${problem}`);
  };
  if (!isObject(c)) return fail("/", "the configuration is a mapping with clients, users and faults");
  for (const k of Object.keys(c)) if (!["adminToken", "clients", "users", "faults"].includes(k)) fail(`/${k}`, "unknown key (adminToken, clients, users, faults)");
  if (c.adminToken !== undefined && (typeof c.adminToken !== "string" || c.adminToken.length < 16)) fail("/adminToken", "must be a string of at least 16 characters");
  for (const k of ["clients", "users", "faults"] as const) if (c[k] !== undefined && !Array.isArray(c[k])) fail(`/${k}`, "must be a list");
  (c.clients as unknown[] | undefined)?.forEach((x, i) => {
    if (!isObject(x) || typeof x.clientId !== "string" || !x.clientId) fail(`/clients/${i}`, "a client needs a clientId");
    const client = x as Record<string, unknown>;
    if (client.clientSecret !== undefined && typeof client.clientSecret !== "string") fail(`/clients/${i}/clientSecret`, "must be a string");
    if (client.systemNo !== undefined && !/^[0-9A-Za-z]{4}$/.test(String(client.systemNo))) fail(`/clients/${i}/systemNo`, "must be 4 letters or digits (quote it: \"0201\")");
    if (client.jwks !== undefined && !(isObject(client.jwks) && Array.isArray(client.jwks.keys))) fail(`/clients/${i}/jwks`, "must be a JWKS ({ keys: [...] })");
  });
  (c.users as unknown[] | undefined)?.forEach((x, i) => {
    if (!isObject(x) || typeof x.sub !== "string" || typeof x.name !== "string") fail(`/users/${i}`, "a user needs sub and name");
  });
  (c.faults as unknown[] | undefined)?.forEach((x, i) => {
    const p = faultRuleProblem(x);
    if (p) fail(`/faults/${i}`, p);
  });
  return c as PlatformConfig;
}
