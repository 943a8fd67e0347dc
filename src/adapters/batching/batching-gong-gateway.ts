import type { CallSearch, GongGateway, GongResult } from "../../application/ports/gong-gateway.js";
import type { Call } from "../../domain/call.js";
import type { DetailedCall } from "../../domain/call-content.js";
import type { CallId, FlowId, ProfileId, UserId, WorkspaceId } from "../../domain/ids.js";
import type { Transcript } from "../../domain/transcript.js";
import { CALL_IDS_PER_REQUEST } from "../gong-wire/batches.js";
import { CallIdBatcher } from "./call-id-batcher.js";

export interface GongBatchingOptions {
  /** How long a lookup by id waits for others to share its request: short against a tool call, long against a burst. */
  readonly windowMs: number;
  /** Whether other questions are running that a lookup could share its request with (see CallIdBatcher). */
  readonly othersMayJoin?: () => boolean;
}

export const DEFAULT_BATCHING_OPTIONS: GongBatchingOptions = { windowMs: 15 };

/**
 * A GongGateway that gathers the lookups by call id of concurrent questions into shared upstream requests:
 * thirty tool calls for one transcript each cost one request, not thirty, at Gong's ~3 requests a second.
 * Each caller still gets exactly what the inner gateway would have answered it, nothing of the others' ids;
 * every other method passes straight through.
 */
export class BatchingGongGateway implements GongGateway {
  private readonly calls: CallIdBatcher<Call>;
  private readonly detailedCalls: CallIdBatcher<DetailedCall>;
  private readonly transcripts: CallIdBatcher<Transcript>;

  constructor(
    private readonly inner: GongGateway,
    options: GongBatchingOptions = DEFAULT_BATCHING_OPTIONS,
  ) {
    // A batch never holds more ids than one wire request carries, so each batch is one request to Gong.
    const batching = { ...options, maxBatchSize: CALL_IDS_PER_REQUEST };
    this.calls = new CallIdBatcher((ids) => inner.getCalls(ids), (call) => call.id, batching);
    this.detailedCalls = new CallIdBatcher((ids) => inner.getDetailedCalls(ids), (call) => call.id, batching);
    this.transcripts = new CallIdBatcher((ids) => inner.getTranscripts(ids), (transcript) => transcript.callId, batching);
  }

  getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    return this.calls.get(ids);
  }

  getDetailedCalls(ids: readonly CallId[]): GongResult<readonly DetailedCall[]> {
    return this.detailedCalls.get(ids);
  }

  getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]> {
    return this.transcripts.get(ids);
  }

  listUsers() {
    return this.inner.listUsers();
  }

  getUser(id: UserId) {
    return this.inner.getUser(id);
  }

  listWorkspaces() {
    return this.inner.listWorkspaces();
  }

  listPermissionProfiles(workspaceId: WorkspaceId) {
    return this.inner.listPermissionProfiles(workspaceId);
  }

  listProfileMembers(profileId: ProfileId) {
    return this.inner.listProfileMembers(profileId);
  }

  callsInWindow(search: CallSearch) {
    return this.inner.callsInWindow(search);
  }

  listFlows(ownerEmail: string, workspaceId: WorkspaceId | null, cursor: string | null) {
    return this.inner.listFlows(ownerEmail, workspaceId, cursor);
  }

  flowsForProspects(crmProspectIds: readonly string[]) {
    return this.inner.flowsForProspects(crmProspectIds);
  }

  assignFlow(flowId: FlowId, crmProspectIds: readonly string[], ownerEmail: string) {
    return this.inner.assignFlow(flowId, crmProspectIds, ownerEmail);
  }
}
