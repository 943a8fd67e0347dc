/** The answer to one API request: go ahead, or 429 with how long to wait. */
export type Admission =
  | { readonly admitted: true }
  | { readonly admitted: false; readonly reason: "per-second" | "daily"; readonly retryAfterSeconds: number };

export interface RateLimits {
  /** Requests admitted in any sliding 1-second window (Gong: 3 per company). */
  readonly perSecond: number;
  /** Requests per UTC day (Gong: 10,000 per company). */
  readonly perDay: number;
}

const DAY_MS = 86_400_000;

/**
 * Gong's documented limits (gong-api.md section 3). Any 1-second window holds at most `perSecond`
 * admitted requests; a refused one does not take a slot, so a client that waits as told gets through.
 */
export class RateLimiter {
  readonly #limits: RateLimits;
  readonly #now: () => number;
  #recent: number[] = [];
  #day = -1;
  #dayCount = 0;

  constructor(limits: RateLimits, now: () => number) {
    this.#limits = limits;
    this.#now = now;
  }

  admit(): Admission {
    const now = this.#now();
    const day = Math.floor(now / DAY_MS);
    if (day !== this.#day) {
      this.#day = day;
      this.#dayCount = 0;
    }
    // UNCONFIRMED: whether Gong counts refused requests against the daily quota; counting them is the
    // stricter guess, and matches how the client budgets (contract section 2).
    this.#dayCount += 1;
    if (this.#dayCount > this.#limits.perDay) {
      return { admitted: false, reason: "daily", retryAfterSeconds: Math.max(1, Math.ceil(((day + 1) * DAY_MS - now) / 1000)) };
    }
    this.#recent = this.#recent.filter((started) => started > now - 1000);
    const oldest = this.#recent[0];
    if (oldest !== undefined && this.#recent.length >= this.#limits.perSecond) {
      // Retry-After is whole seconds (confirmed by Dust's logs), so round the wait up, never to 0.
      return { admitted: false, reason: "per-second", retryAfterSeconds: Math.max(1, Math.ceil((oldest + 1000 - now) / 1000)) };
    }
    this.#recent.push(now);
    return { admitted: true };
  }
}
