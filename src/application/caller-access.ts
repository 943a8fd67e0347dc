import { notFound, unknownUser, type DomainError } from "../domain/errors.js";
import type { UserId, WorkspaceId } from "../domain/ids.js";
import { buildOrgChart, type OrgChart } from "../domain/org-chart.js";
import { grantOf, type CallsGrant, type PermissionProfileSummary } from "../domain/permission-profile.js";
import { err, ok, type Result } from "../domain/result.js";
import { isActiveUser, type User } from "../domain/user.js";
import type { Viewer } from "../domain/visibility.js";
import type { Actor } from "./actor.js";
import type { GongGateway } from "./ports/gong-gateway.js";

/** The caller, checked to be an active Gong user, with the directory their answers are filtered against. */
export interface Caller {
  readonly user: User;
  readonly users: readonly User[];
  readonly org: OrgChart;
}

/**
 * Answers "who is asking and what may they see". It asks the gateway for the directory on every request;
 * the gateway's cache (an adapter) decides how often that reaches Gong.
 */
export class CallerAccess {
  constructor(private readonly gong: GongGateway) {}

  /** The acting user, or UnknownUser when they are not an active Gong user. */
  async caller(actor: Actor): Promise<Result<Caller, DomainError>> {
    const users = await this.gong.listUsers();
    if (!users.ok) return users;
    const user = users.value.find((candidate) => candidate.id === actor.userId);
    if (!user || !isActiveUser(user)) return err(unknownUser(actor.userId));
    return ok({ user, users: users.value, org: buildOrgChart(users.value) });
  }

  /**
   * A Viewer with the caller's grant in every workspace. Loading them all, rather than only those of the
   * calls at hand, keeps the upstream work (and so the timing) of an answer the same whether a requested call
   * is hidden or does not exist (ADR 0006); the cache makes it cheap after the first question.
   */
  async viewer(userId: UserId): Promise<Result<Viewer, DomainError>> {
    const workspaces = await this.gong.listWorkspaces();
    if (!workspaces.ok) return workspaces;
    const grants = new Map<WorkspaceId, CallsGrant>();
    for (const { id } of workspaces.value) {
      const profile = await this.profile(userId, id);
      if (!profile.ok) return profile;
      grants.set(id, grantOf(profile.value));
    }
    return ok({ userId, grants });
  }

  /**
   * The caller's profile in a workspace, if they hold one there. Gong has no user-to-profile lookup, so the
   * workspace's profiles are asked for their members one by one, in Gong's order, and the walk stops at the
   * first that holds the caller: a user holds at most one per workspace (profileOf). Holding none walks them all.
   */
  async profile(userId: UserId, workspaceId: WorkspaceId): Promise<Result<PermissionProfileSummary | undefined, DomainError>> {
    const profiles = await this.gong.listPermissionProfiles(workspaceId);
    if (!profiles.ok) return profiles;
    for (const profile of profiles.value) {
      const members = await this.gong.listProfileMembers(profile.id);
      // A failed members request fails the answer: skipping the profile could read its holder as `own`.
      if (!members.ok) return members;
      if (members.value.includes(userId)) return ok(profile);
    }
    return ok(undefined);
  }
}

/** Finds a user in the directory; a missing one is NotFound. */
export function userIn(users: readonly User[], id: UserId): Result<User, DomainError> {
  const user = users.find((candidate) => candidate.id === id);
  return user ? ok(user) : err(notFound("user", id));
}
