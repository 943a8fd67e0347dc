import type { Call } from "../../domain/call.js";
import { invalidInput, type DomainError } from "../../domain/errors.js";
import type { WorkspaceId } from "../../domain/ids.js";
import { err, ok, type Result } from "../../domain/result.js";
import { namedTurns } from "../../domain/transcript.js";
import { hitsIn, type TranscriptHit } from "../../domain/transcript-search.js";
import { visibleInWindow } from "../visible-calls.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import { isDateWindow, resolveWindow, type DateWindow } from "../date-window.js";
import type { Clock } from "../ports/clock.js";
import type { CursorCodec } from "../ports/cursor-codec.js";
import type { GongGateway } from "../ports/gong-gateway.js";

/** The most calls one search reads: two transcript requests (100 calls each) at most. */
export const MAX_CALLS_SEARCHED = 200;

export interface SearchTranscriptsInput {
  readonly query: string;
  readonly fromDateTime?: string;
  readonly toDateTime?: string;
  readonly workspaceId?: WorkspaceId;
  readonly cursor?: string;
  readonly limit: number;
}

export interface TranscriptHitsPage {
  readonly hits: readonly TranscriptHit[];
  /** Visible calls of the window whose transcripts were searched (never a hidden call). */
  readonly callsSearched: number;
  /** More visible calls were in the window than one search reads: the oldest were not searched. */
  readonly capped: boolean;
  readonly nextCursor: string | null;
}

/** Paging state: whose, which window (the question itself is signed in, not carried), and the last hit shown. */
interface SearchCursor {
  readonly kind: "transcript-search";
  readonly userId: string;
  readonly window: DateWindow;
  readonly afterCallId: string;
  readonly afterOrdinal: number;
}

/**
 * search_gong_transcripts (contract section 5b): sentences that hold a phrase, in the transcripts of the calls
 * the caller may see in a window, newest call first and in order within a call. Only visible calls' transcripts
 * are asked for (100 per request, cached), so neither the hits, the count of calls searched nor the time taken
 * depends on a call the caller may not see.
 */
export class SearchTranscripts {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
    private readonly clock: Clock,
    private readonly cursors: CursorCodec,
  ) {}

  async execute(actor: Actor, input: SearchTranscriptsInput): Promise<Result<TranscriptHitsPage, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const question = JSON.stringify([input.query, input.fromDateTime ?? null, input.toDateTime ?? null, input.workspaceId ?? null]);
    let window: DateWindow;
    let after: { callId: string; ordinal: number } | undefined;
    if (input.cursor === undefined) {
      const resolved = resolveWindow(input.fromDateTime, input.toDateTime, this.clock.now());
      if (!resolved.ok) return resolved;
      window = resolved.value;
    } else {
      const state = this.openCursor(input.cursor, actor.userId, question);
      if (!state) return err(invalidInput("cursor", "a next_cursor returned by search_gong_transcripts for this same search"));
      window = state.window;
      after = { callId: state.afterCallId, ordinal: state.afterOrdinal };
    }

    const inWindow = await visibleInWindow(this.gong, this.access, caller.value, { ...window, ...(input.workspaceId === undefined ? {} : { workspaceId: input.workspaceId }) });
    if (!inWindow.ok) return inWindow;
    const visible = inWindow.value;
    const searched = visible.slice(0, MAX_CALLS_SEARCHED);
    const hits = await this.hitsOf(searched, input.query);
    if (!hits.ok) return hits;

    let start = 0;
    if (after !== undefined) {
      const callAt = searched.findIndex((call) => call.id === after.callId);
      if (callAt < 0) return err(invalidInput("cursor", "a next_cursor of this search while its call is still in the window; start the search again"));
      const order = new Map(searched.map((call, index) => [call.id, index]));
      start = hits.value.findIndex((hit) => {
        const at = order.get(hit.call.id) ?? -1;
        return at > callAt || (at === callAt && hit.ordinal > after.ordinal);
      });
      if (start < 0) start = hits.value.length;
    }
    const page = hits.value.slice(start, start + input.limit);
    const last = page[page.length - 1];
    const nextCursor =
      start + page.length < hits.value.length && last !== undefined
        ? this.cursors.seal({ kind: "transcript-search", userId: actor.userId, window, afterCallId: last.call.id, afterOrdinal: last.ordinal } satisfies SearchCursor, question)
        : null;
    return ok({ hits: page, callsSearched: searched.length, capped: visible.length > searched.length, nextCursor });
  }

  /** Every hit in these calls, newest call first, in order within a call. */
  private async hitsOf(calls: readonly Call[], query: string): Promise<Result<TranscriptHit[], DomainError>> {
    if (calls.length === 0) return ok([]);
    const transcripts = await this.gong.getTranscripts(calls.map((call) => call.id));
    if (!transcripts.ok) return transcripts;
    const byCall = new Map(transcripts.value.map((transcript) => [transcript.callId, transcript]));
    return ok(calls.flatMap((call) => {
      const transcript = byCall.get(call.id);
      return transcript === undefined ? [] : hitsIn(call, namedTurns(transcript, call.parties), query);
    }));
  }

  private openCursor(token: string, userId: string, question: string): SearchCursor | undefined {
    const state = this.cursors.open(token, question);
    if (!state || state.kind !== "transcript-search" || state.userId !== userId) return undefined;
    const { window, afterCallId, afterOrdinal } = state as Partial<SearchCursor>;
    if (typeof afterCallId !== "string" || !Number.isSafeInteger(afterOrdinal) || !isDateWindow(window)) return undefined;
    return state as unknown as SearchCursor;
  }
}
