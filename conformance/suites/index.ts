import type { CheckContext } from "../context.ts";
import type { SuiteDefinition } from "../runner/model.ts";
import { channelSuite } from "./channel.ts";

/** Every conformance suite, in the order a certification runs them. */
export const suites: SuiteDefinition<CheckContext>[] = [channelSuite];
