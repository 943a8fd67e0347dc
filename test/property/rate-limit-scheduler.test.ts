import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { busiestSecond, simulate, type Arrival, type Outcome } from "../support/rate-limit-simulation.js";

const CANCELLED = { ok: false, error: { _tag: "UpstreamFailed", reason: "Timeout" } };

const arrival = fc.record({
  key: fc.constantFrom("a", "b", "c", "d"),
  at: fc.integer({ min: 0, max: 5000 }),
  abortAt: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }),
});
const scenario = fc.record({
  rps: fc.integer({ min: 1, max: 4 }),
  arrivals: fc.array(arrival, { maxLength: 40 }),
  pauses: fc.array(fc.record({ at: fc.integer({ min: 0, max: 6000 }), forMs: fc.integer({ min: 0, max: 3000 }) }), {
    maxLength: 3,
  }),
  // Grant-to-start gaps (the real budget takes a file lock in between), long enough for a pause to land in.
  budgetLatencies: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 5 }),
});

/** Arrival order: by time, then by the order arrivals were made at the same instant. */
const arrivedBefore = (arrivals: readonly Arrival[], i: number, j: number): boolean => {
  const [x, y] = [arrivals[i]!, arrivals[j]!];
  return x.at < y.at || (x.at === y.at && i < j);
};
const started = (outcomes: readonly Outcome[]) => outcomes.filter((o) => o.startSeq !== undefined);

describe("RequestScheduler through UpstreamLimiter, any arrivals, cancellations and Retry-Afters", () => {
  test.prop([scenario])("never more than rps requests start in any 1-second window", async (s) => {
    expect(busiestSecond(await simulate(s))).toBeLessThanOrEqual(s.rps);
  });

  test.prop([scenario])("every request is answered; every one nobody cancelled was sent", async (s) => {
    const outcomes = await simulate(s);
    for (const o of outcomes) {
      const cancelled = s.arrivals[o.index]?.abortAt !== undefined;
      if (cancelled) expect([true, CANCELLED]).toContainEqual(o.result?.ok === true ? true : o.result);
      else expect(o.result).toEqual({ ok: true, value: o.index });
    }
  });

  test.prop([scenario])("nothing starts while a Retry-After pause lasts", async (s) => {
    const outcomes = await simulate(s);
    for (const { at, forMs } of s.pauses) {
      expect(outcomes.filter((o) => o.startedAt !== undefined && o.startedAt > at && o.startedAt < at + forMs)).toEqual([]);
    }
  });

  test.prop([scenario])("each user's requests start in the order they arrived", async (s) => {
    const outcomes = started(await simulate(s));
    for (const x of outcomes) {
      for (const y of outcomes) {
        if (s.arrivals[x.index]?.key === s.arrivals[y.index]?.key && arrivedBefore(s.arrivals, x.index, y.index)) {
          expect(x.startSeq).toBeLessThan(y.startSeq!);
        }
      }
    }
  });

  test.prop([scenario.map((s) => ({ ...s, arrivals: s.arrivals.map((a) => ({ ...a, abortAt: undefined })) }))])(
    "no request waits longer than the limits force (with no pauses and no lock latency)",
    async (s) => {
      const outcomes = await simulate({ rps: s.rps, arrivals: s.arrivals });
      const inOrder = started(outcomes).sort((x, y) => x.startSeq! - y.startSeq!);
      inOrder.forEach((o, i) => {
        const waiting = inOrder.slice(i).map((later) => s.arrivals[later.index]!.at);
        const earliest = Math.max(
          Math.min(...waiting),
          inOrder[i - 1]?.startedAt ?? -Infinity,
          (inOrder[i - s.rps]?.startedAt ?? -Infinity) + 1000,
        );
        expect(o.startedAt).toBe(earliest);
      });
    },
  );
});

describe("fairness: round-robin between users", () => {
  const contest = fc.record({
    rps: fc.integer({ min: 1, max: 4 }),
    bulk: fc.integer({ min: 1, max: 60 }),
    singles: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 4 }),
    budgetLatencies: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 5 }),
  });

  test.prop([contest])(
    "a single request behind another user's long export is served within (number of users) starts",
    async ({ rps, bulk, singles, budgetLatencies }) => {
      const exportCalls = Array.from({ length: bulk }, () => ({ key: "exporter", at: 0 }));
      const lookups = singles.map((at, i) => ({ key: `looker-${i}`, at }));
      const outcomes = await simulate({ rps, arrivals: [...exportCalls, ...lookups], budgetLatencies });
      const users = singles.length + 1;
      for (const lookup of outcomes.slice(bulk)) {
        const arrivedAt = lookups[lookup.index - bulk]!.at;
        const aheadOfIt = outcomes.filter((o) => o.startedAt! > arrivedAt && o.startSeq! < lookup.startSeq!);
        expect(aheadOfIt.length).toBeLessThanOrEqual(users);
      }
    },
  );
});
