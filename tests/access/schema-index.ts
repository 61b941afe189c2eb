/** generated/schemas/index.json: the data sets the contracts define. */
import { readFileSync } from "node:fs";
import { fromRoot } from "../../src/paths.ts";

export function loadSchemaIndex(): Array<{ dataNo: number; dataEn: string }> {
  return (JSON.parse(readFileSync(fromRoot("generated/schemas/index.json"), "utf8")) as { dataSets: Array<{ dataNo: number; dataEn: string }> }).dataSets;
}
