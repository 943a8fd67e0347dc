import * as z from "zod";
import type { CallTranscript } from "../../../application/use-cases/get-call-transcripts.js";
import type { Turn } from "../../../domain/transcript.js";

const text = z.string().nullable();
const affiliation = z.enum(["Internal", "External", "Unknown"]);

/**
 * One transcript per call, compact on purpose: each speaker is described once in `speakers`, and a turn
 * carries only its speaker's id and name, its times and its words (a topic only when Gong gave one). With the
 * text rendering, an answer stays about the size of Gong's own transcript JSON.
 */
export const transcriptShape = z.object({
  call_id: z.string(),
  title: text,
  started: text,
  speakers: z
    .array(z.object({ speaker_id: text, name: z.string(), affiliation }))
    .describe("Everyone who speaks in the turns, named from the call's parties"),
  turns: z
    .array(
      z.object({
        speaker_id: text,
        speaker_name: z.string(),
        start_ms: z.number().describe("Milliseconds from the start of the call"),
        end_ms: z.number(),
        text: z.string(),
        topic: z.string().optional(),
      }),
    )
    .describe("Empty when Gong has no transcript for the call"),
});

export function toTranscriptOut({ call, turns }: CallTranscript): z.input<typeof transcriptShape> {
  return {
    call_id: call.id,
    title: call.title,
    started: call.started,
    speakers: speakersOf(turns).map((turn) => ({ speaker_id: turn.speakerId, name: turn.speakerName, affiliation: turn.affiliation })),
    turns: turns.map((turn) => ({
      speaker_id: turn.speakerId,
      speaker_name: turn.speakerName,
      start_ms: turn.start,
      end_ms: turn.end,
      text: turn.text,
      ...(turn.topic === null ? {} : { topic: turn.topic }),
    })),
  };
}

/**
 * The transcript as a person reads it, one line per turn: many clients show a model only this text, so the
 * words must be here, not only in structuredContent.
 */
export function transcriptText({ call, turns }: CallTranscript): string {
  const heading = `${call.id} · ${call.title ?? "(untitled)"}${call.started === null ? "" : ` · ${call.started}`}`;
  if (turns.length === 0) return `${heading}\nGong has no transcript for this call.`;
  const speakers = speakersOf(turns).map((turn) => `${turn.speakerName} (${turn.affiliation})`);
  const lines = turns.map((turn) => `[${clock(turn.start)}] ${turn.speakerName}: ${turn.text}`);
  return [heading, `Speakers: ${speakers.join(", ")}`, ...lines].join("\n");
}

/** The first turn of each distinct speaker, in order of appearance. */
function speakersOf(turns: readonly Turn[]): Turn[] {
  const seen = new Map<string, Turn>();
  for (const turn of turns) {
    const key = `${turn.speakerId ?? ""}\u0000${turn.speakerName}`;
    if (!seen.has(key)) seen.set(key, turn);
  }
  return [...seen.values()];
}

/** m:ss, or h:mm:ss past the hour. */
function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
