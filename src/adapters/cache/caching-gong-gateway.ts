import type { Call } from "../../domain/call.js";
import type { CallId, ProfileId, UserId, WorkspaceId } from "../../domain/ids.js";
import type { PermissionProfileSummary } from "../../domain/permission-profile.js";
import { ok } from "../../domain/result.js";
import type { User } from "../../domain/user.js";
import type { Workspace } from "../../domain/workspace.js";
import type { CallSearch, GongGateway, GongResult, Page } from "../../application/ports/gong-gateway.js";
import { ResultCache } from "./result-cache.js";

export interface GongCacheOptions {
  /** How long users, the manager tree, profiles and members are reused: the staleness of a permission change (ADR 0012). */
  readonly directoryTtlMs: number;
  /** How long call pages and calls by id are reused: follow-up questions about the same calls cost nothing. */
  readonly callsTtlMs: number;
  readonly maxCalls: number;
  readonly perf?: { now(): number };
}

export const DEFAULT_CACHE_OPTIONS: GongCacheOptions = { directoryTtlMs: 5 * 60_000, callsTtlMs: 60_000, maxCalls: 10_000 };

/**
 * A GongGateway that remembers what every filtered answer needs (the directory) and what was just read
 * (calls), so that each question spends as few upstream requests as possible. Writes and Engage reads pass
 * through: they change, and are cheap.
 */
export class CachingGongGateway implements GongGateway {
  private readonly users: ResultCache<readonly User[]>;
  private readonly workspaces: ResultCache<readonly Workspace[]>;
  private readonly profiles: ResultCache<readonly PermissionProfileSummary[]>;
  /** Apart from the profile lists, so that each user pays only for the profiles no one has asked about yet. */
  private readonly members: ResultCache<readonly UserId[]>;
  private readonly callPages: ResultCache<Page<Call>>;
  private readonly windows: ResultCache<readonly Call[]>;
  private readonly callsById: ResultCache<Call>;

  constructor(
    private readonly inner: GongGateway,
    options: GongCacheOptions = DEFAULT_CACHE_OPTIONS,
  ) {
    const perf = options.perf === undefined ? {} : { perf: options.perf };
    const directory = { max: 1_000, ttlMs: options.directoryTtlMs, ...perf };
    this.users = new ResultCache(directory);
    this.workspaces = new ResultCache(directory);
    this.profiles = new ResultCache(directory);
    this.members = new ResultCache(directory);
    this.callPages = new ResultCache({ max: 1_000, ttlMs: options.callsTtlMs, ...perf });
    this.windows = new ResultCache({ max: 100, ttlMs: options.callsTtlMs, ...perf });
    this.callsById = new ResultCache({ max: options.maxCalls, ttlMs: options.callsTtlMs, ...perf });
  }

  listUsers(): GongResult<readonly User[]> {
    return this.users.get("all", () => this.inner.listUsers());
  }

  getUser(id: UserId): GongResult<User> {
    return this.inner.getUser(id);
  }

  listWorkspaces(): GongResult<readonly Workspace[]> {
    return this.workspaces.get("all", () => this.inner.listWorkspaces());
  }

  listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]> {
    return this.profiles.get(workspaceId, () => this.inner.listPermissionProfiles(workspaceId));
  }

  listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
    return this.members.get(profileId, () => this.inner.listProfileMembers(profileId));
  }

  async searchCalls(search: CallSearch, cursor: string | null): GongResult<Page<Call>> {
    const key = JSON.stringify([search.fromDateTime, search.toDateTime, search.workspaceId ?? null, cursor]);
    const page = await this.callPages.get(key, () => this.inner.searchCalls(search, cursor));
    if (page.ok) for (const call of page.value.items) this.callsById.set(call.id, call);
    return page;
  }

  async callsInWindow(search: CallSearch): GongResult<readonly Call[]> {
    const key = JSON.stringify([search.fromDateTime, search.toDateTime, search.workspaceId ?? null]);
    const calls = await this.windows.get(key, () => this.inner.callsInWindow(search));
    if (calls.ok) for (const call of calls.value) this.callsById.set(call.id, call);
    return calls;
  }

  async getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    const cached = ids.map((id) => this.callsById.peek(id)).filter((call) => call !== undefined);
    const known = new Set(cached.map((call) => call.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length === 0) return ok(cached);
    const fetched = await this.inner.getCalls(missing);
    if (!fetched.ok) return fetched;
    for (const call of fetched.value) this.callsById.set(call.id, call);
    return ok([...cached, ...fetched.value]);
  }

  getDetailedCalls(ids: readonly CallId[]) {
    return this.inner.getDetailedCalls(ids);
  }

  getTranscripts(ids: readonly CallId[]) {
    return this.inner.getTranscripts(ids);
  }

  listFlows(ownerEmail: string, workspaceId: WorkspaceId | null, cursor: string | null) {
    return this.inner.listFlows(ownerEmail, workspaceId, cursor);
  }

  flowsForProspects(crmProspectIds: readonly string[]) {
    return this.inner.flowsForProspects(crmProspectIds);
  }

  assignFlow(flowId: string, crmProspectIds: readonly string[], ownerEmail: string) {
    return this.inner.assignFlow(flowId, crmProspectIds, ownerEmail);
  }

  /** Forgets everything: after a (dis)connect the next answer must come from the new connection. */
  clear(): void {
    for (const cache of [this.users, this.workspaces, this.profiles, this.members, this.callPages, this.windows, this.callsById]) cache.clear();
  }
}
