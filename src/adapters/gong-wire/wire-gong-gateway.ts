import type { CallSearch, GongGateway, GongResult, Page } from "../../application/ports/gong-gateway.js";
import type { Logger } from "../../application/ports/logger.js";
import type { Call } from "../../domain/call.js";
import type { DetailedCall } from "../../domain/call-content.js";
import { notFound } from "../../domain/errors.js";
import type { AssignOutcome, Flow, ProspectFlow } from "../../domain/flow.js";
import type { CallId, FlowId, ProfileId, UserId, WorkspaceId } from "../../domain/ids.js";
import type { PermissionProfileSummary } from "../../domain/permission-profile.js";
import { err, ok } from "../../domain/result.js";
import type { Transcript } from "../../domain/transcript.js";
import type { User } from "../../domain/user.js";
import type { Workspace } from "../../domain/workspace.js";
import { CALL_IDS_PER_REQUEST, inBatches, PROSPECT_IDS_PER_READ } from "./batches.js";
import { BY_ID_CONTEXT, DETAILED_FIELDS, extensiveBody, PARTIES_ONLY, type CallFilter } from "./call-requests.js";
import { ENDPOINTS, userPath } from "./endpoints.js";
import { assignInBatches } from "./flow-assignment.js";
import { allPages, bodyWithCursor, distinctBy, nextCursorOf, queryWithCursor } from "./paging.js";
import { noCallsMeans } from "./read-answer.js";
import { toCall } from "./to-domain/call.js";
import { toDetailedCall } from "./to-domain/detailed-call.js";
import { toFlow, toProspectFlow } from "./to-domain/flow.js";
import { toProfileSummary } from "./to-domain/permission-profile.js";
import { toTranscript } from "./to-domain/transcript.js";
import { toUser } from "./to-domain/user.js";
import { toWorkspace } from "./to-domain/workspace.js";
import { WireClient } from "./wire-client.js";
import type { WireExchange } from "./wire-exchange.js";
import { WireCallsPage, type WireCallData } from "./wire/calls.js";
import { WireFlowsPage, WireProspectsResponse } from "./wire/flows.js";
import { WireProfilesResponse, WireProfileUsersResponse } from "./wire/permission-profiles.js";
import { WireTranscriptsPage } from "./wire/transcripts.js";
import { WireUserResponse, WireUsersPage } from "./wire/users.js";
import { WireWorkspacesResponse } from "./wire/workspaces.js";

const EMPTY_PAGE: Page<never> = { items: [], nextCursor: null };

/**
 * The GongGateway spoken in Gong's wire protocol (gong-api.md) over any WireExchange: HTTP to the real
 * Gong, or the in-memory fake. All wire knowledge lives under this folder: endpoints, bodies, paging,
 * batching, what each status means, decoding and mapping to domain types. Never throws.
 */
export class WireGongGateway implements GongGateway {
  private readonly client: WireClient;
  private readonly logger: Logger;

  constructor(exchange: WireExchange, options: { readonly logger: Logger }) {
    this.logger = options.logger;
    this.client = new WireClient(exchange, options.logger);
  }

  listUsers(): GongResult<readonly User[]> {
    // Without `includeAvatars`, Gong leaves out its synthetic staff users, as wanted.
    const pageAt = (cursor: string | null): GongResult<Page<User>> =>
      this.client.ask({
        endpoint: ENDPOINTS.users,
        query: queryWithCursor({}, cursor),
        schema: WireUsersPage,
        read: (page) => ({ items: (page.users ?? []).map(toUser), nextCursor: nextCursorOf(page.records) }),
      });
    return allPages(pageAt, this.logger);
  }

  getUser(id: UserId): GongResult<User> {
    return this.client.ask({
      endpoint: ENDPOINTS.user,
      path: userPath(id),
      schema: WireUserResponse,
      read: (answer) => toUser(answer.user),
      on404: () => err(notFound("user", id)),
    });
  }

  listWorkspaces(): GongResult<readonly Workspace[]> {
    return this.client.ask({
      endpoint: ENDPOINTS.workspaces,
      schema: WireWorkspacesResponse,
      read: (answer) => (answer.workspaces ?? []).map(toWorkspace),
    });
  }

  listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]> {
    return this.client.ask({
      endpoint: ENDPOINTS.permissionProfiles,
      query: { workspaceId },
      schema: WireProfilesResponse,
      read: (answer) => (answer.profiles ?? []).map((wire) => toProfileSummary(wire, workspaceId, this.logger)),
    });
  }

  listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
    // An unknown profileId is Gong's 400 "Bad request": a failure, never an empty list (that would read as `own`).
    return this.client.ask({
      endpoint: ENDPOINTS.permissionProfileUsers,
      query: { profileId },
      schema: WireProfileUsersResponse,
      read: (answer) => (answer.users ?? []).map((user) => user.id),
    });
  }

  /** One page of a call search (Gong's order: oldest first); no calls is an empty page. Not on the port: no use case pages by hand. */
  searchCalls(search: CallSearch, cursor: string | null): GongResult<Page<Call>> {
    const filter: CallFilter = {
      fromDateTime: search.fromDateTime,
      toDateTime: search.toDateTime,
      ...(search.workspaceId === undefined ? {} : { workspaceId: search.workspaceId }),
    };
    return this.callsPage(filter, PARTIES_ONLY, toCall, cursor, search.withCrmContext === true ? BY_ID_CONTEXT : undefined);
  }

  async callsInWindow(search: CallSearch): GongResult<readonly Call[]> {
    const calls = await allPages((cursor) => this.searchCalls(search, cursor), this.logger);
    return calls.ok ? ok(distinctBy(calls.value, (call) => call.id)) : calls;
  }

  getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    return this.callsById(ids, PARTIES_ONLY, toCall);
  }

  getDetailedCalls(ids: readonly CallId[]): GongResult<readonly DetailedCall[]> {
    return this.callsById(ids, DETAILED_FIELDS, toDetailedCall);
  }

  getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]> {
    const pageAt = (callIds: readonly CallId[], cursor: string | null): GongResult<Page<Transcript>> =>
      this.client.ask({
        endpoint: ENDPOINTS.transcripts,
        body: bodyWithCursor({ filter: { callIds } }, cursor),
        schema: WireTranscriptsPage,
        read: (page): Page<Transcript> => ({
          items: (page.callTranscripts ?? []).map(toTranscript),
          nextCursor: nextCursorOf(page.records),
        }),
        on404: noCallsMeans(EMPTY_PAGE),
      });
    return inBatches(ids, CALL_IDS_PER_REQUEST, (batch) => allPages((cursor) => pageAt(batch, cursor), this.logger));
  }

  listFlows(ownerEmail: string, workspaceId: WorkspaceId | null, cursor: string | null): GongResult<Page<Flow>> {
    const query = { flowOwnerEmail: ownerEmail, ...(workspaceId === null ? {} : { workspaceId }) };
    return this.client.ask({
      endpoint: ENDPOINTS.flows,
      query: queryWithCursor(query, cursor),
      schema: WireFlowsPage,
      read: (page) => ({
        items: (page.flows ?? []).map((flow) => toFlow(flow, workspaceId)),
        nextCursor: nextCursorOf(page.records),
      }),
    });
  }

  flowsForProspects(crmProspectIds: readonly string[]): GongResult<readonly ProspectFlow[]> {
    return inBatches(crmProspectIds, PROSPECT_IDS_PER_READ, (batch) =>
      this.client.ask({
        endpoint: ENDPOINTS.prospectFlows,
        body: { crmProspectsIds: batch },
        schema: WireProspectsResponse,
        read: (answer) => (answer.prospectsAssigned ?? []).map(toProspectFlow),
      }),
    );
  }

  assignFlow(flowId: FlowId, crmProspectIds: readonly string[], ownerEmail: string): GongResult<AssignOutcome> {
    return assignInBatches(this.client, flowId, crmProspectIds, ownerEmail);
  }

  /**
   * Calls by id, in batches, every page of each; an empty id list sends nothing (Gong 400s on it).
   * UNCONFIRMED: `callIds` without a date range returns those calls whatever their date (the spec's dates are
   * optional, and public clients send ids alone).
   */
  private callsById<T>(ids: readonly CallId[], fields: object, map: (wire: WireCallData) => T): GongResult<readonly T[]> {
    return inBatches(ids, CALL_IDS_PER_REQUEST, (callIds) =>
      allPages((cursor) => this.callsPage({ callIds }, fields, map, cursor, BY_ID_CONTEXT), this.logger),
    );
  }

  /** One page of `POST /v2/calls/extensive`; Gong's "no calls" 404 is an empty last page. */
  private callsPage<T>(
    filter: CallFilter,
    fields: object,
    map: (wire: WireCallData) => T,
    cursor: string | null,
    context?: typeof BY_ID_CONTEXT,
  ): GongResult<Page<T>> {
    return this.client.ask({
      endpoint: ENDPOINTS.extensiveCalls,
      body: bodyWithCursor(extensiveBody(filter, fields, context), cursor),
      schema: WireCallsPage,
      read: (page): Page<T> => ({ items: (page.calls ?? []).map(map), nextCursor: nextCursorOf(page.records) }),
      on404: noCallsMeans(EMPTY_PAGE),
    });
  }
}
