/** The city platform's endpoints (specs/platform/endpoints.yaml) → generated/sdk/platform.ts, constants for the SDK and the mock platform. */
import { loadPlatformEndpoints } from "../specs/platform-endpoints.ts";
import { tsFile, type GeneratedFile } from "./generated-file.ts";

const GENERATOR = "src/generate/platform-endpoints.ts";

export function generatePlatformEndpoints(): GeneratedFile[] {
  const e = loadPlatformEndpoints();
  const paths = Object.fromEntries(Object.entries(e.endpoints).map(([id, x]) => [id, x.path]));
  const body = [
    "/** The production platform's URL; during a certification the runner's platform URL takes its place. */",
    `export const PLATFORM_ORIGIN = ${JSON.stringify(e.origin)};`,
    "",
    "/** The path of each platform endpoint a trading system uses, under the platform's URL. */",
    `export const PLATFORM_PATHS = ${JSON.stringify(paths, null, 2)} as const;`,
    "",
    "export type PlatformEndpointId = keyof typeof PLATFORM_PATHS;",
  ];
  return [tsFile("sdk/platform.ts", GENERATOR, body.join("\n"))];
}
