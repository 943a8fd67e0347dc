import type { Call } from "../../domain/call.js";
import type { DetailedCall } from "../../domain/call-content.js";
import type { DomainError } from "../../domain/errors.js";
import type { AssignOutcome, Flow, ProspectFlow } from "../../domain/flow.js";
import type { CallId, FlowId, ProfileId, UserId, WorkspaceId } from "../../domain/ids.js";
import type { PermissionProfileSummary } from "../../domain/permission-profile.js";
import type { Result } from "../../domain/result.js";
import type { Transcript } from "../../domain/transcript.js";
import type { User } from "../../domain/user.js";
import type { Workspace } from "../../domain/workspace.js";

/** One upstream page; `nextCursor` is Gong's own, opaque and short-lived. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** A call search: [from, to) as ISO instants, optionally one workspace. */
export interface CallSearch {
  readonly fromDateTime: string;
  readonly toDateTime: string;
  readonly workspaceId?: WorkspaceId;
  /** Also the calls' CRM context (accounts, opportunities, contacts): a heavier read, for filters that need it. */
  readonly withCrmContext?: boolean;
}

export type GongResult<T> = Promise<Result<T, DomainError>>;

/**
 * Gong, as the use cases need it: company-wide data in domain types, never filtered by who asks (the
 * use cases do that). Implementations: the in-memory fake and the HTTP adapter. Every method may fail with
 * NotConnected, Unauthorized, Forbidden, RateLimited or UpstreamFailed.
 */
export interface GongGateway {
  /** Every user of the company, deactivated ones included. */
  listUsers(): GongResult<readonly User[]>;
  /** One user, or NotFound. */
  getUser(id: UserId): GongResult<User>;
  listWorkspaces(): GongResult<readonly Workspace[]>;
  /** The permission profiles of one workspace, in Gong's order, without their members: one request. */
  listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]>;
  /**
   * The ids of the users who hold one profile: one request. Gong has no user-to-profile lookup, so finding
   * a user's profile means asking profile by profile. An unknown profile fails; it is never an empty list.
   */
  listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]>;
  /**
   * Every call in a range, with their parties, each once, in Gong's order: all pages, and paging that always
   * ends (a repeated cursor or endless pages fail with UpstreamFailed/Paging).
   */
  callsInWindow(search: CallSearch): GongResult<readonly Call[]>;
  /** These calls with their parties; ids that do not exist are simply missing. */
  getCalls(ids: readonly CallId[]): GongResult<readonly Call[]>;
  /** These calls with parties and extended content; ids that do not exist are simply missing. */
  getDetailedCalls(ids: readonly CallId[]): GongResult<readonly DetailedCall[]>;
  /** Transcripts of these calls; a call without a transcript, or unknown, is missing. */
  getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]>;
  /** One page of the flows a flow owner may use (company, personal and shared), optionally in one workspace. */
  listFlows(ownerEmail: string, workspaceId: WorkspaceId | null, cursor: string | null): GongResult<Page<Flow>>;
  /** Open flow instances of these CRM prospects. */
  flowsForProspects(crmProspectIds: readonly string[]): GongResult<readonly ProspectFlow[]>;
  /** Assigns a flow to prospects, owned by `ownerEmail`; Gong reports per prospect. Unknown flow: NotFound. */
  assignFlow(flowId: FlowId, crmProspectIds: readonly string[], ownerEmail: string): GongResult<AssignOutcome>;
}
