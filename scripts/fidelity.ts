/**
 * `npm run fidelity`: how closely the bundle's data contracts follow the Fujian intake's configuration —
 * the data sets compared and the share of fields that match (identifier, mandatory flag, type or
 * length), against the facts snapshotted in specs/reference/fujian-intake-fields.yaml; then each field
 * that differs. `--format json` prints the whole result. The figure is asserted by tests/lint/fidelity.test.ts.
 */
import { compareWithIntake, fidelityText } from "../src/lint/fidelity.ts";
import { loadGeneratedSchemas } from "../src/validate/schemas.ts";

const args = process.argv.slice(2);
const json = args.includes("--format=json") || args[args.indexOf("--format") + 1] === "json";
try {
  const result = compareWithIntake(loadGeneratedSchemas());
  process.stdout.write(json ? JSON.stringify(result, null, 2) + "\n" : fidelityText(result));
} catch (e) {
  console.error(`npm run fidelity: ${(e as Error).message}`);
  process.exit(2);
}
