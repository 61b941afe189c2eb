/**
 * The published numbers the checks work with: the access standard's x-ywjy-parameters (the channel's
 * are the generated CHANNEL_PARAMETERS). A check reads its limits and timeouts here rather than keeping
 * its own, so that what it applies is what the standard says; each check also declares them
 * (CheckDefinition.depends), and `ywjy lint` makes sure its requirements name them.
 */
import { loadAccessApi } from "../../src/sdk/index.ts";

type Parameters = Record<string, { value: number; unit: string }>;

/** A number of x-ywjy-parameters of the access standard, in the unit the caller expects. */
export function accessParameter(name: string, unit: string): number {
  const p = (loadAccessApi().document as { "x-ywjy-parameters"?: Parameters })["x-ywjy-parameters"]?.[name];
  if (!p || p.unit !== unit || typeof p.value !== "number") throw new Error(`specs/access/openapi.yaml: x-ywjy-parameters.${name} (in ${unit}) is missing`);
  return p.value;
}
