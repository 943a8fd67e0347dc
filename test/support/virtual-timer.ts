import type { Timer } from "../../src/adapters/rate-limit/timer.js";

/** Lets every promise callback that does not wait on I/O or a real timer run. */
export const settle = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });

/**
 * Virtual time for the rate limiter: nothing moves until a test advances it, and wake-ups due at the same
 * instant run in the order they were set. No real waiting.
 */
export class VirtualTimer implements Timer {
  private current: number;
  private nextId = 0;
  private readonly pending = new Map<number, { readonly at: number; readonly wake: () => void }>();

  constructor(start = 0) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  after(ms: number, wake: () => void): () => void {
    const id = this.nextId++;
    this.pending.set(id, { at: this.current + Math.max(ms, 0), wake });
    return () => this.pending.delete(id);
  }

  /** Runs every wake-up due by `t`, in time order, settling promises after each; then stands at `t`. */
  async advanceTo(t: number): Promise<void> {
    for (;;) {
      await settle();
      const due = this.earliest();
      if (due === undefined || due.at > t) break;
      this.fire(due.id);
    }
    this.current = Math.max(this.current, t);
    await settle();
  }

  async advanceBy(ms: number): Promise<void> {
    await this.advanceTo(this.current + ms);
  }

  /** Runs wake-ups until none is left (at most `maxWakes`, so a livelock fails instead of hanging). */
  async runAll(maxWakes = 100_000): Promise<void> {
    for (let wakes = 0; wakes < maxWakes; wakes++) {
      await settle();
      const due = this.earliest();
      if (due === undefined) return;
      this.fire(due.id);
    }
    throw new Error(`still busy after ${maxWakes} wake-ups`);
  }

  private earliest(): { readonly id: number; readonly at: number } | undefined {
    let found: { id: number; at: number } | undefined;
    for (const [id, { at }] of this.pending) if (found === undefined || at < found.at) found = { id, at };
    return found;
  }

  private fire(id: number): void {
    const entry = this.pending.get(id);
    if (entry === undefined) return;
    this.pending.delete(id);
    this.current = Math.max(this.current, entry.at);
    entry.wake();
  }
}
