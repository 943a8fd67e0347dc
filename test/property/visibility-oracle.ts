import type { Call } from "../../src/domain/call.js";
import type { UserId } from "../../src/domain/ids.js";
import type { PermissionProfile } from "../../src/domain/permission-profile.js";
import type { User } from "../../src/domain/user.js";

/**
 * Contract section 6 written out literally, sharing no code with src/domain: "below" is found by walking
 * each user's managerId chain upward (the product walks the tree downward).
 */
export function oracleCanSee(
  viewerId: UserId,
  call: Call,
  users: readonly User[],
  profiles: readonly PermissionProfile[],
): boolean {
  const participants = new Set<UserId>();
  if (call.primaryUserId !== null) participants.add(call.primaryUserId);
  for (const party of call.parties) if (party.userId !== null) participants.add(party.userId);

  const profile = profiles.find((p) => p.workspaceId === call.workspaceId && p.userIds.includes(viewerId));
  const level = profile ? profile.callsAccess.level : "own";
  const teamLeadIds = profile ? profile.callsAccess.teamLeadIds : [];

  let levelAllows: boolean;
  if (level === "all") levelAllows = true;
  else if (level === "none") levelAllows = false;
  else {
    const people = peopleOf(viewerId, level, teamLeadIds, users);
    levelAllows = [...participants].some((participant) => people.has(participant));
  }
  // Contract section 6: a call whose privacy Gong does not state (null) is private.
  return levelAllows && (call.isPrivate === false || participants.has(viewerId));
}

function peopleOf(
  viewerId: UserId,
  level: "own" | "report-to-them" | "managers-team",
  teamLeadIds: readonly UserId[],
  users: readonly User[],
): Set<UserId> {
  if (level === "own") return new Set([viewerId]);
  if (level === "report-to-them") return new Set([viewerId, ...below(viewerId, users)]);
  if (teamLeadIds.length > 0) {
    const people = new Set([viewerId]);
    for (const lead of teamLeadIds) for (const person of [lead, ...below(lead, users)]) people.add(person);
    return people;
  }
  const manager = users.find((user) => user.id === viewerId)?.managerId ?? null;
  if (manager === null) return new Set([viewerId, ...below(viewerId, users)]);
  return new Set([manager, ...below(manager, users)]);
}

/** Every user whose chain of managers, followed upward, reaches `root` (inactive users included). */
function below(root: UserId, users: readonly User[]): UserId[] {
  const managerOf = new Map(users.map((user) => [user.id, user.managerId]));
  return users
    .filter((user) => {
      const seen = new Set<UserId>();
      for (let up = user.managerId; up !== null && !seen.has(up); up = managerOf.get(up) ?? null) {
        if (up === root) return true;
        seen.add(up);
      }
      return false;
    })
    .map((user) => user.id);
}

/** Newest first by start (else scheduled) time, calls without one last, ties by numeric id descending. */
export function oracleNewestFirst(a: Call, b: Call): number {
  const at = (call: Call): number => {
    const time = Date.parse(call.started ?? call.scheduled ?? "");
    return Number.isNaN(time) ? -Infinity : time;
  };
  if (at(a) !== at(b)) return at(b) > at(a) ? 1 : -1;
  return BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0;
}
