import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { prospectIdList } from "../input-fields.js";
import { prospectFlowLine, prospectFlowShape, toProspectFlowOut } from "../shapes/flow-shape.js";

/** gong_engage_flows_for_prospects: which Engage flows each CRM prospect is in. */
export const gongEngageFlowsForProspects = defineTool({
  name: "gong_engage_flows_for_prospects",
  title: "Get Gong Engage flows of prospects",
  description:
    "For up to 200 CRM prospect ids (contact or lead ids from your CRM), returns the Gong Engage flows each " +
    "prospect is in: flow id and name, flow instance id, status and owner. Every requested prospect appears " +
    "once, with an empty flows list when it is in none. Use it before assigning a flow, to avoid enrolling a " +
    "prospect twice. It does not look prospects up by name or email.",
  access: "read",
  input: {
    crm_prospect_ids: prospectIdList(200).describe("1 to 200 CRM prospect ids, as your CRM spells them. Duplicates count once."),
  },
  output: {
    prospects: z.array(z.object({ crm_prospect_id: z.string(), flows: z.array(prospectFlowShape) })),
  },
  async run(input, { useCases, actor }) {
    const answer = await useCases.flowsForProspects.execute(actor, input.crm_prospect_ids);
    if (!answer.ok) return answer;
    const lines = answer.value.map(({ crmProspectId, flows }) =>
      flows.length === 0 ? `${crmProspectId}: in no flow` : [`${crmProspectId}:`, ...flows.map((flow) => `- ${prospectFlowLine(flow)}`)].join("\n"));
    return ok({
      structured: {
        prospects: answer.value.map(({ crmProspectId, flows }) => ({ crm_prospect_id: crmProspectId, flows: flows.map(toProspectFlowOut) })),
      },
      text: lines.join("\n"),
    });
  },
});
