import type { DomainError } from "../../domain/errors.js";
import { distinct, type ProspectFlow } from "../../domain/flow.js";
import { ok, type Result } from "../../domain/result.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import type { GongGateway } from "../ports/gong-gateway.js";

export interface ProspectFlows {
  readonly crmProspectId: string;
  readonly flows: readonly ProspectFlow[];
}

/** gong_engage_flows_for_prospects: each requested prospect once, with its open flows (none: an empty list). */
export class FlowsForProspects {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
  ) {}

  async execute(actor: Actor, crmProspectIds: readonly string[]): Promise<Result<readonly ProspectFlows[], DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const ids = distinct(crmProspectIds);
    const found = await this.gong.flowsForProspects(ids);
    if (!found.ok) return found;
    return ok(ids.map((id) => ({ crmProspectId: id, flows: found.value.filter((flow) => flow.crmProspectId === id) })));
  }
}
