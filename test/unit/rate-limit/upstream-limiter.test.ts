import { describe, expect, test } from "vitest";
import { InMemoryDailyBudget } from "../../support/in-memory-daily-budget.js";
import { RequestScheduler } from "../../../src/adapters/rate-limit/request-scheduler.js";
import { UpstreamLimiter } from "../../../src/adapters/rate-limit/upstream-limiter.js";
import { ok } from "../../../src/domain/result.js";
import { busiestSecond, simulate, startTimes } from "../../support/rate-limit-simulation.js";
import { VirtualTimer } from "../../support/virtual-timer.js";

const at = (time: number, key = "u1", abortAt?: number) => ({ key, at: time, abortAt });
const THROTTLED = { ok: false, error: { _tag: "UpstreamFailed", reason: "Throttled" } };
const CANCELLED = { ok: false, error: { _tag: "UpstreamFailed", reason: "Timeout" } };

describe("UpstreamLimiter: the per-second window", () => {
  test("three start at once; the fourth waits until a second after the first", async () => {
    const outcomes = await simulate({ rps: 3, arrivals: [at(0), at(0), at(0), at(0), at(0)] });
    expect(startTimes(outcomes)).toEqual([0, 0, 0, 1000, 1000]);
  });

  test("with the production slack, the fourth of four waits 1150 ms: arrivals stay inside Gong's window", async () => {
    const outcomes = await simulate({ rps: 3, arrivals: [at(0), at(0), at(0), at(0)], marginMs: 150 });
    expect(startTimes(outcomes)).toEqual([0, 0, 0, 1150]);
  });

  test("the window slides: after starts at 0, 400 and 800, the next may go at 1000, then 1400", async () => {
    const outcomes = await simulate({ rps: 3, arrivals: [at(0), at(400), at(800), at(900), at(900)] });
    expect(startTimes(outcomes)).toEqual([0, 400, 800, 1000, 1400]);
  });

  test("30 concurrent tool calls at 3 rps all succeed within ten seconds, none above the limit", async () => {
    const arrivals = Array.from({ length: 30 }, (_, i) => at(0, `user-${i}`));
    const outcomes = await simulate({ rps: 3, arrivals, maxQueueWaitMs: 5 * 60_000, budgetLatencies: [3] });
    expect(outcomes.every((o) => o.result?.ok === true)).toBe(true);
    expect(busiestSecond(outcomes)).toBe(3);
    expect(Math.max(...startTimes(outcomes))).toBeLessThan(10_000);
  });
});

describe("UpstreamLimiter: fairness", () => {
  test("one user's single lookup goes right after the current request of another's 100-call export", async () => {
    const exportCalls = Array.from({ length: 100 }, () => at(0, "exporter"));
    const outcomes = await simulate({ rps: 3, arrivals: [...exportCalls, at(5000, "looker")] });
    const lookup = outcomes[100];
    expect(lookup?.startedAt).toBe(5000);
    expect(lookup?.startSeq).toBe(16);
  });

  test("users take turns, and each user's requests start in the order they arrived", async () => {
    const arrivals = [at(0, "a"), at(0, "a"), at(0, "a"), at(0, "b"), at(0, "b"), at(0, "b")];
    const outcomes = await simulate({ rps: 1, arrivals });
    // a's first went at once (nobody else waited); then a and b alternate until a runs out.
    expect(outcomes.map((o) => o.startSeq)).toEqual([0, 1, 3, 2, 4, 5]);
  });
});

