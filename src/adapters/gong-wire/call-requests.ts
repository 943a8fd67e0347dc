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

export function extensiveBody(filter: CallFilter, exposedFields: object): object {
  return { filter, contentSelector: { exposedFields } };
}
