import type { CheckContext } from "../context.ts";
import type { SuiteDefinition } from "../runner/model.ts";
import { auditGroup } from "./audit.ts";
import { channelSuite } from "./channel.ts";
import { authGroup } from "./auth.ts";
import { dataGroup } from "./data.ts";
import { discoveryGroup } from "./discovery.ts";
import { errorsGroup } from "./errors.ts";
import { hookGroup } from "./hook.ts";
import { t } from "./judge.ts";
import { ssoGroup } from "./sso.ts";

/**
 * The access standard (ACC): discovery and health, authentication, errors, then the scenarios through
 * the conformance hook (they make the records and audit entries the later groups read), the data API,
 * the audit trail, and single sign-on.
 */
export const accessSuite: SuiteDefinition<CheckContext> = {
  id: "access",
  title: t("接入技术标准", "Access standard"),
  groups: [discoveryGroup, authGroup, errorsGroup, hookGroup, dataGroup, auditGroup, ssoGroup],
};

/** Every conformance suite, in the order a certification runs them. */
export const suites: SuiteDefinition<CheckContext>[] = [accessSuite, channelSuite];
