import type { Call } from "../../domain/call.js";
import { notFound, type DomainError } from "../../domain/errors.js";
import type { CallId } from "../../domain/ids.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import type { GongGateway } from "../ports/gong-gateway.js";
import { splitVisible } from "../visible-calls.js";

/** get_gong_call_details: one call with its parties, or NotFound when it is absent or hidden from the caller. */
export class GetCallDetails {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
  ) {}

  async execute(actor: Actor, callId: CallId): Promise<Result<Call, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const found = await this.gong.getCalls([callId]);
    if (!found.ok) return found;
    const split = await splitVisible(this.access, caller.value, [callId], found.value);
    if (!split.ok) return split;
    const call = split.value.visible[0];
    return call ? ok(call) : err(notFound("call", callId));
  }
}
