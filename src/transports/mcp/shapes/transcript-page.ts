import type { CallTranscript, TranscriptPosition, TranscriptsAnswer } from "../../../application/use-cases/get-call-transcripts.js";
import type { CallId } from "../../../domain/ids.js";
import { turnStart, turnText, type Turn } from "../../../domain/transcript.js";
import { callLine } from "./call-shape.js";
import { elapsed } from "./elapsed.js";

/** The part of one call's transcript an answer shows; its first and last turns may be cut at a sentence. */
export interface TranscriptPiece {
  readonly transcript: CallTranscript;
  readonly turns: readonly Turn[];
}

export interface TranscriptPage {
  readonly pieces: readonly TranscriptPiece[];
  /** The text, every shown word in it, within the budget it was given. */
  readonly lines: readonly string[];
  /** Where the next answer resumes; null when this one reached the end. */
  readonly next: { readonly callId: CallId; readonly position: TranscriptPosition; readonly at: number } | null;
}

// A time mark opens a call's text and then at most one a minute: when things were said, at a few bytes a turn.
const MARK_EVERY_MS = 60_000;

/**
 * Lays out transcripts, from `answer.from` on, as lines of at most `budget` characters in all (newlines
 * included): a heading and the speakers per call, then one line per turn, `[m:ss] Name: words`. It stops
 * before the first turn that does not fit, or inside it after the last sentence that does, and says where
 * (`next`). It always shows at least one sentence, so that paging makes progress even on a tiny budget.
 */
export function pageTranscripts(answer: Pick<TranscriptsAnswer, "transcripts" | "from">, budget: number, externalOnly: boolean): TranscriptPage {
  const lines: string[] = [];
  const pieces: TranscriptPiece[] = [];
  let used = 0;
  const cost = (more: readonly string[]): number => more.reduce((sum, line) => sum + line.length + 1, 0) - (lines.length === 0 ? 1 : 0);
  const fits = (more: readonly string[]): boolean => used + cost(more) <= budget;
  const push = (more: readonly string[]): void => {
    used += cost(more);
    lines.push(...more);
  };

  for (const [index, transcript] of answer.transcripts.entries()) {
    const from = index === 0 ? answer.from : { turn: 0, sentence: 0 };
    const { call, turns } = transcript;
    const heading = `${callLine(call)}${from.turn > 0 || from.sentence > 0 ? " (continued)" : ""}`;
    const stop = (position: TranscriptPosition, shown: Turn[]): TranscriptPage => {
      if (shown.length > 0) pieces.push({ transcript, turns: shown });
      const turn = turns[position.turn];
      return { pieces, lines, next: { callId: call.id, position, at: turn?.sentences[position.sentence]?.start ?? 0 } };
    };
    if (turns.length === 0) {
      const head = [heading, externalOnly ? "No one on the customer's side speaks in Gong's transcript of this call." : "Gong has no transcript for this call."];
      if (!fits(head) && lines.length > 0) return stop(from, []);
      push(head);
      pieces.push({ transcript, turns: [] });
      continue;
    }
    let head: string[] = [heading, speakersLine(turns)];
    const label = labels(turns);
    const shown: Turn[] = [];
    let lastMark = Number.NEGATIVE_INFINITY;
    for (let t = from.turn; t < turns.length; t += 1) {
      const turn = turns[t] as Turn;
      const first = t === from.turn ? from.sentence : 0;
      const rest = turn.sentences.slice(first);
      const part = (count: number): Turn => ({ ...turn, sentences: rest.slice(0, count) });
      const marked = shown.length === 0 || turnStart(part(1)) - lastMark >= MARK_EVERY_MS;
      const lineOf = (count: number): string => `${marked ? `[${elapsed(turnStart(part(count)))}] ` : ""}${label(turn)}: ${turnText(part(count))}`;
      let count = rest.length;
      while (count > 0 && !fits([...head, lineOf(count)])) count -= 1;
      // Not one sentence fits (or an empty turn does not): stop before it, unless this answer is still empty;
      // then one sentence goes out, whatever its length, so that paging always moves on.
      if (count === 0 && (rest.length > 0 || !fits([...head, lineOf(0)]))) {
        if (lines.length > 0) return stop({ turn: t, sentence: first }, shown);
        count = Math.min(1, rest.length);
      }
      push([...head, lineOf(count)]);
      head = [];
      if (marked) lastMark = turnStart(part(count));
      shown.push(part(count));
      if (count < rest.length) return stop({ turn: t, sentence: first + count }, shown);
    }
    pieces.push({ transcript, turns: shown });
  }
  return { pieces, lines, next: null };
}

/** "Speakers: Ann Lee (Internal), Bob Stone (External)": each speaker once, in order of first words. */
function speakersLine(turns: readonly Turn[]): string {
  return `Speakers: ${speakersOf(turns).map((turn) => `${turn.speakerName} (${turn.affiliation})`).join(", ")}`;
}

/**
 * How a call's text names a speaker on each turn: the first name when no other speaker of the call shares
 * it (the speakers line gives the full names), else the full name. A few bytes on every turn add up.
 */
function labels(turns: readonly Turn[]): (turn: Turn) => string {
  const speakers = speakersOf(turns);
  const firstOf = (turn: Turn): string => turn.speakerName.split(" ")[0] ?? turn.speakerName;
  const counts = new Map<string, number>();
  for (const speaker of speakers) counts.set(firstOf(speaker), (counts.get(firstOf(speaker)) ?? 0) + 1);
  // An email or a one-word name is already as short as it gets; "Unknown speaker" stays as it is.
  const short = (turn: Turn): boolean => turn.speakerName.includes(" ") && !turn.speakerName.includes("@") && turn.speakerId !== null && counts.get(firstOf(turn)) === 1;
  return (turn) => (short(turn) ? firstOf(turn) : turn.speakerName);
}

/** The first turn of each distinct speaker, in order of appearance. */
export function speakersOf(turns: readonly Turn[]): Turn[] {
  const seen = new Map<string, Turn>();
  for (const turn of turns) if (!seen.has(speakerKey(turn))) seen.set(speakerKey(turn), turn);
  return [...seen.values()];
}

/** Who a turn's speaker is: the id, and the name for turns whose speaker Gong gave no id. */
export const speakerKey = (turn: Pick<Turn, "speakerId" | "speakerName">): string => `${turn.speakerId ?? ""}\u0000${turn.speakerName}`;
