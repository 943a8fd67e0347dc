import { FairQueue } from "./fair-queue.js";
import { SystemTimer, type Timer } from "./timer.js";

const WINDOW_MS = 1000;
/**
 * Gong counts requests when they arrive, we when they leave: a request delayed on the way (a cold connection,
 * a busy event loop) lands closer to the next one than it left. This much slack on every window keeps the
 * arrivals inside Gong's limit too (measured: 10-30 ms delays on loopback with a cold pool).
 */
export const DEFAULT_MARGIN_MS = 150;
// Long enough for a 100-call export queued behind others at 3 rps; short of the 20-minute Retry-After Gong sends.
const DEFAULT_MAX_QUEUE_WAIT_MS = 5 * 60_000;

export interface SchedulerOptions {
  /** At most this many requests start in any sliding 1000 ms window (GONG_MCP_RATE_LIMIT_RPS). */
  readonly requestsPerSecond: number;
  /** How long a request may wait for its turn before it is refused with "timeout" (default 5 minutes). */
  readonly maxQueueWaitMs?: number;
  /** Slack added to each 1000 ms window (default 150 ms); 0 spaces starts exactly a second apart. */
  readonly marginMs?: number;
  readonly timer?: Timer;
}

/** A granted turn. Exactly one permit is out at a time, so starts are recorded in the order they happen. */
export interface Permit {
  /**
   * The request goes out now: its start counts in every later window. False (and the permit is given back)
   * when a pause began after the grant: the request must queue again, like every other.
   */
  start(): boolean;
  /** The request will not go out after all: the turn passes on, uncounted. */
  release(): void;
}

export type Admission =
  | { readonly ok: true; readonly permit: Permit }
  | { readonly ok: false; readonly reason: "aborted" | "timeout" };

interface Waiter {
  readonly deadline: number;
  readonly settle: (admission: Admission) => void;
}

const refused = (reason: "aborted" | "timeout"): Admission => ({ ok: false, reason });

/**
 * Grants turns to send upstream: at most `requestsPerSecond` starts in any sliding second (the next start
 * may come 1000 ms after the oldest of the last N), round-robin across keys (users), FIFO within a key, and
 * nothing at all while paused by a Retry-After. Per process; the daily budget is counted elsewhere.
 */
export class RequestScheduler {
  private readonly rps: number;
  private readonly maxQueueWaitMs: number;
  private readonly windowMs: number;
  private readonly timer: Timer;
  private readonly waiting = new FairQueue<Waiter>();
  /** The last `rps` starts, oldest first. */
  private readonly starts: number[] = [];
  private pausedUntil = -Infinity;
  private permitOut = false;
  private cancelWake: (() => void) | undefined;

  constructor(options: SchedulerOptions) {
    if (!Number.isInteger(options.requestsPerSecond) || options.requestsPerSecond < 1) {
      throw new RangeError(`requestsPerSecond must be a positive integer, got ${options.requestsPerSecond}`);
    }
    this.rps = options.requestsPerSecond;
    this.maxQueueWaitMs = options.maxQueueWaitMs ?? DEFAULT_MAX_QUEUE_WAIT_MS;
    this.windowMs = WINDOW_MS + (options.marginMs ?? DEFAULT_MARGIN_MS);
    this.timer = options.timer ?? new SystemTimer();
  }

  /**
   * Waits for `key`'s turn. Refused with "aborted" when `signal` aborts first, and with "timeout" when the
   * turn would come after the max queue wait (at once when a pause already outlasts it). `place` "first" is
   * for a request whose permit a pause took back (Permit.start false): it waits at the head of the line.
   */
  acquire(key: string, signal?: AbortSignal, place: "last" | "first" = "last"): Promise<Admission> {
    if (signal?.aborted === true) return Promise.resolve(refused("aborted"));
    const deadline = this.timer.now() + this.maxQueueWaitMs;
    if (this.pausedUntil > deadline) return Promise.resolve(refused("timeout"));
    return new Promise<Admission>((resolve) => {
      const leave = (reason: "aborted" | "timeout"): void => {
        if (!this.waiting.remove(key, waiter)) return;
        waiter.settle(refused(reason));
        this.pump();
      };
      const onAbort = (): void => {
        leave("aborted");
      };
      const cancelExpiry = this.timer.after(this.maxQueueWaitMs, () => {
        leave("timeout");
      });
      const waiter: Waiter = {
        deadline,
        settle: (admission) => {
          cancelExpiry();
          signal?.removeEventListener("abort", onAbort);
          resolve(admission);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (place === "first") this.waiting.pushFront(key, waiter);
      else this.waiting.push(key, waiter);
      this.pump();
    });
  }

  /** Gong sent Retry-After: nobody's request starts before `at` (on this scheduler's timer). Never shortens a pause. */
  pauseUntil(at: number): void {
    if (at <= this.pausedUntil) return;
    this.pausedUntil = at;
    // Whoever would give up before the pause ends hears so now, not after minutes of waiting.
    for (const waiter of this.waiting.removeWhere((w) => w.deadline < at)) waiter.settle(refused("timeout"));
    this.pump();
  }

  pauseFor(ms: number): void {
    this.pauseUntil(this.timer.now() + ms);
  }

  private pump(): void {
    this.cancelWake?.();
    this.cancelWake = undefined;
    if (this.permitOut || this.waiting.size === 0) return;
    const now = this.timer.now();
    const at = Math.max(this.pausedUntil, this.nextFreeStart());
    if (now < at) {
      this.cancelWake = this.timer.after(at - now, () => {
        this.cancelWake = undefined;
        this.pump();
      });
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter === undefined) return;
    this.permitOut = true;
    waiter.settle({ ok: true, permit: this.newPermit() });
  }

  private nextFreeStart(): number {
    const oldest = this.starts.length < this.rps ? undefined : this.starts[0];
    return oldest === undefined ? -Infinity : oldest + this.windowMs;
  }

  private newPermit(): Permit {
    let settled = false;
    const giveBack = (): void => {
      settled = true;
      this.permitOut = false;
      this.pump();
    };
    return {
      start: () => {
        if (settled) return false;
        const now = this.timer.now();
        if (now < this.pausedUntil) {
          giveBack();
          return false;
        }
        // Kept sorted even if an injected clock steps back: a later stamp only makes later waits longer.
        this.starts.push(Math.max(now, this.starts.at(-1) ?? now));
        if (this.starts.length > this.rps) this.starts.shift();
        giveBack();
        return true;
      },
      release: () => {
        if (!settled) giveBack();
      },
    };
  }
}
