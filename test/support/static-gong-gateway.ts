import type { Call } from "../../src/domain/call.js";
import type { DetailedCall } from "../../src/domain/call-content.js";
import { notFound, type DomainError } from "../../src/domain/errors.js";
import type { AssignOutcome, Flow, ProspectFlow } from "../../src/domain/flow.js";
import type { CallId, FlowId, ProfileId, UserId, WorkspaceId } from "../../src/domain/ids.js";
import type { PermissionProfile, PermissionProfileSummary } from "../../src/domain/permission-profile.js";
import { err, ok, type Result } from "../../src/domain/result.js";
import type { Transcript } from "../../src/domain/transcript.js";
import type { User } from "../../src/domain/user.js";
import type { Workspace } from "../../src/domain/workspace.js";
import type { CallSearch, GongGateway, GongResult, Page } from "../../src/application/ports/gong-gateway.js";

/** A flow as listed for one flow owner. */
export interface OwnedFlow extends Flow {
  readonly ownerEmail: string;
}

export interface StaticGongData {
  readonly users?: readonly User[];
  /** Default: every workspace id named by a profile, a call or a flow. */
  readonly workspaces?: readonly Workspace[];
  /** Profiles with their members, in the order Gong lists them. */
  readonly profiles?: readonly PermissionProfile[];
  readonly calls?: readonly DetailedCall[];
  readonly transcripts?: readonly Transcript[];
  readonly flows?: readonly OwnedFlow[];
  readonly prospectFlows?: readonly ProspectFlow[];
  /** Items per upstream page; Gong's is 100. */
  readonly pageSize?: number;
  /** When set, every method fails with it (e.g. NotConnected). */
  readonly failure?: DomainError;
}

export interface RecordedAssignment {
  readonly flowId: FlowId;
  readonly crmProspectIds: readonly string[];
  readonly ownerEmail: string;
}

/**
 * An in-memory GongGateway over domain values, for tests only: company-wide answers, never filtered by who
 * asks, paged like Gong (oldest calls first, an opaque cursor while more pages remain).
 */
export class StaticGongGateway implements GongGateway {
  /** Every successful write, in order: what the tests look at instead of counting calls. */
  readonly assignments: RecordedAssignment[] = [];
  private readonly prospectFlows: ProspectFlow[];
  private readonly pageSize: number;

  constructor(private readonly data: StaticGongData = {}) {
    this.prospectFlows = [...(data.prospectFlows ?? [])];
    this.pageSize = data.pageSize ?? 100;
  }

  listUsers(): GongResult<readonly User[]> {
    return this.answer(() => ok(this.data.users ?? []));
  }

  getUser(id: UserId): GongResult<User> {
    return this.answer(() => {
      const user = (this.data.users ?? []).find((candidate) => candidate.id === id);
      return user ? ok(user) : err(notFound("user", id));
    });
  }

  listWorkspaces(): GongResult<readonly Workspace[]> {
    return this.answer(() => ok(this.data.workspaces ?? this.namedWorkspaces()));
  }

  listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]> {
    return this.answer(() =>
      ok((this.data.profiles ?? []).filter((profile) => profile.workspaceId === workspaceId).map(summary)),
    );
  }

  listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
    return this.answer(() => {
      const profile = (this.data.profiles ?? []).find((candidate) => candidate.id === profileId);
      // Gong answers an unknown profileId with 400 "Bad request".
      return profile ? ok(profile.userIds) : err({ _tag: "UpstreamFailed", reason: "Status", status: 400 });
    });
  }

  searchCalls(search: CallSearch, cursor: string | null): GongResult<Page<Call>> {
    return this.answer(() => {
      const from = Date.parse(search.fromDateTime);
      const to = Date.parse(search.toDateTime);
      const found = (this.data.calls ?? [])
        .filter((call) => search.workspaceId === undefined || call.workspaceId === search.workspaceId)
        .filter((call) => {
          const at = startOf(call);
          return at !== undefined && at >= from && at < to;
        })
        .sort((a, b) => (startOf(a) ?? 0) - (startOf(b) ?? 0) || Number(BigInt(a.id) - BigInt(b.id)))
        .map(basic);
      return this.page(found, cursor);
    });
  }

  /** Every page of searchCalls, as the wire gateway follows them (each page counts as a request). */
  async callsInWindow(search: CallSearch): GongResult<readonly Call[]> {
    const calls: Call[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<GongResult<Page<Call>>> = await this.searchCalls(search, cursor);
      if (!page.ok) return page;
      calls.push(...page.value.items);
      cursor = page.value.nextCursor;
    } while (cursor !== null);
    return ok(calls);
  }

  getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    return this.answer(() => ok(this.callsById(ids).map(basic)));
  }

  getDetailedCalls(ids: readonly CallId[]): GongResult<readonly DetailedCall[]> {
    return this.answer(() => ok(this.callsById(ids)));
  }

  getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]> {
    return this.answer(() => ok((this.data.transcripts ?? []).filter((transcript) => ids.includes(transcript.callId))));
  }

  listFlows(ownerEmail: string, workspaceId: WorkspaceId | null, cursor: string | null): GongResult<Page<Flow>> {
    return this.answer(() => {
      const flows = (this.data.flows ?? [])
        .filter((flow) => flow.ownerEmail.toLowerCase() === ownerEmail.toLowerCase())
        .filter((flow) => workspaceId === null || flow.workspaceId === workspaceId)
        .map((owned): Flow => withoutOwner(owned));
      return this.page(flows, cursor);
    });
  }

  flowsForProspects(crmProspectIds: readonly string[]): GongResult<readonly ProspectFlow[]> {
    return this.answer(() => ok(this.prospectFlows.filter((flow) => crmProspectIds.includes(flow.crmProspectId))));
  }

  assignFlow(flowId: FlowId, crmProspectIds: readonly string[], ownerEmail: string): GongResult<AssignOutcome> {
    return this.answer(() => {
      const flow = (this.data.flows ?? []).find((candidate) => candidate.id === flowId);
      if (!flow) return err(notFound("flow", flowId));
      this.assignments.push({ flowId, crmProspectIds: [...crmProspectIds], ownerEmail });
      const assigned = crmProspectIds.map((crmProspectId): ProspectFlow => ({
        crmProspectId,
        flowId,
        flowName: flow.name,
        flowInstanceId: `${flowId}-${crmProspectId}-${this.assignments.length}`,
        status: "ACTIVE",
        ownerEmail,
        ownerFullName: null,
        createdAt: null,
        workspaceId: flow.workspaceId,
        exclusive: flow.exclusive,
      }));
      this.prospectFlows.push(...assigned);
      return ok({ assigned, failed: [] });
    });
  }

  private answer<T>(produce: () => Result<T, DomainError>): GongResult<T> {
    return Promise.resolve(this.data.failure ? err(this.data.failure) : produce());
  }

  private callsById(ids: readonly CallId[]): DetailedCall[] {
    return (this.data.calls ?? []).filter((call) => ids.includes(call.id));
  }

  private page<T>(items: readonly T[], cursor: string | null): Result<Page<T>, DomainError> {
    const offset = cursor === null ? 0 : Number(cursor);
    if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= items.length) {
      if (cursor !== null) return err({ _tag: "UpstreamFailed", reason: "Status", status: 400 });
    }
    const end = offset + this.pageSize;
    return ok({ items: items.slice(offset, end), nextCursor: end < items.length ? String(end) : null });
  }

  private namedWorkspaces(): Workspace[] {
    const ids = [
      ...(this.data.profiles ?? []).map((profile) => profile.workspaceId),
      ...(this.data.calls ?? []).map((call) => call.workspaceId),
      ...(this.data.flows ?? []).map((flow) => flow.workspaceId),
    ];
    return [...new Set(ids)]
      .filter((id): id is WorkspaceId => id !== null)
      .map((id) => ({ id, name: `Workspace ${id}`, description: null }));
  }
}

/** The instant Gong filters a call search on: its start, else its scheduled time. */
function startOf(call: Pick<Call, "started" | "scheduled">): number | undefined {
  const at = Date.parse(call.started ?? call.scheduled ?? "");
  return Number.isNaN(at) ? undefined : at;
}

/** A call without its extended content, as the basic call endpoints return it. */
function basic(detailed: DetailedCall): Call {
  return omit(detailed, "content", "interaction");
}

/** A profile as Gong lists it: its members are another request. */
function summary(profile: PermissionProfile): PermissionProfileSummary {
  return omit(profile, "userIds");
}

function withoutOwner(owned: OwnedFlow): Flow {
  return omit(owned, "ownerEmail");
}

function omit<T extends object, K extends keyof T & string>(value: T, ...keys: K[]): Omit<T, K> {
  const left: readonly string[] = keys;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !left.includes(key))) as Omit<T, K>;
}
