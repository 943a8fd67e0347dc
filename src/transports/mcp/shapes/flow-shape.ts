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

/** "Q3 outreach (id 123) · folder Outbound (id 9) · COMPANY · created … · exclusive · workspace 5". */
export function flowLine(flow: Flow): string {
  return joined([
    `${flow.name ?? "(unnamed flow)"} (id ${flow.id})`,
    flow.folderName === null && flow.folderId === null ? null : `folder ${flow.folderName ?? "(unnamed)"}${flow.folderId === null ? "" : ` (id ${flow.folderId})`}`,
    flow.visibility,
    flow.creationDate && `created ${flow.creationDate}`,
    exclusiveness(flow.exclusive),
    flow.workspaceId && `workspace ${flow.workspaceId}`,
  ]);
}

/** "Q3 outreach (id 123) · ACTIVE · instance 77 · owner Ann Lee <ann@acme.com> · since … · workspace 5". */
export function prospectFlowLine(flow: ProspectFlow): string {
  const owner = flow.ownerEmail === null && flow.ownerFullName === null ? null : `owner ${[flow.ownerFullName, flow.ownerEmail && `<${flow.ownerEmail}>`].filter(Boolean).join(" ")}`;
  return joined([
    `${flow.flowName ?? "(unnamed flow)"} (id ${flow.flowId})`,
    flow.status,
    flow.flowInstanceId && `instance ${flow.flowInstanceId}`,
    owner,
    flow.createdAt && `since ${flow.createdAt}`,
    exclusiveness(flow.exclusive),
    flow.workspaceId && `workspace ${flow.workspaceId}`,
  ]);
}

const exclusiveness = (exclusive: boolean | null): string | null => (exclusive === null ? null : exclusive ? "exclusive" : "not exclusive");

const joined = (parts: readonly (string | null)[]): string => parts.filter((part): part is string => part !== null && part !== "").join(" · ");
