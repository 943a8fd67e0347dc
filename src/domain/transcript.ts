import { isExternalParty, type Party } from "./call.js";
import type { CallId } from "./ids.js";

/** One sentence: times in milliseconds from the start of the call. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One monologue as Gong returns it. */
export interface Monologue {
  readonly speakerId: string | null;
  readonly topic: string | null;
  readonly sentences: readonly Sentence[];
}

export interface Transcript {
  readonly callId: CallId;
  readonly monologues: readonly Monologue[];
}

/**
 * What one person said before someone else spoke, with the speaker named: what a reader of a transcript
 * needs. Consecutive monologues of one speaker (Gong splits them at topic changes) are one turn.
 */
export interface Turn {
  readonly speakerId: string | null;
  readonly speakerName: string;
  readonly affiliation: Party["affiliation"];
  /** The customer's side speaking (see isExternalParty); false for a speaker Gong does not name. */
  readonly external: boolean;
  /** The first topic Gong gave the turn's monologues. */
  readonly topic: string | null;
  readonly sentences: readonly Sentence[];
}

/** When a turn starts and ends: its first and last sentences (0 for a turn without any). */
export const turnStart = (turn: Pick<Turn, "sentences">): number => turn.sentences[0]?.start ?? 0;
export const turnEnd = (turn: Pick<Turn, "sentences">): number => turn.sentences[turn.sentences.length - 1]?.end ?? 0;
export const turnText = (turn: Pick<Turn, "sentences">): string => turn.sentences.map((sentence) => sentence.text).join(" ");

/**
 * Names each monologue's speaker from the call's parties, and merges one speaker's consecutive monologues
 * into one turn. A null or unmatched speaker id is still a turn (of an unknown speaker); two monologues with
 * no speaker id are not merged, since nothing says they are one person.
 */
export function namedTurns(transcript: Transcript, parties: readonly Party[]): Turn[] {
  const bySpeaker = new Map<string, Party>();
  for (const party of parties) if (party.speakerId !== null) bySpeaker.set(party.speakerId, party);
  const turns: Turn[] = [];
  for (const monologue of transcript.monologues) {
    const last = turns[turns.length - 1];
    if (last !== undefined && monologue.speakerId !== null && last.speakerId === monologue.speakerId) {
      turns[turns.length - 1] = { ...last, topic: last.topic ?? monologue.topic, sentences: [...last.sentences, ...monologue.sentences] };
      continue;
    }
    const party = monologue.speakerId === null ? undefined : bySpeaker.get(monologue.speakerId);
    turns.push({
      speakerId: monologue.speakerId,
      speakerName: party?.name ?? party?.emailAddress ?? "Unknown speaker",
      affiliation: party?.affiliation ?? "Unknown",
      external: party !== undefined && isExternalParty(party),
      topic: monologue.topic,
      sentences: monologue.sentences,
    });
  }
  return turns;
}
