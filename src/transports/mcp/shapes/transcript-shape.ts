import * as z from "zod";
import type { CallTranscript } from "../../../application/use-cases/get-call-transcripts.js";
import { counted } from "./counted.js";

const text = z.string().nullable();

/**
 * One transcript per call. Kept compact on purpose: the turns are the answer, so the call's own fields are
 * limited to what places the transcript (get_gong_call_details has the rest).
 */
export const transcriptShape = z.object({
  call_id: z.string(),
  title: text,
  started: text,
  turns: z.array(z.object({
    speaker_id: text,
    speaker_name: z.string(),
    affiliation: z.enum(["Internal", "External", "Unknown"]),
    topic: text,
    start_ms: z.number().describe("Milliseconds from the start of the call"),
    end_ms: z.number(),
    text: z.string(),
  })).describe("Empty when Gong has no transcript for the call"),
});

export function toTranscriptOut({ call, turns }: CallTranscript): z.input<typeof transcriptShape> {
  return {
    call_id: call.id,
    title: call.title,
    started: call.started,
    turns: turns.map((turn) => ({
      speaker_id: turn.speakerId,
      speaker_name: turn.speakerName,
      affiliation: turn.affiliation,
      topic: turn.topic,
      start_ms: turn.start,
      end_ms: turn.end,
      text: turn.text,
    })),
  };
}

/** One line per call; the turns themselves are in structuredContent only, so a transcript is not sent twice. */
export function transcriptLine({ call, turns }: CallTranscript): string {
  const title = call.title ?? "(untitled)";
  if (turns.length === 0) return `${call.id} · ${title}: Gong has no transcript for this call.`;
  const speakers = new Set(turns.map((turn) => turn.speakerName));
  const minutes = Math.round((turns[turns.length - 1]?.end ?? 0) / 60_000);
  const length = minutes < 1 ? "under a minute" : `about ${minutes} min`;
  return `${call.id} · ${title}: ${counted(turns.length, "turn")}, ${counted(speakers.size, "speaker")} (${[...speakers].join(", ")}), ${length}.`;
}
