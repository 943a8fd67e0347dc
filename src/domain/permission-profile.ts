import type { ProfileId, UserId, WorkspaceId } from "./ids.js";

export type CallsAccess = "none" | "own" | "report-to-them" | "managers-team" | "all";

export const CALLS_ACCESS_LEVELS: readonly CallsAccess[] = ["none", "own", "report-to-them", "managers-team", "all"];

/**
 * A Gong permission profile of one workspace as Gong lists it: what it grants, not who holds it. Gong
 * lists a profile's members apart, one request per profile.
 */
export interface PermissionProfileSummary {
  readonly id: ProfileId;
  readonly name: string | null;
  readonly workspaceId: WorkspaceId;
  readonly callsAccess: CallsGrant;
  /** May this profile assign Engage flow to-dos to other people? */
  readonly engageAssignFlowToDosToOthers: boolean;
}

/** A profile with the users who hold it. A user holds at most one profile per workspace; some hold none. */
export interface PermissionProfile extends PermissionProfileSummary {
  readonly userIds: readonly UserId[];
}

/** What a user may see of calls in one workspace. */
export interface CallsGrant {
  readonly level: CallsAccess;
  readonly teamLeadIds: readonly UserId[];
}

/**
 * What a profile grants, from what Gong states (contract section 6, fail closed): a calls level Gong does
 * not state, or states in a form this product does not know (e.g. the combined literal of a 2026 spec),
 * grants `own`.
 */
export function grantFromGong(permissionLevel: string | null | undefined, teamLeadIds: readonly UserId[] | null | undefined): CallsGrant {
  return { level: parseCallsAccess(permissionLevel) ?? "own", teamLeadIds: teamLeadIds ?? [] };
}

/** A user in no profile of the workspace sees as `own` (contract section 6). */
export const DEFAULT_GRANT: CallsGrant = { level: "own", teamLeadIds: [] };

/** Gong's older specs list one combined literal; anything that is not one of the five levels is unknown. */
export function parseCallsAccess(value: string | null | undefined): CallsAccess | undefined {
  return CALLS_ACCESS_LEVELS.find((level) => level === value);
}

/**
 * The profile that governs `userId` among one workspace's profiles: the first that holds them. Gong gives a
 * user at most one profile per workspace (the fake's dataset loader warns about data with two), so the first
 * found is the only one; that is what lets CallerAccess stop fetching members there.
 */
export function profileOf(userId: UserId, profiles: readonly PermissionProfile[]): PermissionProfile | undefined {
  return profiles.find((profile) => profile.userIds.includes(userId));
}

/** What the profile a user holds in a workspace grants them there; holding none, `own`. */
export function grantOf(profile: PermissionProfileSummary | undefined): CallsGrant {
  return profile ? profile.callsAccess : DEFAULT_GRANT;
}
