import type { Logger } from "../../../application/ports/logger.js";
import type { WorkspaceId } from "../../../domain/ids.js";
import { parseCallsAccess, type PermissionProfileSummary } from "../../../domain/permission-profile.js";
import type { WirePermissionProfile } from "../wire/permission-profiles.js";

/**
 * A listed profile of one workspace (its members are another request). A calls level that is none of the
 * five known ones (e.g. the combined literal of Gong's 2026-02 spec) reads as `own`, the contract's default
 * for a user in no profile.
 */
export function toProfileSummary(wire: WirePermissionProfile, workspaceId: WorkspaceId, logger: Logger): PermissionProfileSummary {
  const raw = wire.callsAccess?.permissionLevel;
  let level = parseCallsAccess(raw);
  if (level === undefined) {
    logger.warn("unknown calls permission level in a Gong profile; treating it as own", {
      profileId: wire.id,
      permissionLevel: raw?.slice(0, 100) ?? null,
    });
    level = "own";
  }
  return {
    id: wire.id,
    name: wire.name ?? null,
    workspaceId,
    callsAccess: { level, teamLeadIds: wire.callsAccess?.teamLeadIds ?? [] },
    engageAssignFlowToDosToOthers: wire.engageAssignFlowToDosToOthers ?? false,
  };
}
