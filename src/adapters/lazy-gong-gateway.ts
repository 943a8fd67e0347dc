import type { CallSearch, GongGateway, GongResult, Page } from "../application/ports/gong-gateway.js";
import type { Call } from "../domain/call.js";
import type { DetailedCall } from "../domain/call-content.js";
import type { AssignOutcome, Flow, ProspectFlow } from "../domain/flow.js";
import type { CallId, FlowId, ProfileId, UserId, WorkspaceId } from "../domain/ids.js";
import type { PermissionProfileSummary } from "../domain/permission-profile.js";
import type { Transcript } from "../domain/transcript.js";
import type { User } from "../domain/user.js";
import type { Workspace } from "../domain/workspace.js";

/**
 * A GongGateway built on its first use. What speaks to Gong (Effect Schema's decoders, the HTTP client, the
 * demo workspace) weighs about a third of a second and 30 MB to load, which a process should not pay before
 * it answers its first tools/list, nor at all if nobody asks it anything (issue 9). Every method waits for
 * the one load; a load that fails (a broken install) is tried again on the next use.
 */
export class LazyGongGateway implements GongGateway {
  private loading: Promise<GongGateway> | undefined;

  constructor(private readonly load: () => Promise<GongGateway>) {}

  private async inner(): Promise<GongGateway> {
    this.loading ??= this.load().catch((cause: unknown) => {
      this.loading = undefined;
      throw cause;
    });
    return this.loading;
  }

  async listUsers(): GongResult<readonly User[]> {
    return (await this.inner()).listUsers();
  }

  async getUser(id: UserId): GongResult<User> {
    return (await this.inner()).getUser(id);
  }

  async listWorkspaces(): GongResult<readonly Workspace[]> {
    return (await this.inner()).listWorkspaces();
  }

  async listPermissionProfiles(workspaceId: WorkspaceId): GongResult<readonly PermissionProfileSummary[]> {
    return (await this.inner()).listPermissionProfiles(workspaceId);
  }

  async listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
    return (await this.inner()).listProfileMembers(profileId);
  }

  async callsInWindow(search: CallSearch): GongResult<readonly Call[]> {
    return (await this.inner()).callsInWindow(search);
  }

  async getCalls(ids: readonly CallId[]): GongResult<readonly Call[]> {
    return (await this.inner()).getCalls(ids);
  }

  async getDetailedCalls(ids: readonly CallId[]): GongResult<readonly DetailedCall[]> {
    return (await this.inner()).getDetailedCalls(ids);
  }

  async getTranscripts(ids: readonly CallId[]): GongResult<readonly Transcript[]> {
    return (await this.inner()).getTranscripts(ids);
  }

  async listFlows(ownerEmail: string, workspaceId: WorkspaceId | null, cursor: string | null): GongResult<Page<Flow>> {
    return (await this.inner()).listFlows(ownerEmail, workspaceId, cursor);
  }

  async flowsForProspects(crmProspectIds: readonly string[]): GongResult<readonly ProspectFlow[]> {
    return (await this.inner()).flowsForProspects(crmProspectIds);
  }

  async assignFlow(flowId: FlowId, crmProspectIds: readonly string[], ownerEmail: string): GongResult<AssignOutcome> {
    return (await this.inner()).assignFlow(flowId, crmProspectIds, ownerEmail);
  }
}
