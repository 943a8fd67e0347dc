import type { ProfileId, UserId, WorkspaceId } from "./ids.js";

export type CallsAccess = "none" | "own" | "report-to-them" | "managers-team" | "all";

export const CALLS_ACCESS_LEVELS: readonly CallsAccess[] = ["none", "own", "report-to-them", "managers-team", "all"];

/** A Gong permission profile of one workspace, with the users who hold it. */
export interface PermissionProfile {
  readonly id: ProfileId;
  readonly name: string | null;
  readonly workspaceId: WorkspaceId;
  readonly callsAccess: { readonly level: CallsAccess; readonly teamLeadIds: readonly UserId[] };
  /** May this profile assign Engage flow to-dos to other people? */
  readonly engageAssignFlowToDosToOthers: boolean;
  readonly userIds: readonly UserId[];
}

/** What a user may see of calls in one workspace. */
export interface CallsGrant {
  readonly level: CallsAccess;
  readonly teamLeadIds: readonly UserId[];
}

/** A user in no profile of the workspace sees as `own` (contract section 6). */
export const DEFAULT_GRANT: CallsGrant = { level: "own", teamLeadIds: [] };

/** Gong's older specs list one combined literal; anything that is not one of the five levels is unknown. */
export function parseCallsAccess(value: string | null | undefined): CallsAccess | undefined {
  return CALLS_ACCESS_LEVELS.find((level) => level === value);
}

const RESTRICTIVENESS: Record<CallsAccess, number> = { none: 0, own: 1, "report-to-them": 2, "managers-team": 3, all: 4 };

/**
 * The profile that governs `userId` in a workspace. Gong gives a user one profile per workspace; if bad data
 * puts them in several, the most restrictive wins (fail closed).
 */
export function profileOf(
  userId: UserId,
  profiles: readonly PermissionProfile[],
): PermissionProfile | undefined {
  let chosen: PermissionProfile | undefined;
  for (const profile of profiles) {
    if (!profile.userIds.includes(userId)) continue;
    if (!chosen || RESTRICTIVENESS[profile.callsAccess.level] < RESTRICTIVENESS[chosen.callsAccess.level]) {
      chosen = profile;
    }
  }
  return chosen;
}

export function grantOf(userId: UserId, profiles: readonly PermissionProfile[]): CallsGrant {
  const profile = profileOf(userId, profiles);
  return profile ? profile.callsAccess : DEFAULT_GRANT;
}
