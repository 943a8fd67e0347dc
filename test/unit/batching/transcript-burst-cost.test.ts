import { expect, test } from "vitest";
import { BatchingGongGateway, DEFAULT_BATCHING_OPTIONS } from "../../../src/adapters/batching/batching-gong-gateway.js";
import { inUpstreamScope, otherCallsRunning } from "../../../src/adapters/upstream-scope.js";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import { DEMO_USERS } from "../../../src/adapters/fake-gong/demo/demo-users.js";
import type { GongGateway } from "../../../src/application/ports/gong-gateway.js";
import { buildContainer, resolveUseCases } from "../../../src/composition/build-container.js";
import { TestCursorCodec } from "../../support/test-cursor-codec.js";
import { DEMO_PUBLIC_CALL_IDS, NOW, silent, wireCountedDemo } from "../../support/counting-gateway.js";

const LOOKUP_PATHS = new Set(["/v2/calls/extensive", "/v2/calls/transcript"]);
const actor = { userId: DEMO_USERS.admin_all };
const ids = DEMO_PUBLIC_CALL_IDS.slice(0, 30);

/** 30 concurrent get_gong_call_transcript questions, one call each, over use cases wired as the composition wires them. */
async function burst(wrap: (upstream: GongGateway) => GongGateway) {
  const upstream = wireCountedDemo();
  const parts = { gateway: wrap(upstream.gateway), logger: silent, clock: { now: () => NOW }, cursorCodec: new TestCursorCodec() };
  const useCases = resolveUseCases(buildContainer(parts));
  // Each question in its own call scope, as the composition runs tool calls.
  const answers = await Promise.all(ids.map(async (id) => (await inUpstreamScope(actor.userId, () => useCases.getCallTranscripts.execute(actor, { callIds: [id] }))).value));
  const lookups = upstream.paths.filter((path) => LOOKUP_PATHS.has(path)).length;
  return { answers, requests: upstream.paths.length, directory: upstream.paths.length - lookups, lookups };
}

test("30 concurrent transcript questions cost the directory plus two requests with batching, plus sixty without", async () => {
  // Wired as the composition wires it: a lookup waits for others only while other calls are running.
  const batched = await burst((upstream) => new CachingGongGateway(new BatchingGongGateway(upstream, { ...DEFAULT_BATCHING_OPTIONS, othersMayJoin: otherCallsRunning })));
  const unbatched = await burst((upstream) => new CachingGongGateway(upstream));
  console.log("30 concurrent transcript questions, upstream requests:", { batched: batched.requests, unbatched: unbatched.requests });

  expect(batched.answers).toEqual(unbatched.answers);
  for (const [i, answer] of batched.answers.entries()) {
    if (!answer.ok) throw new Error(answer.error._tag);
    expect(answer.value.transcripts.map((transcript) => transcript.call.id)).toEqual([ids[i]]);
  }
  // The cache already shares the directory among the 30; batching shares the call and transcript lookups.
  expect(batched.directory).toBe(unbatched.directory);
  expect(batched.lookups).toBe(2);
  expect(unbatched.lookups).toBe(60);
  expect(batched.requests).toBeLessThanOrEqual(batched.directory + 2);
});
