import { join } from "node:path";
import { specsDir } from "../paths.ts";
import { readYamlFile } from "./yaml-file.ts";

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface SpecManifest {
  id: string;
  version: string;
  status: "draft" | "candidate" | "published";
  schemaBase: string;
  title: LocalizedText;
  publisher: LocalizedText;
  parts: Array<LocalizedText & { id: string; paths: string[] }>;
  changelog: Array<LocalizedText & { version: string; date: string }>;
}

let cached: SpecManifest | undefined;

export function loadManifest(): SpecManifest {
  cached ??= readYamlFile<SpecManifest>(join(specsDir, "manifest.yaml"));
  return cached;
}
