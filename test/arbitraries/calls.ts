import fc from "fast-check";
import type { DetailedCall } from "../../src/domain/call-content.js";
import type { CallId } from "../../src/domain/ids.js";
import type { Monologue, Transcript } from "../../src/domain/transcript.js";
import { aCall, aParty } from "./domain-values.js";
import { arbPersonId } from "./org.js";
import { WORKSPACE_POOL } from "./profiles.js";

/** The explicit search window of the paging properties: [from, to). */
export const WINDOW = { fromDateTime: "2026-03-01T00:00:00.000Z", toDateTime: "2026-03-11T00:00:00.000Z" } as const;

/** Few distinct instants, so that ties are common; both window bounds and some outside it. */
const INSTANTS = [
  "2026-01-20T09:00:00.000Z",
  "2026-02-28T23:59:59.999Z",
  WINDOW.fromDateTime,
  "2026-03-02T10:00:00.000Z",
  "2026-03-05T15:30:00.000Z",
  "2026-03-05T15:30:00.000Z",
  "2026-03-10T23:59:59.999Z",
  WINDOW.toDateTime,
  "2026-03-12T08:00:00.000Z",
] as const;

const SPEAKERS = ["s1", "s2", "s3"] as const;

const arbParty = fc
  .record({
    userId: fc.option(arbPersonId, { nil: null }),
    speakerId: fc.option(fc.constantFrom(...SPEAKERS), { nil: null }),
    name: fc.option(fc.constantFrom("Ada", "Grace"), { nil: null }),
    emailAddress: fc.option(fc.constantFrom("ada@example.com", "x@example.com"), { nil: null }),
    affiliation: fc.constantFrom("Internal" as const, "External" as const, "Unknown" as const),
  })
  .map((fields) => aParty(fields));

/** Short and long (beyond 2^53) decimal ids, distinct. */
export const arbCallIds = (minLength: number, maxLength: number): fc.Arbitrary<CallId[]> =>
  fc.uniqueArray(
    fc.oneof(fc.integer({ min: 1, max: 999 }).map(String), fc.bigInt({ min: 10n ** 17n, max: 10n ** 20n - 1n }).map(String)),
    { minLength, maxLength },
  );

const arbCallShape = fc.record({
  workspaceId: fc.option(fc.constantFrom(...WORKSPACE_POOL), { nil: null, freq: 8 }),
  primaryUserId: fc.option(arbPersonId, { nil: null, freq: 6 }),
  parties: fc.array(arbParty, { maxLength: 4 }),
  // Gong sometimes leaves isPrivate out (null): the rules must read that as private.
  isPrivate: fc.constantFrom<boolean | null>(false, false, false, true, null),
  started: fc.option(fc.constantFrom(...INSTANTS), { nil: null, freq: 8 }),
  scheduled: fc.option(fc.constantFrom(...INSTANTS), { nil: null }),
});

/** Calls in the pool's workspaces (sometimes none), hosts who may be missing from their parties, private ones. */
export function arbCalls(maxLength = 20): fc.Arbitrary<DetailedCall[]> {
  return arbCallIds(0, maxLength).chain((ids) =>
    fc
      .tuple(...ids.map(() => arbCallShape))
      .map((shapes) => ids.map((id, index) => aCall(id, { ...shapes[index]!, title: `Call ${id}` }))),
  );
}

/** One call that always belongs to a workspace of the pool. */
export const arbCallInWorkspace: fc.Arbitrary<DetailedCall> = fc
  .tuple(arbCallIds(1, 1), arbCallShape, fc.constantFrom(...WORKSPACE_POOL))
  .map(([[id], shape, workspaceId]) => aCall(id!, { ...shape, workspaceId }));

const arbMonologue: fc.Arbitrary<Monologue> = fc.record({
  speakerId: fc.option(fc.constantFrom(...SPEAKERS, "s9"), { nil: null }),
  topic: fc.option(fc.constantFrom("Pricing", "Intro"), { nil: null }),
  sentences: fc
    .array(fc.tuple(fc.nat(1000), fc.nat(1000), fc.constantFrom("Hello.", "Right.", "Next steps?")), { maxLength: 3 })
    .map((parts) => parts.map(([start, length, text]) => ({ start, end: start + length, text }))),
});

/** Transcripts for some of these calls (a call without one is common). */
export function arbTranscriptsFor(callIds: readonly CallId[]): fc.Arbitrary<Transcript[]> {
  return fc
    .subarray([...callIds])
    .chain((ids) =>
      fc.tuple(...ids.map(() => fc.array(arbMonologue, { maxLength: 3 }))).map((monologues) =>
        ids.map((callId, index) => ({ callId, monologues: monologues[index]! })),
      ),
    );
}
