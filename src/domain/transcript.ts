import type { Party } from "./call.js";
import type { CallId } from "./ids.js";

/** One monologue as Gong returns it: times in milliseconds from the start of the call. */
export interface Monologue {
  readonly speakerId: string | null;
  readonly topic: string | null;
  readonly sentences: readonly { readonly start: number; readonly end: number; readonly text: string }[];
}

export interface Transcript {
  readonly callId: CallId;
  readonly monologues: readonly Monologue[];
}

/** A monologue with its speaker named: what a reader of a transcript needs. */
export interface Turn {
  readonly speakerId: string | null;
  readonly speakerName: string;
  readonly affiliation: Party["affiliation"];
  readonly topic: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Names each monologue's speaker from the call's parties; a null or unmatched speaker id is still a turn. */
export function namedTurns(transcript: Transcript, parties: readonly Party[]): Turn[] {
  const bySpeaker = new Map<string, Party>();
  for (const party of parties) if (party.speakerId !== null) bySpeaker.set(party.speakerId, party);
  const turns: Turn[] = [];
  for (const monologue of transcript.monologues) {
    const party = monologue.speakerId === null ? undefined : bySpeaker.get(monologue.speakerId);
    const first = monologue.sentences[0];
    const last = monologue.sentences[monologue.sentences.length - 1];
    turns.push({
      speakerId: monologue.speakerId,
      speakerName: party?.name ?? party?.emailAddress ?? "Unknown speaker",
      affiliation: party?.affiliation ?? "Unknown",
      topic: monologue.topic,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      text: monologue.sentences.map((sentence) => sentence.text).join(" "),
    });
  }
  return turns;
}
