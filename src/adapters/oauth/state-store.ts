import { randomBytes } from "node:crypto";
import type { Clock } from "../../application/ports/clock.js";
import type { OAuthStates } from "../../application/ports/oauth-authorization.js";

export interface StateStoreOptions {
  /** How long an issued state may be redeemed (default 10 minutes). */
  readonly ttlMs?: number;
  /** Outstanding states kept at most; the oldest are dropped first (default 1000). */
  readonly maxOutstanding?: number;
}

/**
 * OAuth `state` values: random (256 bits), single-use and expiring. A state is what authenticates the
 * callback, so `consume` answers true once per issued value and only before it expires. In memory, for
 * one process: several instances behind a load balancer need a shared adapter (ADR 0017).
 */
export class StateStore implements OAuthStates {
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #max: number;
  // Insertion order is issue order, which makes dropping the oldest cheap.
  readonly #expiries = new Map<string, number>();

  constructor(clock: Clock, options: StateStoreOptions = {}) {
    this.#clock = clock;
    this.#ttlMs = options.ttlMs ?? 10 * 60_000;
    this.#max = options.maxOutstanding ?? 1000;
  }

  issue(): Promise<string> {
    this.#prune();
    while (this.#expiries.size >= this.#max) {
      const oldest = this.#expiries.keys().next();
      if (oldest.done === true) break;
      this.#expiries.delete(oldest.value);
    }
    const state = randomBytes(32).toString("base64url");
    this.#expiries.set(state, this.#clock.now() + this.#ttlMs);
    return Promise.resolve(state);
  }

  /** True exactly once for a state this store issued and that has not expired; it is gone afterwards. */
  consume(state: string | null | undefined): Promise<boolean> {
    if (typeof state !== "string" || state === "") return Promise.resolve(false);
    const expiresAt = this.#expiries.get(state);
    if (expiresAt === undefined) return Promise.resolve(false);
    this.#expiries.delete(state);
    return Promise.resolve(this.#clock.now() < expiresAt);
  }

  #prune(): void {
    const now = this.#clock.now();
    for (const [state, expiresAt] of this.#expiries) if (now >= expiresAt) this.#expiries.delete(state);
  }
}
