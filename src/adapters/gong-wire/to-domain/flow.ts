import type { Flow, ProspectFlow } from "../../../domain/flow.js";
import type { WorkspaceId } from "../../../domain/ids.js";
import type { WireAssignedFlow, WireFlow, WireNotAssigned } from "../wire/flows.js";

/** Gong's flow list does not say the workspace: it is the one the list was asked for, if any. */
export function toFlow(wire: WireFlow, workspaceId: WorkspaceId | null): Flow {
  return {
    id: wire.id,
    name: wire.name ?? null,
    folderId: wire.folderId ?? null,
    folderName: wire.folderName ?? null,
    visibility: wire.visibility ?? null,
    creationDate: wire.creationDate ?? null,
    exclusive: wire.exclusive ?? null,
    workspaceId,
  };
}

export function toProspectFlow(wire: WireAssignedFlow): ProspectFlow {
  return {
    crmProspectId: wire.crmProspectId,
    flowId: wire.flowId,
    flowName: wire.flowName ?? null,
    flowInstanceId: wire.flowInstanceId ?? null,
    status: wire.flowInstanceStatus ?? null,
    ownerEmail: wire.flowInstanceOwnerEmail ?? null,
    ownerFullName: wire.flowInstanceOwnerFullName ?? null,
    createdAt: wire.flowInstanceCreateDate ?? null,
    workspaceId: wire.workspaceId ?? null,
    exclusive: wire.exclusive ?? null,
  };
}

/** Gong's own words for a prospect it did not assign: `errorCode: errorMessage`. */
export function toFailure(wire: WireNotAssigned): { readonly crmProspectId: string; readonly reason: string } {
  const reason = [wire.errorCode, wire.errorMessage]
    .filter((part): part is string => typeof part === "string" && part !== "")
    .join(": ");
  return { crmProspectId: wire.crmProspectId, reason: reason === "" ? "Gong did not assign it and gave no reason" : reason };
}
