import { expect, test } from "vitest";
import { inUpstreamScope, otherCallsRunning } from "../../../src/adapters/upstream-scope.js";

test("otherCallsRunning: false for a call alone, true while another call runs, false again once it ended", async () => {
  expect(otherCallsRunning()).toBe(false);
  expect((await inUpstreamScope("a", () => Promise.resolve(otherCallsRunning()))).value).toBe(false);

  let finishB = (): void => undefined;
  const b = inUpstreamScope("b", () => new Promise<void>((resolve) => { finishB = resolve; }));
  expect((await inUpstreamScope("a", () => Promise.resolve(otherCallsRunning()))).value).toBe(true);
  // Outside any call, a running call is "another".
  expect(otherCallsRunning()).toBe(true);
  finishB();
  await b;
  expect((await inUpstreamScope("a", () => Promise.resolve(otherCallsRunning()))).value).toBe(false);
});

test("a call that throws still leaves the count", async () => {
  await expect(inUpstreamScope("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  expect(otherCallsRunning()).toBe(false);
});
