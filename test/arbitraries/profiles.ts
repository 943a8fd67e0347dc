import fc from "fast-check";
import type { UserId, WorkspaceId } from "../../src/domain/ids.js";
import { CALLS_ACCESS_LEVELS, type CallsAccess, type PermissionProfile } from "../../src/domain/permission-profile.js";
import { aProfile } from "./domain-values.js";
import { arbPersonId } from "./org.js";

export const WORKSPACE_POOL: readonly WorkspaceId[] = ["1", "2", "3"];

export const arbWorkspaceId: fc.Arbitrary<WorkspaceId> = fc.constantFrom(...WORKSPACE_POOL);
export const arbLevel: fc.Arbitrary<CallsAccess> = fc.constantFrom(...CALLS_ACCESS_LEVELS);

/** Team leads: often none; otherwise users, possibly the viewer themself or an outsider. */
export const arbTeamLeadIds: fc.Arbitrary<UserId[]> = fc.oneof(
  fc.constant<UserId[]>([]),
  fc.uniqueArray(arbPersonId, { minLength: 1, maxLength: 3 }),
);

const arbProfileShape = fc.record({ level: arbLevel, teamLeadIds: arbTeamLeadIds, engage: fc.boolean() });

/** Up to three profiles in one workspace; each user holds at most one of them, or none. */
function arbWorkspaceProfiles(workspaceId: WorkspaceId, userIds: readonly UserId[]): fc.Arbitrary<PermissionProfile[]> {
  return fc.array(arbProfileShape, { maxLength: 3 }).chain((shapes) =>
    fc.tuple(...userIds.map(() => fc.nat(shapes.length))).map((holds) =>
      shapes.map((shape, index) =>
        aProfile(`${workspaceId}00${index}`, workspaceId, shape.level, {
          teamLeadIds: shape.teamLeadIds,
          engageAssignFlowToDosToOthers: shape.engage,
          userIds: userIds.filter((_, user) => holds[user] === index),
        }),
      ),
    ),
  );
}

/** The profiles of every workspace of the pool, for these users. */
export function arbProfiles(userIds: readonly UserId[]): fc.Arbitrary<PermissionProfile[]> {
  return fc
    .tuple(...WORKSPACE_POOL.map((workspaceId) => arbWorkspaceProfiles(workspaceId, userIds)))
    .map((perWorkspace) => perWorkspace.flat());
}
