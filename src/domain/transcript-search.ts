import type { Affiliation, Call } from "./call.js";
import type { Turn } from "./transcript.js";

/** One sentence that holds the query (contract section 5b), with where it was said. */
export interface TranscriptHit {
  readonly call: Call;
  /** The sentence's place in the call: its order among all the call's sentences, from 0. */
  readonly ordinal: number;
  readonly speakerName: string;
  readonly affiliation: Affiliation;
  readonly startMs: number;
  readonly text: string;
}

const lower = (text: string): string => text.toLocaleLowerCase("en");

/** The sentences of one call's turns that contain `query` (case-insensitive), in the order they were said. */
export function hitsIn(call: Call, turns: readonly Turn[], query: string): TranscriptHit[] {
  const q = lower(query);
  const hits: TranscriptHit[] = [];
  let ordinal = 0;
  for (const turn of turns) {
    for (const sentence of turn.sentences) {
      if (q !== "" && lower(sentence.text).includes(q)) {
        hits.push({ call, ordinal, speakerName: turn.speakerName, affiliation: turn.affiliation, startMs: sentence.start, text: sentence.text });
      }
      ordinal += 1;
    }
  }
  return hits;
}

/** At most `max` characters of `text` around the first place it holds `query`, cut ends marked with "…". */
export function snippetOf(text: string, query: string, max = 200): string {
  if (text.length <= max) return text;
  const at = Math.max(0, lower(text).indexOf(lower(query)));
  const start = Math.max(0, Math.min(at - Math.floor((max - query.length) / 2), text.length - max));
  const piece = text.slice(start, start + max).trim();
  return `${start > 0 ? "…" : ""}${piece}${start + max < text.length ? "…" : ""}`;
}
