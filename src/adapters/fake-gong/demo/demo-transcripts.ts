import type { DraftCall } from "./demo-script.js";
import type { Voice } from "./phrasebook.js";
import type { Rng } from "./prng.js";

export interface TimedSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface TimedMonologue {
  readonly voice: Voice;
  readonly speakerId: string | null;
  readonly topic: string | null;
  readonly beat: number;
  readonly nextStep?: number;
  readonly sentences: readonly TimedSentence[];
}

export interface TimedCall {
  readonly monologues: readonly TimedMonologue[];
  readonly durationSeconds: number;
}

export interface TimingOptions {
  /** The call's length the timeline is spread over; silences between turns absorb the difference. */
  readonly targetSeconds: number;
  /** How often a monologue carries its topic (Gong leaves most null). */
  readonly topicRate: number;
  /** How often Gong could not tell who spoke. */
  readonly unknownSpeakerRate: number;
}

const MS_PER_WORD = 330;

/** Lays the planned monologues on a timeline in ms from the call's start, and puts speaker ids on them. */
export function timeCall(draft: DraftCall, speakerOf: (voice: Voice) => string | null, options: TimingOptions, rng: Rng): TimedCall {
  const spoken = draft.monologues.map((m) =>
    m.sentences.map((text) => Math.max(500, text.split(/\s+/).length * MS_PER_WORD + rng.int(0, 400))),
  );
  const natural = spoken.reduce((sum, durations) => sum + durations.reduce((a, b) => a + b + 250, 0) + 700, 0);
  // A meeting is longer than its talk: screens are shared, people think. The extra time goes between
  // sections (at most 1.5 times the talk), so turns within a section follow each other naturally.
  const endsSection = (i: number): boolean => {
    const next = draft.monologues[i + 1];
    return next !== undefined && next.beat !== draft.monologues[i]?.beat;
  };
  const boundaries = draft.monologues.filter((_, i) => endsSection(i)).length;
  const extra = Math.min(natural * 1.5, Math.max(0, options.targetSeconds * 1000 - natural));
  const perBoundary = boundaries === 0 ? 0 : extra / boundaries;
  let clock = rng.int(200, 4000);
  const monologues = draft.monologues.map((m, i): TimedMonologue => {
    const sentences = m.sentences.map((text, j) => {
      const start = clock;
      const end = start + (spoken[i]?.[j] ?? 1000);
      clock = end + rng.int(80, 420);
      return { start, end, text };
    });
    clock += rng.int(250, 1100) + (endsSection(i) ? Math.round(perBoundary * (0.5 + rng.next())) : 0);
    const beat = draft.beats[m.beat];
    return {
      voice: m.voice,
      speakerId: rng.chance(options.unknownSpeakerRate) ? null : speakerOf(m.voice),
      topic: beat && rng.chance(options.topicRate) ? beat.topic : null,
      beat: m.beat,
      ...(m.nextStep === undefined ? {} : { nextStep: m.nextStep }),
      sentences,
    };
  });
  const last = monologues.at(-1)?.sentences.at(-1)?.end ?? 0;
  return { monologues, durationSeconds: Math.ceil(last / 1000) + rng.int(3, 40) };
}

/** The `transcript` of `POST /v2/calls/transcript` for one call. */
export function wireTranscript(call: TimedCall) {
  return call.monologues.map((m) => ({
    speakerId: m.speakerId,
    topic: m.topic,
    sentences: m.sentences.map(({ start, end, text }) => ({ start, end, text })),
  }));
}
