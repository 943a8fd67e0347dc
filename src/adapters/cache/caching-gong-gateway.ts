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
/** Every cache of one connection: replaced whole on a (dis)connect, so that nothing read before lands after. */
interface Caches {
  readonly users: ResultCache<readonly User[]>;
  readonly workspaces: ResultCache<readonly Workspace[]>;
  readonly profiles: ResultCache<readonly PermissionProfileSummary[]>;
  /** Apart from the profile lists, so that each user pays only for the profiles no one has asked about yet. */
  readonly members: ResultCache<readonly UserId[]>;
  readonly windows: ResultCache<readonly Call[]>;
  /** What a lookup by id found, or that it found nothing: a hidden call and a missing one are remembered alike. */
  readonly callsById: ResultCache<{ readonly call: Call | null }>;
  /**
   * Transcripts found, by call id (a call without one yet is asked again: Gong makes transcripts after the
   * call). Only visible calls' transcripts are ever asked for, so an entry reveals nothing to anyone.
   */
  readonly transcriptsById: ResultCache<Transcript>;
}

function cachesFor(options: GongCacheOptions): Caches {
  const perf = options.perf === undefined ? {} : { perf: options.perf };
  const directory = { max: 1_000, ttlMs: options.directoryTtlMs, ...perf };
  return {
    users: new ResultCache(directory),
    workspaces: new ResultCache(directory),
    profiles: new ResultCache(directory),
    members: new ResultCache(directory),
    windows: new ResultCache({ max: 100, ttlMs: options.callsTtlMs, ...perf }),
    callsById: new ResultCache({ max: options.maxCalls, ttlMs: options.callsTtlMs, ...perf }),
    transcriptsById: new ResultCache({ max: options.maxTranscripts, ttlMs: options.transcriptsTtlMs, ...perf }),
  };
}

export class CachingGongGateway implements GongGateway {
  private caches: Caches;
  // Bumped by every clear(): a snapshot read or write begun under an older connection is dropped.
  private generation = 0;
  private clearing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly inner: GongGateway,
    private readonly options: GongCacheOptions = DEFAULT_CACHE_OPTIONS,
    /** The directory shared with other processes through the data dir (ADR 0020); none: this process alone. */
    private readonly snapshot: DirectorySnapshot | null = null,
  ) {
    this.caches = cachesFor(options);
  }

  listUsers(): GongResult<readonly User[]> {
    return this.caches.users.getAged("all", () => this.shared("users", () => this.inner.listUsers()));
  }

  getUser(id: UserId): GongResult<User> {
    return this.inner.getUser(id);
  }

  listWorkspaces(): GongResult<readonly Workspace[]> {
    return this.caches.workspaces.getAged("all", () => this.shared("workspaces", () => this.inner.listWorkspaces()));
  }

  listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]> {
    return this.caches.profiles.getAged(workspaceId, () => this.shared(`profiles:${workspaceId}`, () => this.inner.listPermissionProfiles(workspaceId)));
  }

  listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
    return this.caches.members.getAged(profileId, () => this.shared(`members:${profileId}`, () => this.inner.listProfileMembers(profileId)));
  }

  async callsInWindow(search: CallSearch): GongResult<readonly Call[]> {
    const key = JSON.stringify([search.fromDateTime, search.toDateTime, search.workspaceId ?? null, search.withCrmContext === true]);
    // Listed calls do not fill the by-id cache: a call the caller may not see would then answer from memory
    // while a missing id costs a request, and timing would hint that it exists (contract section 6).
    return this.caches.windows.get(key, () => this.inner.callsInWindow(search));
  }

  async getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    const distinct = [...new Set(ids)];
    const cached = new Map(distinct.map((id) => [id, this.caches.callsById.peek(id)] as const).filter(([, entry]) => entry !== undefined));
    const unknown = distinct.filter((id) => !cached.has(id));
    const found: Call[] = [...cached.values()].flatMap((entry) => (entry?.call ? [entry.call] : []));
    if (unknown.length === 0) return ok(found);
    const fetched = await this.inner.getCalls(unknown);
    if (!fetched.ok) return fetched;
    const byId = new Map(fetched.value.map((call) => [call.id, call]));
    for (const id of unknown) this.caches.callsById.set(id, { call: byId.get(id) ?? null });
    return ok([...found, ...fetched.value]);
  }

  getDetailedCalls(ids: readonly CallId[]) {
    return this.inner.getDetailedCalls(ids);
  }

  async getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]> {
    const found: Transcript[] = [];
    const unknown: CallId[] = [];
    for (const id of new Set(ids)) {
      const known = this.caches.transcriptsById.peek(id);
      if (known === undefined) unknown.push(id);
      else found.push(known);
    }
    if (unknown.length === 0) return ok(found);
    const fetched = await this.inner.getTranscripts(unknown);
    if (!fetched.ok) return fetched;
    for (const transcript of fetched.value) this.caches.transcriptsById.set(transcript.callId, transcript);
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
    const generation = this.generation;
    await this.clearing;
    const saved = generation === this.generation ? await this.snapshot?.read(key) : undefined;
    // Our own file (0600, sealed when a key is configured), written from answers this class decoded.
    if (saved !== undefined && generation === this.generation) return { result: ok(saved.value as T), ageMs: saved.ageMs };
    const result = await load();
    if (result.ok && generation === this.generation) void this.snapshot?.write(key, result.value);
    return { result, ageMs: 0 };
  }

  /**
   * Forgets everything: after a (dis)connect the next answer must come from the new connection. The caches
   * are replaced rather than emptied, so a read still in flight lands in the old ones; the shared snapshot is
   * not read again until it is gone.
   */
  clear(): void {
    this.generation += 1;
    this.caches = cachesFor(this.options);
    this.clearing = this.snapshot?.clear().catch(() => undefined) ?? Promise.resolve();
  }
}
