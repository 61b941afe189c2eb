/**
 * The defect catalogue (conformance/defect-catalogue.yaml): the reference system's defective variants
 * and the checks each must fail, read and checked for shape. An error names the file and the path.
 */
import { fromRoot } from "../src/paths.ts";
import { readYamlFile } from "../src/specs/yaml-file.ts";

export interface DefectVariant {
  name: string;
  defects: string[];
  /** Defects of the target's channel layer (conformance/reference-target.ts CHANNEL_DEFECTS). */
  channelDefects: string[];
  fails: string[];
  crossTalk: Array<{ check: string; why: string }>;
  platform: { deliveryDeadlineMs?: number; receiveWindowMs?: number };
  lateMs?: number;
}

export interface DefectCatalogue {
  variants: DefectVariant[];
  uncovered: Array<{ group: string; why: string }>;
}

export const DEFECT_CATALOGUE_PATH = fromRoot("conformance", "defect-catalogue.yaml");

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

export function loadDefectCatalogue(path = DEFECT_CATALOGUE_PATH): DefectCatalogue {
  const raw = readYamlFile<unknown>(path);
  const fail = (where: string, problem: string): never => {
    throw new Error(`${path}: ${where}: ${problem}`);
  };
  if (!isObject(raw) || !Array.isArray(raw.variants)) return fail("/variants", "a list of variants is required");
  const names = new Set<string>();
  const variants = raw.variants.map((v, i): DefectVariant => {
    const at = `/variants/${i}`;
    if (!isObject(v) || typeof v.name !== "string" || !/^[a-z][a-z0-9-]*$/.test(v.name)) return fail(`${at}/name`, "a kebab-case name is required");
    if (names.has(v.name)) fail(`${at}/name`, `${v.name} is named twice`);
    names.add(v.name);
    if (!isStrings(v.defects)) fail(`${at}/defects`, "a list of defect switches is required");
    if (v.channelDefects !== undefined && !isStrings(v.channelDefects)) fail(`${at}/channelDefects`, "a list of channel defect names is required");
    if (!isStrings(v.fails)) fail(`${at}/fails`, "a list of check IDs is required");
    const crossTalk = v.crossTalk ?? [];
    if (!Array.isArray(crossTalk) || !crossTalk.every((c) => isObject(c) && typeof c.check === "string" && typeof c.why === "string"))
      fail(`${at}/crossTalk`, "a list of { check, why } is required");
    const platform = v.platform ?? {};
    if (!isObject(platform) || Object.values(platform).some((x) => typeof x !== "number")) fail(`${at}/platform`, "numbers of milliseconds are required");
    if (v.lateMs !== undefined && typeof v.lateMs !== "number") fail(`${at}/lateMs`, "a number of milliseconds is required");
    return {
      name: v.name,
      defects: v.defects as string[],
      channelDefects: (v.channelDefects as string[] | undefined) ?? [],
      fails: v.fails as string[],
      crossTalk: crossTalk as DefectVariant["crossTalk"],
      platform: platform as DefectVariant["platform"],
      ...(typeof v.lateMs === "number" ? { lateMs: v.lateMs } : {}),
    };
  });
  const uncovered = raw.uncovered ?? [];
  if (!Array.isArray(uncovered) || !uncovered.every((u) => isObject(u) && typeof u.group === "string" && typeof u.why === "string"))
    fail("/uncovered", "a list of { group, why } is required");
  return { variants, uncovered: uncovered as DefectCatalogue["uncovered"] };
}
