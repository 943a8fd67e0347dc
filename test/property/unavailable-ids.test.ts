import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Actor } from "../../src/application/actor.js";
import type { UseCases } from "../../src/application/use-cases.js";
import type { DomainError } from "../../src/domain/errors.js";
import type { CallId } from "../../src/domain/ids.js";
import type { Result } from "../../src/domain/result.js";
import { arbCallIds } from "../arbitraries/calls.js";
import { arbScene, type Scene } from "../arbitraries/world.js";
import { kitOver, valueOf } from "../support/use-case-kit.js";
import { oracleCanSee } from "./visibility-oracle.js";

/** A scene and a request: some of its call ids, ids that exist nowhere, repeats, in any order. */
const arbRequest = arbScene({ maxCalls: 12 }).chain((scene) =>
  arbCallIds(1, 3).chain((missing) => {
    const absent = missing.filter((id) => !scene.calls.some((call) => call.id === id));
    const pool = [...scene.calls.map((call) => call.id), ...absent];
    return fc.record({ scene: fc.constant(scene), ids: fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 15 }) });
  }),
);

const visibleTo = (scene: Scene) => (id: CallId) =>
  scene.calls.some((call) => call.id === id && oracleCanSee(scene.callerId, call, scene.users, scene.profiles));

/** The same company with every call the caller may not see deleted (and its transcript). */
function withoutHidden(scene: Scene): Scene {
  const canSee = visibleTo(scene);
  return {
    ...scene,
    calls: scene.calls.filter((call) => canSee(call.id)),
    transcripts: scene.transcripts.filter((transcript) => canSee(transcript.callId)),
  };
}

/** Asks the full company and the pruned one the same thing; the answers must be equal. Returns the full one. */
async function askBoth<T>(scene: Scene, ask: (useCases: UseCases, actor: Actor) => Promise<Result<T, DomainError>>): Promise<T> {
  const actor = { userId: scene.callerId };
  const asked = await ask(kitOver(scene).useCases, actor);
  expect(await ask(kitOver(withoutHidden(scene)).useCases, actor)).toEqual(asked);
  return valueOf(asked);
}

/** Visible ids in the order asked, once each; every other id unavailable, in the order asked, once each. */
function expectSplit(scene: Scene, ids: readonly CallId[], shown: readonly CallId[], unavailable: readonly CallId[]): void {
  const distinct = [...new Set(ids)];
  expect(shown).toEqual(distinct.filter(visibleTo(scene)));
  expect(unavailable).toEqual(distinct.filter((id) => !visibleTo(scene)(id)));
}

describe("a hidden call reads exactly like a call that does not exist", () => {
  test.prop([arbRequest], { numRuns: 200 })("get_gong_call_transcript", async ({ scene, ids }) => {
    const answer = await askBoth(scene, (useCases, actor) => useCases.getCallTranscripts.execute(actor, { callIds: ids }));
    expectSplit(scene, ids, answer.transcripts.map((entry) => entry.call.id), answer.unavailableIds);
    for (const entry of answer.transcripts) {
      const transcript = scene.transcripts.find((candidate) => candidate.callId === entry.call.id);
      expect(entry.turns.flatMap((turn) => turn.sentences)).toEqual(transcript ? transcript.monologues.flatMap((monologue) => monologue.sentences) : []);
    }
  });

  test.prop([arbRequest], { numRuns: 200 })("get_detailed_gong_call_details", async ({ scene, ids }) => {
    const answer = await askBoth(scene, (useCases, actor) => useCases.getDetailedCalls.execute(actor, ids));
    expectSplit(scene, ids, answer.visible.map((call) => call.id), answer.unavailableIds);
  });

  test.prop([arbRequest], { numRuns: 200 })("get_gong_call_details", async ({ scene, ids }) => {
    const actor = { userId: scene.callerId };
    const full = kitOver(scene).useCases.getCallDetails;
    const pruned = kitOver(withoutHidden(scene)).useCases.getCallDetails;
    for (const id of new Set(ids)) {
      const asked = await full.execute(actor, id);
      expect(await pruned.execute(actor, id)).toEqual(asked);
      expect(asked.ok ? asked.value.id : asked.error).toEqual(visibleTo(scene)(id) ? id : { _tag: "NotFound", what: "call", id });
    }
  });
});
