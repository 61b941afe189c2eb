/**
 * The city platform's endpoints (specs/platform/endpoints.yaml): the one source of the token URL, the
 * JWKS, the OpenID configuration and the intake's addresses, for the generator, the docs and `ywjy lint`.
 */
import { join } from "node:path";
import { specsDir } from "../paths.ts";
import type { LocalizedText } from "./manifest.ts";
import { readYamlFile } from "./yaml-file.ts";

export const platformEndpointsPath = join(specsDir, "platform", "endpoints.yaml");

export interface PlatformEndpoint extends LocalizedText {
  method?: "GET" | "POST";
  /** Under the platform's URL. */
  path: string;
}

export interface PlatformEndpoints {
  /** The production platform's URL. */
  origin: string;
  endpoints: Record<string, PlatformEndpoint>;
}

export function loadPlatformEndpoints(path = platformEndpointsPath): PlatformEndpoints {
  const e = readYamlFile<PlatformEndpoints>(path);
  for (const id of ["openidConfiguration", "jwks", "authorize", "token", "userinfo", "intake", "reports", "reconciliation", "sequenceStatus"])
    if (typeof e?.endpoints?.[id]?.path !== "string") throw new Error(`${path}: endpoints.${id}.path is missing`);
  return e;
}

/** The production URL of an endpoint. */
export const platformEndpointUrl = (e: PlatformEndpoints, id: string): string => e.origin + e.endpoints[id]!.path;

/**
 * Puts the platform's endpoints into an OpenAPI or AsyncAPI document (the generated bundle, the docs
 * model): as `x-ywjy-platform-endpoints`, and as the token URL of every OAuth 2.0 security scheme.
 */
export function withPlatformEndpoints<T extends Record<string, any>>(doc: T, e: PlatformEndpoints = loadPlatformEndpoints()): T {
  const out = structuredClone(doc) as Record<string, any>;
  out["x-ywjy-platform-endpoints"] = { origin: e.origin, endpoints: e.endpoints };
  for (const scheme of Object.values<Record<string, any>>(out.components?.securitySchemes ?? {}))
    for (const flow of Object.values<Record<string, any>>(scheme?.flows ?? {})) if (flow && "tokenUrl" in flow) flow.tokenUrl = platformEndpointUrl(e, "token");
  return out as T;
}
