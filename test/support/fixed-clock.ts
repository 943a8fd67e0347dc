import type { Clock } from "../../src/application/ports/clock.js";

/** A clock that moves only when told to: for tests and reproducible demo data. */
export class FixedClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  set(epochMs: number): void {
    this.current = epochMs;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
