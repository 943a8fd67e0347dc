import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { lock, lockSync } from "proper-lockfile";
import type { Clock } from "../../application/ports/clock.js";
import type { Logger } from "../../application/ports/logger.js";
import type { RequestWindow } from "../../application/ports/request-window.js";

export interface FileRequestWindowOptions {
  /** `<dataDir>/rate-window.json`. */
  readonly file: string;
  readonly requestsPerSecond: number;
  /** Slack on each 1000 ms window, as the in-process scheduler has (Gong counts arrivals). */
  readonly marginMs: number;
  readonly logger: Logger;
  readonly clock?: Clock;
}

interface WindowState {
  /** Starts (epoch ms) within the last window, oldest first. */
  readonly starts: number[];
  readonly pausedUntil: number;
}

const WINDOW_MS = 1000;
const LOCK_STALE_MS = 5000;
const LOCK_RETRIES = { retries: 400, minTimeout: 2, maxTimeout: 25, randomize: true };

/**
 * The request window shared by every process using one data dir: a small JSON file of the last second's
 * request starts and the pause a 429 asked for, read and written under a cross-process lock. Nothing here
 * is worth an fsync: after a crash the window is at most one second stale, and Gong's own 429 still
 * pauses everyone. A file that is not readable is started afresh, with a warning.
 *
 * It sits on the path of every request, so the critical section is synchronous: a lock taken at once and a
 * few bytes read and written with blocking calls take tens of microseconds, where the same steps as separate
 * thread-pool hops took about 1.4 ms. Only when another process holds the lock does it wait, asynchronously.
 */
export class FileRequestWindow implements RequestWindow {
  readonly #o: FileRequestWindowOptions;
  readonly #clock: Clock;
  readonly #windowMs: number;
  #folderReady = false;

  constructor(options: FileRequestWindowOptions) {
    this.#o = options;
    this.#clock = options.clock ?? { now: () => Date.now() };
    this.#windowMs = WINDOW_MS + options.marginMs;
  }

  async acquire(signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      if (signal?.aborted === true) return false;
      const waitMs = await this.#locked((state, now) => {
        const starts = state.starts.filter((start) => start > now - this.#windowMs);
        // A wait changes nothing: only a recorded start or a pause is written back.
        if (state.pausedUntil > now) return { wait: state.pausedUntil - now, next: null };
        if (starts.length >= this.#o.requestsPerSecond) {
          const oldest = starts[starts.length - this.#o.requestsPerSecond] ?? now;
          return { wait: Math.max(1, oldest + this.#windowMs - now), next: null };
        }
        return { wait: 0, next: { ...state, starts: [...starts, now] } };
      });
      if (waitMs === 0) return true;
      try {
        await sleep(waitMs, undefined, signal === undefined ? {} : { signal });
      } catch {
        return false;
      }
    }
  }

  async pauseFor(ms: number): Promise<void> {
    await this.#locked((state, now) => ({ wait: 0, next: { ...state, pausedUntil: Math.max(state.pausedUntil, now + ms) } }));
  }

  async #locked(decide: (state: WindowState, now: number) => { wait: number; next: WindowState | null }): Promise<number> {
    const { file } = this.#o;
    if (!this.#folderReady) {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      this.#folderReady = true;
    }
    const release = await this.#lock();
    try {
      const { wait, next } = decide(this.#read(), this.#clock.now());
      if (next !== null) {
        const temp = `${file}.tmp`;
        writeFileSync(temp, JSON.stringify(next), { mode: 0o600 });
        renameSync(temp, file);
      }
      return wait;
    } finally {
      try {
        release();
      } catch {
        // Released already (a compromised lock): nothing to undo.
      }
    }
  }

  /** The lock at once when it is free (synchronously); else waited for, with retries. */
  async #lock(): Promise<() => unknown> {
    const onCompromised = (error: Error): void => {
      this.#o.logger.warn("rate window lock was lost", { file: this.#o.file, error: error.message });
    };
    const options = { realpath: false, stale: LOCK_STALE_MS, onCompromised };
    try {
      return lockSync(this.#o.file, options);
    } catch (cause) {
      if (!(typeof cause === "object" && cause !== null && "code" in cause && cause.code === "ELOCKED")) throw cause;
    }
    const release = await lock(this.#o.file, { ...options, retries: LOCK_RETRIES });
    return () => release().catch(() => undefined);
  }

  #read(): WindowState {
    let text: string;
    try {
      text = readFileSync(this.#o.file, "utf8");
    } catch (cause) {
      if (typeof cause === "object" && cause !== null && "code" in cause && cause.code === "ENOENT") return { starts: [], pausedUntil: 0 };
      throw cause;
    }
    try {
      const parsed = JSON.parse(text) as Partial<WindowState>;
      const starts = Array.isArray(parsed.starts) ? parsed.starts.filter((start): start is number => typeof start === "number") : [];
      const pausedUntil = typeof parsed.pausedUntil === "number" ? parsed.pausedUntil : 0;
      // A start or pause from the future (a clock stepped back) would hold everyone: bound both.
      const now = this.#clock.now();
      return { starts: starts.filter((start) => start <= now).slice(-this.#o.requestsPerSecond), pausedUntil: Math.min(pausedUntil, now + 86_400_000) };
    } catch {
      this.#o.logger.warn("rate window file was unreadable; starting it afresh", { file: this.#o.file });
      return { starts: [], pausedUntil: 0 };
    }
  }
}
