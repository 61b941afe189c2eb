/** The section of the events and API pages that lists the city platform's endpoints. */
import type { Ctx } from "../context.ts";
import { code, table } from "../html.ts";
import type { Json } from "../model.ts";

/** The platform's endpoints (x-ywjy-platform-endpoints, put in from specs/platform/endpoints.yaml), each with an anchor endpoint-<id>. */
export function platformEndpointSection(ctx: Ctx, doc: Json): string {
  const e = doc["x-ywjy-platform-endpoints"] as { origin: string; endpoints: Record<string, Json> } | undefined;
  if (!e) return "";
  return [
    `<h2 id="platform-endpoints">${ctx.t("platformEndpoints")}</h2>`,
    `<p>${ctx.t("platformEndpointsLead", { origin: e.origin })}</p>`,
    table(
      [ctx.t("name"), ctx.t("method"), ctx.t("path"), ctx.t("description")],
      Object.entries(e.endpoints).map(([id, x]) => ({ id: `endpoint-${id}`, cells: [code(id), x.method ? code(x.method) : "—", code(x.path), ctx.p(x)] })),
    ),
  ].join("\n");
}
