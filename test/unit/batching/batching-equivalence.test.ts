import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { BatchingGongGateway } from "../../../src/adapters/batching/batching-gong-gateway.js";
import type { GongGateway } from "../../../src/application/ports/gong-gateway.js";
import type { CallId } from "../../../src/domain/ids.js";
import { DEMO_CALL_IDS, demoGateway } from "../../support/counting-gateway.js";

// Reads change nothing, so one fake serves as both the inner gateway and the reference.
const direct = demoGateway();
const WINDOW_MS = 5;

// A few known calls (with and without transcripts: the demo's newest have none) and ids Gong does not know.
const pool = [...DEMO_CALL_IDS.slice(0, 6), ...DEMO_CALL_IDS.slice(-4), "1", "2"];
const caller = fc.record({
  ids: fc.array(fc.constantFrom(...pool), { maxLength: 8 }),
  // Some arrive after their batch left, so answers also cross batch boundaries.
  delayMs: fc.constantFrom(0, 0, 1, WINDOW_MS * 2),
});
const method = fc.constantFrom("getCalls", "getDetailedCalls", "getTranscripts") satisfies fc.Arbitrary<keyof GongGateway>;

/** The ids of a lookup's answer, whichever method: calls by `id`, transcripts by `callId`. */
function idsOf(items: readonly object[]): CallId[] {
  return items.map((item) => ("callId" in item ? String(item.callId) : "id" in item ? String(item.id) : ""));
}

function lookup(gateway: GongGateway, name: "getCalls" | "getDetailedCalls" | "getTranscripts", ids: readonly CallId[]) {
  return gateway[name](ids);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("BatchingGongGateway answers every concurrent caller as the inner gateway alone would", () => {
  test.prop([method, fc.array(caller, { minLength: 1, maxLength: 8 })], { numRuns: 60 })(
    "the items it alone would get, in the order asked, each once",
    async (name, callers) => {
      const batching = new BatchingGongGateway(direct, { windowMs: WINDOW_MS });
      const answers = await Promise.all(
        callers.map(async ({ ids, delayMs }) => {
          await delay(delayMs);
          return lookup(batching, name, ids);
        }),
      );
      for (const [i, { ids }] of callers.entries()) {
        const alone = await lookup(direct, name, ids);
        const batched = answers[i];
        if (!alone.ok || !batched?.ok) throw new Error("the demo gateway does not fail");
        const found = new Set(idsOf(alone.value));
        expect(idsOf(batched.value)).toEqual([...new Set(ids)].filter((id) => found.has(id)));
        const byId = (items: readonly object[]) => new Map(idsOf(items).map((id, at) => [id, items[at]]));
        expect(byId(batched.value)).toEqual(byId(alone.value));
      }
    },
  );
});
