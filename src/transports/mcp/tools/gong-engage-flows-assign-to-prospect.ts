import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { emailAddress, gongId, prospectIdList } from "../input-fields.js";
import { omitUndefined } from "../omit-undefined.js";
import { prospectFlowLine, prospectFlowShape, toProspectFlowOut } from "../shapes/flow-shape.js";
import { counted } from "../shapes/counted.js";

/** gong_engage_flows_assign_to_prospect: the one write, enrolling CRM prospects in an Engage flow. */
export const gongEngageFlowsAssignToProspect = defineTool({
  name: "gong_engage_flows_assign_to_prospect",
  title: "Assign a Gong Engage flow to prospects",
  description:
    "Adds up to 200 CRM prospects to a Gong Engage flow, creating a flow instance (and its to-dos) for each. " +
    "This changes Gong: use it only when the user asked to enrol these prospects. The flow instances belong " +
    "to you unless flow_instance_owner_email names someone else, which needs a Gong permission profile that " +
    "allows assigning flow to-dos to others (otherwise forbidden, and nothing is assigned). The flow must be " +
    "one of the owner's flows (see gong_engage_flows_list), else not_found and nothing is assigned. Gong " +
    "reports per prospect: assigned lists those now in the flow, failed the others with Gong's reason.",
  access: "write",
  input: {
    flow_id: gongId("flow").describe("The Engage flow id (a string of digits, from gong_engage_flows_list)."),
    crm_prospect_ids: prospectIdList(200).describe("1 to 200 CRM prospect ids to enrol. Duplicates count once."),
    flow_instance_owner_email: emailAddress().optional().describe("Who owns the new flow instances and their to-dos. Default: you."),
  },
  output: {
    assigned: z.array(z.string()).describe("CRM prospect ids now in the flow"),
    failed: z.array(z.object({ crm_prospect_id: z.string(), reason: z.string() })),
    flow_instances: z.array(prospectFlowShape.extend({ crm_prospect_id: z.string() })).describe("The flow instances created"),
  },
  async run(input, { useCases, actor }) {
    const outcome = await useCases.assignFlow.execute(actor, {
      flowId: input.flow_id,
      crmProspectIds: input.crm_prospect_ids,
      ...omitUndefined({ flowInstanceOwnerEmail: input.flow_instance_owner_email }),
    });
    if (!outcome.ok) return outcome;
    const { assigned, failed } = outcome.value;
    const lines = [`Assigned flow ${input.flow_id} to ${counted(assigned.length, "prospect")}${assigned.length > 0 ? `: ${assigned.map((flow) => flow.crmProspectId).join(", ")}` : ""}.`];
    for (const flow of assigned) lines.push(`- ${flow.crmProspectId}: ${prospectFlowLine(flow)}`);
    for (const failure of failed) lines.push(`Not assigned ${failure.crmProspectId}: ${failure.reason}`);
    return ok({
      structured: {
        assigned: assigned.map((flow) => flow.crmProspectId),
        failed: failed.map((failure) => ({ crm_prospect_id: failure.crmProspectId, reason: failure.reason })),
        flow_instances: assigned.map((flow) => ({ crm_prospect_id: flow.crmProspectId, ...toProspectFlowOut(flow) })),
      },
      text: lines.join("\n"),
    });
  },
});
