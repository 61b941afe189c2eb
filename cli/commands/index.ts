import type { CommandModule } from "yargs";

/** Every `ywjy` command; each lives in its own module in this folder and calls library functions. */
export const commands: CommandModule<any, any>[] = [];
