import type { Clock } from "../../application/ports/clock.js";

/** Time as the scheduler needs it: `now` on one steady scale, and a wake-up it can cancel. */
export interface Timer extends Clock {
  /** Calls `wake` once, `ms` from now (at once when `ms` ≤ 0); the returned function cancels it. */
  after(ms: number, wake: () => void): () => void;
}

// setTimeout's longest delay; anything longer fires at once. Waking early is harmless: the scheduler re-checks.
const LONGEST_DELAY_MS = 2_147_483_647;

/**
 * Real time. `now` is monotonic, so a wall-clock step forward cannot open a burst, yet it reads as epoch
 * milliseconds (give or take drift since the process started).
 */
export class SystemTimer implements Timer {
  now(): number {
    return performance.timeOrigin + performance.now();
  }

  after(ms: number, wake: () => void): () => void {
    const handle = setTimeout(wake, Math.min(Math.max(ms, 0), LONGEST_DELAY_MS));
    return () => {
      clearTimeout(handle);
    };
  }
}
