import { isPrivateCall, participantsOf, type Call } from "./call.js";
import type { UserId, WorkspaceId } from "./ids.js";
import { subtree, type OrgChart } from "./org-chart.js";
import { DEFAULT_GRANT, type CallsGrant } from "./permission-profile.js";

/** Who is asking, and what their profile grants them in each workspace. */
export interface Viewer {
  readonly userId: UserId;
  readonly grants: ReadonlyMap<WorkspaceId, CallsGrant>;
}

export function grantIn(viewer: Viewer, workspaceId: WorkspaceId | null): CallsGrant {
  return (workspaceId === null ? undefined : viewer.grants.get(workspaceId)) ?? DEFAULT_GRANT;
}

/**
 * people(U) of contract section 6: whose calls a grant opens to the viewer. `all` and `none` do not use it
 * (they are decided before); for them this returns just the viewer.
 */
export function peopleOf(userId: UserId, grant: CallsGrant, org: OrgChart): Set<UserId> {
  switch (grant.level) {
    case "report-to-them":
      return subtree(org, userId);
    case "managers-team": {
      if (grant.teamLeadIds.length > 0) {
        const people = new Set<UserId>([userId]);
        for (const lead of grant.teamLeadIds) for (const person of subtree(org, lead)) people.add(person);
        return people;
      }
      const manager = org.managerOf.get(userId) ?? null;
      if (manager === null || manager === userId) return subtree(org, userId);
      const people = subtree(org, manager);
      people.add(userId);
      return people;
    }
    case "own":
    case "all":
    case "none":
      return new Set([userId]);
  }
}

/** Is `call` visible to `viewer`? The one rule every answer holding call data goes through. */
export function canSee(viewer: Viewer, call: Call, org: OrgChart): boolean {
  return visibilityFilter(viewer, org)(call);
}

/**
 * The visibility rule prepared once per viewer, for filtering many calls: people(U) is computed once per
 * workspace instead of once per call.
 */
export function visibilityFilter(viewer: Viewer, org: OrgChart): (call: Call) => boolean {
  const peopleByWorkspace = new Map<WorkspaceId | null, Set<UserId>>();
  return (call) => {
    const participants = participantsOf(call);
    if (isPrivateCall(call) && !participants.has(viewer.userId)) return false;
    const grant = grantIn(viewer, call.workspaceId);
    if (grant.level === "all") return true;
    if (grant.level === "none") return false;
    let people = peopleByWorkspace.get(call.workspaceId);
    if (!people) {
      people = peopleOf(viewer.userId, grant, org);
      peopleByWorkspace.set(call.workspaceId, people);
    }
    for (const participant of participants) if (people.has(participant)) return true;
    return false;
  };
}