describe("UpstreamLimiter: Retry-After", () => {
  test("a pause holds every user's requests until it passes", async () => {
    const arrivals = [at(0, "a"), at(600, "a"), at(700, "b"), at(3000, "c")];
    const outcomes = await simulate({ rps: 3, arrivals, pauses: [{ at: 500, forMs: 4000 }] });
    expect(startTimes(outcomes)).toEqual([0, 4500, 4500, 4500]);
  });

  test("a pause that arrives while a request is being counted sends it back to wait, counted once", async () => {
    const outcomes = await simulate({
      rps: 3,
      arrivals: [at(0)],
      pauses: [{ at: 50, forMs: 1000 }],
      budgetLatencies: [100],
      dailyLimit: 1,
    });
    expect(outcomes[0]).toMatchObject({ startedAt: 1050, result: { ok: true } });
  });

  test("a request sent back by a pause keeps its place ahead of its user's later requests", async () => {
    const arrivals = [at(0), at(10)];
    const outcomes = await simulate({ rps: 3, arrivals, pauses: [{ at: 50, forMs: 1000 }], budgetLatencies: [100, 0] });
    expect(outcomes.map((o) => [o.startSeq, o.startedAt])).toEqual([
      [0, 1050],
      [1, 1050],
    ]);
  });

  test("a pause longer than the max queue wait answers Throttled at once instead of hanging", async () => {
    const arrivals = [at(0), at(0), at(0), at(0), at(10_000)];
    const outcomes = await simulate({ rps: 1, arrivals, pauses: [{ at: 1, forMs: 20 * 60_000 }], maxQueueWaitMs: 60_000 });
    expect(outcomes.map((o) => o.result)).toEqual([ok(0), THROTTLED, THROTTLED, THROTTLED, THROTTLED]);
  });
});

describe("UpstreamLimiter: leaving the queue", () => {
  test("a request cancelled while queued leaves at once, and costs neither a turn nor budget", async () => {
    const arrivals = [at(0, "a"), at(0, "b", 500), at(0, "c")];
    const outcomes = await simulate({ rps: 1, arrivals, dailyLimit: 2 });
    expect(outcomes.map((o) => [o.startedAt, o.result])).toEqual([
      [0, ok(0)],
      [undefined, CANCELLED],
      [1000, ok(2)],
    ]);
  });

  test("a request still queued after the max wait is answered Throttled, and nobody waits longer", async () => {
    const arrivals = Array.from({ length: 6 }, () => at(0));
    const outcomes = await simulate({ rps: 1, arrivals, maxQueueWaitMs: 2500 });
    expect(startTimes(outcomes)).toEqual([0, 1000, 2000]);
    expect(outcomes.slice(3).map((o) => o.result)).toEqual([THROTTLED, THROTTLED, THROTTLED]);
  });

  test("an already aborted signal sends nothing", async () => {
    const timer = new VirtualTimer();
    const limiter = new UpstreamLimiter(new RequestScheduler({ requestsPerSecond: 3, timer }), new InMemoryDailyBudget(5));
    let sent = 0;
    const result = await limiter.run("u", () => Promise.resolve(ok(++sent)), AbortSignal.abort());
    expect([result, sent]).toEqual([CANCELLED, 0]);
  });
});

describe("UpstreamLimiter: the daily budget", () => {
  test("once the day's budget is spent, requests answer RateLimited with the next UTC midnight and send nothing", async () => {
    const timer = new VirtualTimer(Date.parse("2026-11-26T15:00:00Z"));
    const limiter = new UpstreamLimiter(new RequestScheduler({ requestsPerSecond: 3, timer }), new InMemoryDailyBudget(2, timer));
    let sent = 0;
    const send = () => Promise.resolve(ok(++sent));
    const results = await Promise.all([1, 2, 3, 4].map(() => limiter.run("u", send)));
    expect(sent).toBe(2);
    expect(results.slice(2)).toEqual([
      { ok: false, error: { _tag: "RateLimited", resetsAt: "2026-11-27T00:00:00.000Z" } },
      { ok: false, error: { _tag: "RateLimited", resetsAt: "2026-11-27T00:00:00.000Z" } },
    ]);
  });

  test("a refused request takes no turn: the next one is not held back by it", async () => {
    const outcomes = await simulate({ rps: 1, arrivals: [at(0), at(0), at(0)], dailyLimit: 1 });
    expect(outcomes.map((o) => o.startedAt)).toEqual([0, undefined, undefined]);
  });
});

test("requestsPerSecond must be a positive integer", () => {
  expect(() => new RequestScheduler({ requestsPerSecond: 0 })).toThrow(RangeError);
  expect(() => new RequestScheduler({ requestsPerSecond: 2.5 })).toThrow(RangeError);
});
