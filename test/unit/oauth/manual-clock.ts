import type { Clock } from "../../../src/application/ports/clock.js";

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private current: number = Date.parse("2026-11-26T12:00:00Z")) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
