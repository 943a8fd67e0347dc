import { invalidInput, type DomainError } from "../../domain/errors.js";
import type { Flow } from "../../domain/flow.js";
import type { UserId, WorkspaceId } from "../../domain/ids.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { Actor } from "../actor.js";
import { userIn, type CallerAccess } from "../caller-access.js";
import type { CursorCodec } from "../ports/cursor-codec.js";
import type { GongGateway } from "../ports/gong-gateway.js";

export interface ListFlowsInput {
  readonly flowOwnerEmail?: string;
  readonly flowOwnerUserId?: UserId;
  readonly workspaceId?: WorkspaceId;
  readonly cursor?: string;
}

export interface FlowsPage {
  readonly ownerEmail: string;
  readonly flows: readonly Flow[];
  readonly nextCursor: string | null;
}

/**
 * gong_engage_flows_list: the flows a flow owner may use (company, personal, shared), one Gong page at a
 * time. Open to every connected user; our cursor wraps Gong's and is bound to the caller and the query.
 */
export class ListFlows {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
    private readonly cursors: CursorCodec,
  ) {}

  async execute(actor: Actor, input: ListFlowsInput): Promise<Result<FlowsPage, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    if (input.flowOwnerEmail !== undefined && input.flowOwnerUserId !== undefined) {
      return err(invalidInput("flow_owner_email", "either flow_owner_email or flow_owner_user_id, not both"));
    }
    let ownerEmail = input.flowOwnerEmail;
    if (ownerEmail !== undefined) {
      // Gong answers an unknown owner with a bare 404; the directory lets us say what is wrong instead.
      const wanted = ownerEmail.toLowerCase();
      const owner = caller.value.users.find((user) => user.emailAddress?.toLowerCase() === wanted);
      if (!owner) return err(invalidInput("flow_owner_email", "the email address of a Gong user"));
      ownerEmail = owner.emailAddress ?? ownerEmail;
    } else {
      const owner = userIn(caller.value.users, input.flowOwnerUserId ?? actor.userId);
      if (!owner.ok) return owner;
      if (owner.value.emailAddress === null) {
        return err(invalidInput("flow_owner_user_id", "a Gong user who has an email address"));
      }
      ownerEmail = owner.value.emailAddress;
    }
    const query = JSON.stringify([ownerEmail.toLowerCase(), input.workspaceId ?? null]);
    let upstreamCursor: string | null = null;
    if (input.cursor !== undefined) {
      const state = this.cursors.open(input.cursor);
      if (!state || state.kind !== "flows" || state.userId !== actor.userId || state.query !== query || typeof state.gong !== "string") {
        return err(invalidInput("cursor", "a next_cursor returned by gong_engage_flows_list for this same query"));
      }
      upstreamCursor = state.gong;
    }
    const page = await this.gong.listFlows(ownerEmail, input.workspaceId ?? null, upstreamCursor);
    if (!page.ok) return page;
    const next = page.value.nextCursor;
    return ok({
      ownerEmail,
      flows: page.value.items,
      nextCursor: next === null ? null : this.cursors.seal({ kind: "flows", userId: actor.userId, query, gong: next }),
    });
  }
}
