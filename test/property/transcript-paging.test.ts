import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { CallTranscript, TranscriptPosition } from "../../src/application/use-cases/get-call-transcripts.js";
import type { Turn } from "../../src/domain/transcript.js";
import { pageTranscripts } from "../../src/transports/mcp/shapes/transcript-page.js";
import { aCall } from "../arbitraries/domain-values.js";

const arbSentence = fc.record({ start: fc.nat(4_000_000), end: fc.nat(4_000_000), text: fc.string({ minLength: 1, maxLength: 300 }) });
const arbTurn: fc.Arbitrary<Turn> = fc.record({
  speakerId: fc.option(fc.constantFrom("s1", "s2", "s3"), { nil: null }),
  speakerName: fc.constantFrom("Ann Lee", "Bob Stone", "Ann Marsh", "buyer@example.com", "Unknown speaker"),
  affiliation: fc.constantFrom("Internal" as const, "External" as const, "Unknown" as const),
  external: fc.boolean(),
  topic: fc.option(fc.constant("Pricing"), { nil: null }),
  sentences: fc.array(arbSentence, { minLength: 0, maxLength: 6 }),
});
const arbTranscripts: fc.Arbitrary<CallTranscript[]> = fc
  .array(fc.array(arbTurn, { maxLength: 12 }), { minLength: 1, maxLength: 5 })
  .map((calls) => calls.map((turns, i) => ({ call: aCall(String(1000 + i), { title: `Call ${i}` }), turns })));

/** Every sentence of every call, in order, as (call, turn, sentence, text). */
function allSentences(transcripts: readonly CallTranscript[]): string[] {
  return transcripts.flatMap(({ call, turns }) => turns.flatMap((turn, t) => turn.sentences.map((sentence, s) => `${call.id}/${t}/${s}/${sentence.text}`)));
}

describe("pageTranscripts", () => {
  test.prop([arbTranscripts, fc.integer({ min: 200, max: 3_000 })], { numRuns: 200 })(
    "pages resumed where the last stopped show every sentence exactly once, in order, each page within budget",
    (transcripts, budget) => {
      const shown: string[] = [];
      let rest = transcripts;
      let from: TranscriptPosition = { turn: 0, sentence: 0 };
      for (let pages = 0; ; pages += 1) {
        expect(pages).toBeLessThan(10_000);
        const page = pageTranscripts({ transcripts: rest, from }, budget, false);
        const length = page.lines.join("\n").length;
        const sentencesShown = page.pieces.reduce((sum, piece) => sum + piece.turns.reduce((n, turn) => n + turn.sentences.length, 0), 0);
        // Over budget only to make progress: then it shows one sentence at most.
        if (length > budget) expect(sentencesShown).toBeLessThanOrEqual(1);
        for (const piece of page.pieces) {
          const turnsOfCall = transcripts.find((t) => t.call.id === piece.transcript.call.id)?.turns ?? [];
          // Map each shown (possibly cut) turn back to where its sentences sit in the call.
          for (const turn of piece.turns) {
            for (const sentence of turn.sentences) {
              const t = turnsOfCall.findIndex((candidate) => candidate.sentences.includes(sentence));
              shown.push(`${piece.transcript.call.id}/${t}/${turnsOfCall[t]?.sentences.indexOf(sentence)}/${sentence.text}`);
            }
            // Every shown sentence's words are in the text.
            for (const sentence of turn.sentences) expect(page.lines.join("\n")).toContain(sentence.text);
          }
        }
        if (page.next === null) break;
        const next = page.next;
        const at = rest.findIndex((t) => t.call.id === next.callId);
        expect(at).toBeGreaterThanOrEqual(0);
        // Progress: the next answer starts later than this one did.
        expect(at > 0 || next.position.turn > from.turn || (next.position.turn === from.turn && next.position.sentence > from.sentence)).toBe(true);
        rest = rest.slice(at);
        from = next.position;
      }
      expect(shown).toEqual(allSentences(transcripts));
    },
  );
});
