import type { Call } from "./call.js";

/** Gong's AI content of a call. Each part is absent when Gong has not produced it. */
export interface CallContent {
  readonly brief: string | null;
  readonly keyPoints: readonly string[];
  readonly outline: readonly {
    readonly section: string | null;
    readonly startTime: number | null;
    readonly duration: number | null;
    readonly items: readonly { readonly text: string | null; readonly startTime: number | null }[];
  }[];
  readonly highlights: readonly {
    readonly title: string | null;
    readonly items: readonly { readonly text: string | null; readonly startTimes: readonly number[] }[];
  }[];
  readonly topics: readonly { readonly name: string | null; readonly duration: number | null }[];
  readonly trackers: readonly { readonly name: string | null; readonly count: number | null; readonly type: string | null }[];
  readonly callOutcome: { readonly id: string | null; readonly category: string | null; readonly name: string | null } | null;
}

export interface CallInteraction {
  readonly speakers: readonly { readonly partyId: string | null; readonly userId: string | null; readonly talkTime: number | null }[];
  readonly stats: readonly { readonly name: string | null; readonly value: number | null }[];
  readonly questions: { readonly companyCount: number | null; readonly nonCompanyCount: number | null } | null;
}

/** A call with the extended content of `get_detailed_gong_call_details`. */
export interface DetailedCall extends Call {
  readonly content: CallContent | null;
  readonly interaction: CallInteraction | null;
}
