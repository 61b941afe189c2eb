import type { CommandModule } from "yargs";
import { verifyReportCommand } from "./verify-report.ts";

/** Every `ywjy` command; each lives in its own module in this folder and calls library functions. */
export const commands: CommandModule<any, any>[] = [verifyReportCommand];
