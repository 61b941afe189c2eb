import type { CommandModule } from "yargs";
import { certifyCommand } from "./certify.ts";
import { lintCommand } from "./lint.ts";
import { mockPlatformCommand } from "./mock-platform.ts";
import { qualityCommand } from "./quality.ts";
import { referenceSystemCommand } from "./reference-system.ts";
import { startCommand } from "./start.ts";
import { synthCommand } from "./synth.ts";
import { validateCommand } from "./validate.ts";
import { verifyReportCommand } from "./verify-report.ts";

/** Every `ywjy` command; each lives in its own module in this folder and calls library functions. */
export const commands: CommandModule<any, any>[] = [certifyCommand, verifyReportCommand, validateCommand, startCommand, mockPlatformCommand, referenceSystemCommand, synthCommand, qualityCommand, lintCommand];
