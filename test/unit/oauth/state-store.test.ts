import { describe, expect, test } from "vitest";
import { StateStore } from "../../../src/adapters/oauth/state-store.js";
import { ManualClock } from "./manual-clock.js";

describe("StateStore", () => {
  test("an issued state is accepted once, then never again", async () => {
    const states = new StateStore(new ManualClock());
    const state = await states.issue();
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await states.consume(state)).toBe(true);
    expect(await states.consume(state)).toBe(false);
  });

  test("unknown, empty and missing states are refused", async () => {
    const states = new StateStore(new ManualClock());
    await states.issue();
    expect(await states.consume("made-up")).toBe(false);
    expect(await states.consume("")).toBe(false);
    expect(await states.consume(undefined)).toBe(false);
    expect(await states.consume(null)).toBe(false);
  });

  test("a state expires after 10 minutes by default", async () => {
    const clock = new ManualClock();
    const states = new StateStore(clock);
    const early = await states.issue();
    const late = await states.issue();
    clock.advance(10 * 60_000 - 1);
    expect(await states.consume(early)).toBe(true);
    clock.advance(1);
    expect(await states.consume(late)).toBe(false);
  });

  test("states are distinct, and the oldest are dropped beyond the cap", async () => {
    const states = new StateStore(new ManualClock(), { maxOutstanding: 3 });
    const issued: string[] = [];
    for (let i = 0; i < 4; i += 1) issued.push(await states.issue());
    expect(new Set(issued).size).toBe(4);
    expect(await states.consume(issued[0])).toBe(false);
    for (const state of issued.slice(1)) expect(await states.consume(state)).toBe(true);
  });
});
