import * as z from "zod";
import type { Flow, ProspectFlow } from "../../../domain/flow.js";

const text = z.string().nullable();

export const flowShape = z.object({
  id: z.string(),
  name: text,
  folder_id: text,
  folder_name: text,
  visibility: text,
  creation_date: text,
  exclusive: z.boolean().nullable(),
  workspace_id: text,
});

export const prospectFlowShape = z.object({
  flow_id: z.string(),
  flow_name: text,
  flow_instance_id: text,
  status: text,
  owner_email: text,
  owner_full_name: text,
  created_at: text,
  workspace_id: text,
  exclusive: z.boolean().nullable(),
});

export function toFlowOut(flow: Flow): z.input<typeof flowShape> {
  return {
    id: flow.id,
    name: flow.name,
    folder_id: flow.folderId,
    folder_name: flow.folderName,
    visibility: flow.visibility,
    creation_date: flow.creationDate,
    exclusive: flow.exclusive,
    workspace_id: flow.workspaceId,
  };
}

export function toProspectFlowOut(flow: ProspectFlow): z.input<typeof prospectFlowShape> {
  return {
    flow_id: flow.flowId,
    flow_name: flow.flowName,
    flow_instance_id: flow.flowInstanceId,
    status: flow.status,
    owner_email: flow.ownerEmail,
    owner_full_name: flow.ownerFullName,
    created_at: flow.createdAt,
    workspace_id: flow.workspaceId,
    exclusive: flow.exclusive,
  };
}

/** "Q3 outreach (id 123), ACTIVE, owner ann@acme.com". */
export function prospectFlowLine(flow: ProspectFlow): string {
  const parts = [`${flow.flowName ?? "(unnamed flow)"} (id ${flow.flowId})`, flow.status, flow.ownerEmail && `owner ${flow.ownerEmail}`];
  return parts.filter((part): part is string => typeof part === "string" && part !== "").join(", ");
}
