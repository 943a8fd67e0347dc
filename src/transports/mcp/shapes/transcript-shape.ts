import * as z from "zod";
import { turnEnd, turnStart, turnText } from "../../../domain/transcript.js";
import { elapsed } from "./elapsed.js";
import { speakerKey, speakersOf, type TranscriptPiece } from "./transcript-page.js";

const text = z.string().nullable();
const affiliation = z.enum(["Internal", "External", "Unknown"]);

/**
 * What one answer shows of a call's transcript, compact on purpose: each speaker is described once in
 * `speakers`; a turn (one speaker until someone else speaks) carries its speaker's index there, its times and
 * its words (a topic only when Gong gave one). With the text rendering, an answer stays within Gong's own
 * transcript JSON in size (ADR 0022).
 */
export const transcriptShape = z.object({
  call_id: z.string(),
  title: text,
  started: text,
  speakers: z
    .array(z.object({ speaker_id: text, name: z.string(), affiliation }))
    .describe("Everyone who speaks in the call's turns, named from the call's parties"),
  turns: z
    .array(
      z.object({
        speaker: z.int().describe("The index of the turn's speaker in speakers"),
        start_ms: z.number().describe("Milliseconds from the start of the call"),
        end_ms: z.number(),
        text: z.string(),
        topic: z.string().optional(),
      }),
    )
    .describe("The turns this answer shows; empty when Gong has no transcript for the call"),
});

export function toTranscriptOut({ transcript, turns }: TranscriptPiece): z.input<typeof transcriptShape> {
  const speakers = speakersOf(transcript.turns);
  const indexOf = new Map(speakers.map((speaker, index) => [speakerKey(speaker), index]));
  return {
    call_id: transcript.call.id,
    title: transcript.call.title,
    started: transcript.call.started,
    speakers: speakers.map((turn) => ({ speaker_id: turn.speakerId, name: turn.speakerName, affiliation: turn.affiliation })),
    turns: turns.map((turn) => ({
      speaker: indexOf.get(speakerKey(turn)) ?? 0,
      start_ms: turnStart(turn),
      end_ms: turnEnd(turn),
      text: turnText(turn),
      ...(turn.topic === null ? {} : { topic: turn.topic }),
    })),
  };
}

/** The last line of an answer that stopped early: where, and exactly how to go on. */
export function moreLine(next: { readonly callId: string; readonly at: number }, maxChars: number, cursor: string, externalOnly: boolean): string {
  const same = externalOnly ? "the same call_ids, external_only: true," : "the same call_ids";
  return `More: stopped at ${elapsed(next.at)} of call ${next.callId} to stay within max_chars (${maxChars}). To continue, call get_gong_call_transcript with ${same} and cursor "${cursor}".`;
}
