import type { Transcript } from "../../../domain/transcript.js";
import type { WireCallTranscript } from "../wire/transcripts.js";

/** Times stay in milliseconds; a sentence without times or text still counts as a (silent) sentence. */
export function toTranscript(wire: WireCallTranscript): Transcript {
  return {
    callId: wire.callId,
    monologues: (wire.transcript ?? []).map((monologue) => ({
      speakerId: monologue.speakerId ?? null,
      topic: monologue.topic ?? null,
      sentences: (monologue.sentences ?? []).map((sentence) => ({
        start: sentence.start ?? 0,
        end: sentence.end ?? 0,
        text: sentence.text ?? "",
      })),
    })),
  };
}
