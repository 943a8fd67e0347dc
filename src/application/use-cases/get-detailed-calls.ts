import type { DetailedCall } from "../../domain/call-content.js";
import type { DomainError } from "../../domain/errors.js";
import type { CallId } from "../../domain/ids.js";
import type { Result } from "../../domain/result.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import type { GongGateway } from "../ports/gong-gateway.js";
import { splitVisible, type VisibleSplit } from "../visible-calls.js";

/** get_detailed_gong_call_details: extended content of the requested calls the caller may see. */
export class GetDetailedCalls {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
  ) {}

  async execute(actor: Actor, callIds: readonly CallId[]): Promise<Result<VisibleSplit<DetailedCall>, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const found = await this.gong.getDetailedCalls([...new Set(callIds)]);
    if (!found.ok) return found;
    return splitVisible(this.access, caller.value, callIds, found.value);
  }
}
