import type { GongResult } from "../../application/ports/gong-gateway.js";
import { notFound, type DomainError } from "../../domain/errors.js";
import type { AssignOutcome, ProspectFlow } from "../../domain/flow.js";
import type { FlowId } from "../../domain/ids.js";
import { err, ok } from "../../domain/result.js";
import { batchesOf, PROSPECT_IDS_PER_ASSIGN } from "./batches.js";
import { ENDPOINTS } from "./endpoints.js";
import { toFailure, toProspectFlow } from "./to-domain/flow.js";
import type { WireClient } from "./wire-client.js";
import { WireAssignResponse } from "./wire/flows.js";

type Failure = AssignOutcome["failed"][number];

/**
 * Assigns in batches of at most 100 (Gong's documented limit), one after another. A failing first batch
 * means nothing was assigned, and its error is the answer (404: the flow does not exist). A later batch
 * that fails must not hide what earlier batches did: the outcome keeps them, and reports the failed batch
 * and the batches never sent as failed. Sending stops at the first failure, so a broken Gong is not
 * hammered with a write.
 */
export async function assignInBatches(
  client: WireClient,
  flowId: FlowId,
  crmProspectIds: readonly string[],
  ownerEmail: string,
): GongResult<AssignOutcome> {
  const assigned: ProspectFlow[] = [];
  const failed: Failure[] = [];
  const batches = batchesOf(crmProspectIds, PROSPECT_IDS_PER_ASSIGN);
  for (const [index, batch] of batches.entries()) {
    const answer = await client.ask({
      endpoint: ENDPOINTS.assignFlow,
      // flowId goes as a string: as a JSON number it would lose digits beyond 2^53 (gong-api.md section 1).
      body: { crmProspectsIds: batch, flowId, flowInstanceOwnerEmail: ownerEmail },
      schema: WireAssignResponse,
      read: (wire) => wire,
      on404: () => err(notFound("flow", flowId)),
    });
    if (!answer.ok) {
      if (index === 0) return answer;
      const reason = batchFailure(answer.error);
      failed.push(...batch.map((crmProspectId) => ({ crmProspectId, reason })));
      for (const unsent of batches.slice(index + 1)) {
        failed.push(...unsent.map((crmProspectId) => ({ crmProspectId, reason: NOT_SENT })));
      }
      break;
    }
    assigned.push(...(answer.value.prospectsAssigned ?? []).map(toProspectFlow));
    failed.push(...(answer.value.prospectsNotAssigned ?? []).map(toFailure));
  }
  return ok({ assigned, failed });
}

const NOT_SENT = "not sent to Gong: an earlier batch of this request failed; try these prospects again";

/** Why a whole batch failed after earlier ones went through; whether Gong applied it may be unknown. */
function batchFailure(error: DomainError): string {
  switch (error._tag) {
    case "NotFound":
      return "Gong no longer found the flow while assigning this batch";
    case "UpstreamFailed": {
      if (error.reason === "Decode") return "Gong's answer for this batch could not be read; check the prospect in Gong";
      if (error.reason === "Throttled") return "Gong's rate limit stopped this batch; try this prospect again later";
      const what = error.status === undefined ? error.reason : `HTTP ${error.status}`;
      return `Gong failed on this batch (${what}); check the prospect in Gong`;
    }
    default:
      return `Gong refused this batch (${error._tag}); check the prospect in Gong`;
  }
}
