import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { cursor, emailAddress, gongId } from "../input-fields.js";
import { omitUndefined } from "../omit-undefined.js";
import { flowLine, flowShape, toFlowOut } from "../shapes/flow-shape.js";
import { counted } from "../shapes/counted.js";

/** gong_engage_flows_list: the Engage flows a flow owner may use, one page at a time. */
export const gongEngageFlowsList = defineTool({
  name: "gong_engage_flows_list",
  title: "List Gong Engage flows",
  description:
    "Lists the Gong Engage flows a flow owner can use (company, personal and shared flows): id, name, folder, " +
    "visibility, workspace. By default the owner is you; name someone else with flow_owner_email or " +
    "flow_owner_user_id (not both). Use it to find the flow_id for gong_engage_flows_assign_to_prospect. " +
    "When next_cursor is not null, call again with the same arguments plus cursor for the next page. It does " +
    "not show which prospects are in a flow (see gong_engage_flows_for_prospects).",
  access: "read",
  input: {
    flow_owner_email: emailAddress().optional().describe("Email address of the flow owner. Default: you."),
    flow_owner_user_id: gongId("user").optional().describe("Gong user id of the flow owner, instead of flow_owner_email."),
    workspace_id: gongId("workspace").optional().describe("Only flows of this Gong workspace."),
    cursor: cursor("gong_engage_flows_list").optional().describe("next_cursor from the previous page, with the same other arguments."),
  },
  output: {
    flow_owner_email: z.string().describe("Whose flows these are"),
    flows: z.array(flowShape),
    next_cursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page."),
  },
  async run(input, { useCases, actor }) {
    const page = await useCases.listFlows.execute(actor, omitUndefined({
      flowOwnerEmail: input.flow_owner_email,
      flowOwnerUserId: input.flow_owner_user_id,
      workspaceId: input.workspace_id,
      cursor: input.cursor,
    }));
    if (!page.ok) return page;
    const { ownerEmail, flows, nextCursor } = page.value;
    const lines = flows.length === 0
      ? [`No flows for ${ownerEmail}.`]
      : [`${counted(flows.length, "flow")} for ${ownerEmail}:`, ...flows.map((flow) => `- ${flowLine(flow)}`)];
    if (nextCursor !== null) lines.push(`More flows: call gong_engage_flows_list again with the same arguments and cursor "${nextCursor}".`);
    return ok({
      structured: { flow_owner_email: ownerEmail, flows: flows.map(toFlowOut), next_cursor: nextCursor },
      text: lines.join("\n"),
    });
  },
});
