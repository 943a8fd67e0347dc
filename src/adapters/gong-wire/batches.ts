import type { GongResult } from "../../application/ports/gong-gateway.js";
import { distinct } from "../../domain/flow.js";
import { ok } from "../../domain/result.js";

// UNCONFIRMED: Gong documents no maximum for `callIds` (extensive, transcript); public clients use 10 to
// 100 and gonimbly bounds its tool at 100 (gong-api.md section 7).
export const CALL_IDS_PER_REQUEST = 100;
// UNCONFIRMED: the maximum `crmProspectsIds` on POST /v2/flows/prospects is not documented; 100 mirrors assign.
export const PROSPECT_IDS_PER_READ = 100;
/** Documented: at most 100 prospects per assign request (spec 2026-02 and 2026-07; older pages say 200). */
export const PROSPECT_IDS_PER_ASSIGN = 100;

/** Distinct ids in first-seen order, cut into runs of at most `size` (Gong wants unique ids). */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const unique = distinct(items);
  const batches: T[][] = [];
  for (let start = 0; start < unique.length; start += size) batches.push(unique.slice(start, start + size));
  return batches;
}

/**
 * Runs `each` over the batches one after another (Gong allows ~3 requests a second, so no fan-out) and
 * joins the results. No ids: no request at all.
 */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  each: (batch: readonly T[]) => GongResult<readonly R[]>,
): GongResult<readonly R[]> {
  const results: R[] = [];
  for (const batch of batchesOf(items, size)) {
    const answer = await each(batch);
    if (!answer.ok) return answer;
    results.push(...answer.value);
  }
  return ok(results);
}
