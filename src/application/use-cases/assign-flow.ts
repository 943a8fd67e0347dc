import { forbidden, invalidInput, notFound, type DomainError } from "../../domain/errors.js";
import { distinct, type AssignOutcome, type Flow } from "../../domain/flow.js";
import type { FlowId } from "../../domain/ids.js";
import { isActiveUser } from "../../domain/user.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import type { GongGateway } from "../ports/gong-gateway.js";

export interface AssignFlowInput {
  readonly flowId: FlowId;
  readonly crmProspectIds: readonly string[];
  readonly flowInstanceOwnerEmail?: string;
}

/**
 * gong_engage_flows_assign_to_prospect, the one write. The flow is looked up among the owner's flows in
 * each workspace first (which tells its workspace); assigning to-dos to someone else needs the caller's
 * profile there to allow it. Any failure before the write assigns nothing.
 */
export class AssignFlow {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
  ) {}

  async execute(actor: Actor, input: AssignFlowInput): Promise<Result<AssignOutcome, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const callerEmail = caller.value.user.emailAddress;
    const ownerEmail = input.flowInstanceOwnerEmail ?? callerEmail;
    if (ownerEmail === null) {
      return err(invalidInput("flow_instance_owner_email", "an email address (you have none in Gong)"));
    }
    const owner = caller.value.users.find((user) => isActiveUser(user) && sameEmail(user.emailAddress, ownerEmail));
    if (!owner) return err(invalidInput("flow_instance_owner_email", "the email address of an active Gong user"));

    const flow = await this.findFlow(owner.emailAddress ?? ownerEmail, input.flowId);
    if (!flow.ok) return flow;
    if (owner.id !== caller.value.user.id) {
      const workspaceId = flow.value.workspaceId;
      const profile = workspaceId === null ? ok(undefined) : await this.access.profile(actor.userId, workspaceId);
      if (!profile.ok) return profile;
      if (!profile.value?.engageAssignFlowToDosToOthers) {
        return err(forbidden("your Gong permission profile does not allow assigning flow to-dos to other people"));
      }
    }
    return this.gong.assignFlow(flow.value.id, distinct(input.crmProspectIds), owner.emailAddress ?? ownerEmail);
  }

  /** The flow among the owner's flows, workspace by workspace; absent everywhere: NotFound. */
  private async findFlow(ownerEmail: string, flowId: FlowId): Promise<Result<Flow, DomainError>> {
    const workspaces = await this.gong.listWorkspaces();
    if (!workspaces.ok) return workspaces;
    for (const workspace of workspaces.value) {
      let cursor: string | null = null;
      do {
        const page = await this.gong.listFlows(ownerEmail, workspace.id, cursor);
        if (!page.ok) return page;
        const flow = page.value.items.find((candidate) => candidate.id === flowId);
        if (flow) return ok({ ...flow, workspaceId: flow.workspaceId ?? workspace.id });
        cursor = page.value.nextCursor;
      } while (cursor !== null);
    }
    return err(notFound("flow", flowId));
  }
}

function sameEmail(a: string | null, b: string): boolean {
  return a !== null && a.toLowerCase() === b.toLowerCase();
}
