import type { Call } from "../../domain/call.js";
import { invalidInput, type DomainError } from "../../domain/errors.js";
import type { CallId } from "../../domain/ids.js";
import { err, ok, type Result } from "../../domain/result.js";
import { namedTurns, type Turn } from "../../domain/transcript.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import type { CursorCodec } from "../ports/cursor-codec.js";
import type { GongGateway } from "../ports/gong-gateway.js";
import { splitVisible } from "../visible-calls.js";

export interface CallTranscript {
  readonly call: Call;
  /** Empty when Gong has no transcript for a call the caller may see (or, external only, no customer spoke). */
  readonly turns: readonly Turn[];
}

export interface TranscriptsInput {
  readonly callIds: readonly CallId[];
  /** Only what the customer's side said (turns of external speakers). */
  readonly externalOnly?: boolean;
  /** A next_cursor of an earlier answer to the same call ids (and externalOnly): resume where it stopped. */
  readonly cursor?: string;
}

/** A place in an answer's transcripts: the turn and sentence of the first transcript to start at. */
export interface TranscriptPosition {
  readonly turn: number;
  readonly sentence: number;
}

export interface TranscriptsAnswer {
  /** The visible calls' transcripts in the order asked, from the cursor's call on. */
  readonly transcripts: readonly CallTranscript[];
  readonly unavailableIds: readonly CallId[];
  /** Where in the first transcript this answer starts (0, 0 without a cursor). */
  readonly from: TranscriptPosition;
}

/** Paging state inside our cursor: whose it is and where to resume (the question is signed in, not carried). */
interface TranscriptCursor {
  readonly kind: "transcripts";
  readonly userId: string;
  readonly callId: CallId;
  readonly turn: number;
  readonly sentence: number;
}

/**
 * get_gong_call_transcript: transcripts of the requested calls the caller may see, speakers named from the
 * call's parties, one speaker's consecutive monologues merged into a turn. Gong is asked for transcripts of
 * visible calls only. How much of them one answer shows is the presentation's budget: it stops where it
 * must, and `cursorAt` seals a cursor that resumes this same question exactly there.
 */
export class GetCallTranscripts {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
    private readonly cursors: CursorCodec,
  ) {}

  async execute(actor: Actor, input: TranscriptsInput): Promise<Result<TranscriptsAnswer, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const { callIds } = input;
    const externalOnly = input.externalOnly ?? false;
    const query = queryOf(input);
    let resume: TranscriptCursor | undefined;
    if (input.cursor !== undefined) {
      resume = this.openCursor(input.cursor, actor.userId, query);
      if (!resume) return err(invalidInput("cursor", "a next_cursor returned by get_gong_call_transcript for these same call_ids and external_only"));
    }
    const found = await this.gong.getCalls([...new Set(callIds)]);
    if (!found.ok) return found;
    const split = await splitVisible(this.access, caller.value, callIds, found.value);
    if (!split.ok) return split;
    const { unavailableIds } = split.value;
    // Resuming: from the cursor's call on (a call no longer visible since is passed over, without a word).
    const order = [...new Set(callIds)];
    const resumeAt = resume === undefined ? 0 : order.indexOf(resume.callId);
    const visible = split.value.visible.filter((call) => order.indexOf(call.id) >= resumeAt);
    const first = visible[0];
    const from = resume !== undefined && first?.id === resume.callId ? { turn: resume.turn, sentence: resume.sentence } : { turn: 0, sentence: 0 };
    if (visible.length === 0) return ok({ transcripts: [], unavailableIds, from });
    const transcripts = await this.gong.getTranscripts(visible.map((call) => call.id));
    if (!transcripts.ok) return transcripts;
    const byCall = new Map(transcripts.value.map((transcript) => [transcript.callId, transcript]));
    return ok({
      transcripts: visible.map((call) => {
        const transcript = byCall.get(call.id);
        const turns = transcript ? namedTurns(transcript, call.parties) : [];
        return { call, turns: externalOnly ? turns.filter((turn) => turn.external) : turns };
      }),
      unavailableIds,
      from,
    });
  }

  /** The cursor that resumes the question `input` of `actor` at `position` of the call `callId`. */
  cursorAt(actor: Actor, input: TranscriptsInput, callId: CallId, position: TranscriptPosition): string {
    return this.cursors.seal({ kind: "transcripts", userId: actor.userId, callId, ...position } satisfies TranscriptCursor, queryOf(input));
  }

  private openCursor(token: string, userId: string, query: string): TranscriptCursor | undefined {
    const state = this.cursors.open(token, query);
    if (!state || state.kind !== "transcripts" || state.userId !== userId) return undefined;
    const { callId, turn, sentence } = state as Partial<TranscriptCursor>;
    if (typeof callId !== "string" || !Number.isSafeInteger(turn) || !Number.isSafeInteger(sentence)) return undefined;
    if ((turn ?? -1) < 0 || (sentence ?? -1) < 0) return undefined;
    return state as unknown as TranscriptCursor;
  }
}

/** What a cursor is bound to besides its user: the ids asked, in order, and whether external only. */
function queryOf(input: TranscriptsInput): string {
  return JSON.stringify([[...input.callIds], input.externalOnly ?? false]);
}
