import type { Logger } from "../../../application/ports/logger.js";
import type { WorkspaceId } from "../../../domain/ids.js";
import { grantFromGong, parseCallsAccess, type PermissionProfileSummary } from "../../../domain/permission-profile.js";
import type { WirePermissionProfile } from "../wire/permission-profiles.js";

/**
 * A listed profile of one workspace (its members are another request). What it grants is the domain's rule
 * (grantFromGong: unstated or unknown reads as `own`); this only warns when Gong's level is not one of the five.
 */
export function toProfileSummary(wire: WirePermissionProfile, workspaceId: WorkspaceId, logger: Logger): PermissionProfileSummary {
  const raw = wire.callsAccess?.permissionLevel;
  if (parseCallsAccess(raw) === undefined) {
    logger.warn("unknown calls permission level in a Gong profile; it grants own", {
      profileId: wire.id,
      permissionLevel: raw?.slice(0, 100) ?? null,
    });
  }
  return {
    id: wire.id,
    name: wire.name ?? null,
    workspaceId,
    callsAccess: grantFromGong(raw, wire.callsAccess?.teamLeadIds),
    engageAssignFlowToDosToOthers: wire.engageAssignFlowToDosToOthers ?? false,
  };
}
