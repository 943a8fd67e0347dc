/**
 * What `POST /v2/calls/extensive` is asked to expose (gong-api.md section 7). Gong returns only the blocks
 * asked for, so a basic call costs parties only.
 */
export const PARTIES_ONLY = { parties: true } as const;

/** Everything get_detailed_gong_call_details shows; media URLs are left out (they need another scope). */
export const DETAILED_FIELDS = {
  parties: true,
  content: {
    brief: true,
    outline: true,
    highlights: true,
    keyPoints: true,
    topics: true,
    trackers: true,
    callOutcome: true,
    structure: true,
  },
  interaction: { speakers: true, personInteractionStats: true, questions: true },
} as const;

export interface CallFilter {
  readonly fromDateTime?: string;
  readonly toDateTime?: string;
  readonly workspaceId?: string;
  readonly callIds?: readonly string[];
}

/**
 * A read of calls by id also asks for their CRM context, with fields ("Extended"), for the account,
 * opportunity, contact and lead names and ids. Window reads do not: it roughly triples a page (gong-api.md).
 */
export const BY_ID_CONTEXT = "Extended";

export function extensiveBody(filter: CallFilter, exposedFields: object, context?: typeof BY_ID_CONTEXT): object {
  return { filter, contentSelector: { ...(context === undefined ? {} : { context }), exposedFields } };
}
