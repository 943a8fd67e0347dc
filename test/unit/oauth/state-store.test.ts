import { describe, expect, test } from "vitest";
import { StateStore } from "../../../src/adapters/oauth/state-store.js";
import { ManualClock } from "./manual-clock.js";

describe("StateStore", () => {
  test("an issued state is accepted once, then never again", () => {
    const states = new StateStore(new ManualClock());
    const state = states.issue();
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(states.consume(state)).toBe(true);
    expect(states.consume(state)).toBe(false);
  });

  test("unknown, empty and missing states are refused", () => {
    const states = new StateStore(new ManualClock());
    states.issue();
    expect(states.consume("made-up")).toBe(false);
    expect(states.consume("")).toBe(false);
    expect(states.consume(undefined)).toBe(false);
    expect(states.consume(null)).toBe(false);
  });

  test("a state expires after 10 minutes by default", () => {
    const clock = new ManualClock();
    const states = new StateStore(clock);
    const early = states.issue();
    const late = states.issue();
    clock.advance(10 * 60_000 - 1);
    expect(states.consume(early)).toBe(true);
    clock.advance(1);
    expect(states.consume(late)).toBe(false);
  });

  test("states are distinct, and the oldest are dropped beyond the cap", () => {
    const states = new StateStore(new ManualClock(), { maxOutstanding: 3 });
    const issued = Array.from({ length: 4 }, () => states.issue());
    expect(new Set(issued).size).toBe(4);
    expect(states.consume(issued[0])).toBe(false);
    expect(issued.slice(1).every((s) => states.consume(s))).toBe(true);
  });
});
