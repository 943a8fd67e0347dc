import type { Call } from "../../domain/call.js";
import type { CallId, ProfileId, UserId, WorkspaceId } from "../../domain/ids.js";
import type { PermissionProfileSummary } from "../../domain/permission-profile.js";
import { ok, type Result } from "../../domain/result.js";
import type { DomainError } from "../../domain/errors.js";
import type { Transcript } from "../../domain/transcript.js";
import type { User } from "../../domain/user.js";
import type { Workspace } from "../../domain/workspace.js";
import type { CallSearch, GongGateway, GongResult } from "../../application/ports/gong-gateway.js";
import type { DirectorySnapshot } from "./directory-snapshot.js";
import { ResultCache } from "./result-cache.js";

export interface GongCacheOptions {
  /** How long users, the manager tree, profiles and members are reused: the staleness of a permission change (ADR 0012). */
  readonly directoryTtlMs: number;
  /** How long call pages and calls by id are reused: follow-up questions about the same calls cost nothing. */
  readonly callsTtlMs: number;
  readonly maxCalls: number;
  /** How long a transcript read is reused: it does not change once Gong has made it, and searches read many. */
  readonly transcriptsTtlMs: number;
  readonly maxTranscripts: number;
  readonly perf?: { now(): number };
}

export const DEFAULT_CACHE_OPTIONS: GongCacheOptions = {
  directoryTtlMs: 5 * 60_000,
  callsTtlMs: 60_000,
  maxCalls: 10_000,
  transcriptsTtlMs: 10 * 60_000,
  maxTranscripts: 2_000,
};

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
  private readonly windows: ResultCache<readonly Call[]>;
  /** What a lookup by id found, or that it found nothing: a hidden call and a missing one are remembered alike. */
  private readonly callsById: ResultCache<{ readonly call: Call | null }>;
  /**
   * Transcripts found, by call id (a call without one yet is asked again: Gong makes transcripts after the
   * call). Only visible calls' transcripts are ever asked for, so an entry reveals nothing to anyone.
   */
  private readonly transcriptsById: ResultCache<Transcript>;

  constructor(
    private readonly inner: GongGateway,
    options: GongCacheOptions = DEFAULT_CACHE_OPTIONS,
    /** The directory shared with other processes through the data dir (ADR 0020); none: this process alone. */
    private readonly snapshot: DirectorySnapshot | null = null,
  ) {
    const perf = options.perf === undefined ? {} : { perf: options.perf };
    const directory = { max: 1_000, ttlMs: options.directoryTtlMs, ...perf };
    this.users = new ResultCache(directory);
    this.workspaces = new ResultCache(directory);
    this.profiles = new ResultCache(directory);
    this.members = new ResultCache(directory);
    this.windows = new ResultCache({ max: 100, ttlMs: options.callsTtlMs, ...perf });
    this.callsById = new ResultCache({ max: options.maxCalls, ttlMs: options.callsTtlMs, ...perf });
    this.transcriptsById = new ResultCache({ max: options.maxTranscripts, ttlMs: options.transcriptsTtlMs, ...perf });
  }

  listUsers(): GongResult<readonly User[]> {
    return this.users.getAged("all", () => this.shared("users", () => this.inner.listUsers()));
  }

  getUser(id: UserId): GongResult<User> {
    return this.inner.getUser(id);
  }

  listWorkspaces(): GongResult<readonly Workspace[]> {
    return this.workspaces.getAged("all", () => this.shared("workspaces", () => this.inner.listWorkspaces()));
  }

  listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]> {
    return this.profiles.getAged(workspaceId, () => this.shared(`profiles:${workspaceId}`, () => this.inner.listPermissionProfiles(workspaceId)));
  }

  listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
    return this.members.getAged(profileId, () => this.shared(`members:${profileId}`, () => this.inner.listProfileMembers(profileId)));
  }

  async callsInWindow(search: CallSearch): GongResult<readonly Call[]> {
    const key = JSON.stringify([search.fromDateTime, search.toDateTime, search.workspaceId ?? null, search.withCrmContext === true]);
    // Listed calls do not fill the by-id cache: a call the caller may not see would then answer from memory
    // while a missing id costs a request, and timing would hint that it exists (contract section 6).
    return this.windows.get(key, () => this.inner.callsInWindow(search));
  }

  async getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    const distinct = [...new Set(ids)];
    const cached = new Map(distinct.map((id) => [id, this.callsById.peek(id)] as const).filter(([, entry]) => entry !== undefined));
    const unknown = distinct.filter((id) => !cached.has(id));
    const found: Call[] = [...cached.values()].flatMap((entry) => (entry?.call ? [entry.call] : []));
    if (unknown.length === 0) return ok(found);
    const fetched = await this.inner.getCalls(unknown);
    if (!fetched.ok) return fetched;
    const byId = new Map(fetched.value.map((call) => [call.id, call]));
    for (const id of unknown) this.callsById.set(id, { call: byId.get(id) ?? null });
    return ok([...found, ...fetched.value]);
  }

  getDetailedCalls(ids: readonly CallId[]) {
    return this.inner.getDetailedCalls(ids);
  }

  async getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]> {
    const distinct = [...new Set(ids)];
    const found = distinct.flatMap((id) => this.transcriptsById.peek(id) ?? []);
    const unknown = distinct.filter((id) => this.transcriptsById.peek(id) === undefined);
    if (unknown.length === 0) return ok(found);
    const fetched = await this.inner.getTranscripts(unknown);
    if (!fetched.ok) return fetched;
    for (const transcript of fetched.value) this.transcriptsById.set(transcript.callId, transcript);
    return ok([...found, ...fetched.value]);
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

  /** The saved copy another process (or an earlier run) made, if fresh; else Gong, saving what it says. */
  private async shared<T>(key: string, load: () => GongResult<T>): Promise<{ result: Result<T, DomainError>; ageMs: number }> {
    const saved = await this.snapshot?.read(key);
    // Our own file (0600, sealed when a key is configured), written from answers this class decoded.
    if (saved !== undefined) return { result: ok(saved.value as T), ageMs: saved.ageMs };
    const result = await load();
    if (result.ok) void this.snapshot?.write(key, result.value);
    return { result, ageMs: 0 };
  }

  /** Forgets everything: after a (dis)connect the next answer must come from the new connection. */
  clear(): void {
    void this.snapshot?.clear();
    for (const cache of [this.users, this.workspaces, this.profiles, this.members, this.windows, this.callsById, this.transcriptsById]) cache.clear();
  }
}
