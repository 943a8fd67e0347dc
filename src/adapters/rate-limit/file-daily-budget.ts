import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { lock } from "proper-lockfile";
import type { Clock } from "../../application/ports/clock.js";
import type { Logger } from "../../application/ports/logger.js";
import { assertDailyLimit, parseUsage, reserve, utcDay, type DailyUsage } from "./daily-usage.js";
import type { BudgetDecision, DailyBudget } from "../../application/ports/daily-budget.js";

export interface FileDailyBudgetOptions {
  /** The usage file, normally `<dataDir>/usage.json`; its folder is created (0700) when missing. */
  readonly file: string;
  readonly limit: number;
  readonly logger: Logger;
  /** Wall clock: the budget is per UTC calendar day. */
  readonly clock?: Clock;
}

// The lock is held for one read and one small write. A crashed holder's lock goes stale after 5 s, and the
// retries (about 10 s in all) outlast that, so a crash delays other processes but does not fail them.
const LOCK_STALE_MS = 5000;
const LOCK_RETRIES = { retries: 200, minTimeout: 5, maxTimeout: 50, randomize: true };
// The largest block a process counts ahead at once: one lock and fsync per this many requests at most, and
// at most this many counted but never sent when a process ends.
const MAX_BLOCK = 16;

/**
 * The daily count shared by every process using the same data dir, kept across restarts in a JSON file
 * `{"day":"YYYY-MM-DD","count":N}` (mode 0600). The file is updated under a cross-process lock, written to a
 * temp file, fsynced and renamed, so no reader ever sees half a file and no two updates count as one.
 *
 * The file is kept off the hot path by counting ahead: a process reserves a block of requests (1, 2, 4…
 * up to 16, and never more than 1% of what is left today) and spends it from memory. The stored count is
 * therefore never behind what was sent to Gong, only ahead by what processes hold unspent; near the limit
 * blocks shrink to 1, so the last requests of the day are counted exactly.
 */
export class FileDailyBudget implements DailyBudget {
  private readonly file: string;
  private readonly limit: number;
  private readonly logger: Logger;
  private readonly clock: Clock;
  // Takes in this process wait in line here rather than spin on the file lock against each other.
  private tail: Promise<unknown> = Promise.resolve();
  // A spent day stays spent (counts only grow), so until it resets no take needs the file; the memo holds
  // only for the UTC day it was made on (a clock stepped back to an earlier day reads the file again).
  private spentUntil = -Infinity;
  private spentDay = "";
  // Requests already counted in the file and not yet sent, for `heldDay` only.
  private held = 0;
  private heldDay = "";
  private nextBlock = 1;
  private folderReady: Promise<unknown> | undefined;

  constructor(options: FileDailyBudgetOptions) {
    assertDailyLimit(options.limit);
    this.file = options.file;
    this.limit = options.limit;
    this.logger = options.logger;
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  /** Counts one request. Throws only when the file cannot be locked, read or written (a broken data dir). */
  take(): Promise<BudgetDecision> {
    const now = this.clock.now();
    if (now < this.spentUntil && utcDay(now) === this.spentDay) {
      return Promise.resolve({ ok: false, resetsAt: new Date(this.spentUntil).toISOString() });
    }
    if (this.spendHeld(now)) return Promise.resolve({ ok: true });
    const taken = this.tail.then(() => (this.spendHeld(this.clock.now()) ? { ok: true as const } : this.takeLocked()));
    this.tail = taken.catch(() => undefined);
    return taken;
  }

  /** Spends one request of the block held for today; false when none is held (a new day drops the old block). */
  private spendHeld(now: number): boolean {
    if (this.held === 0 || this.heldDay !== utcDay(now)) return false;
    this.held -= 1;
    return true;
  }

  private async takeLocked(): Promise<BudgetDecision> {
    this.folderReady ??= mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    await this.folderReady;
    const release = await lock(this.file, {
      realpath: false,
      stale: LOCK_STALE_MS,
      retries: LOCK_RETRIES,
      // The default throws from a timer and kills the process; a lost lock only risks one miscount.
      onCompromised: (error) => {
        this.logger.error("usage file lock was lost", { file: this.file, error: error.message });
      },
    });
    try {
      const today = utcDay(this.clock.now());
      const stored = await this.read(today);
      const { usage, granted, decision } = reserve(stored, today, this.limit, this.nextBlock);
      // A count carried over from a future-dated file is written back as today's, spent or not (repaired).
      if (decision.ok || (stored !== null && stored.day !== usage.day)) await this.write(usage);
      if (!decision.ok) [this.spentUntil, this.spentDay] = [Date.parse(decision.resetsAt), today];
      [this.held, this.heldDay] = [Math.max(0, granted - 1), today];
      if (granted === this.nextBlock) this.nextBlock = Math.min(MAX_BLOCK, this.nextBlock * 2);
      return decision;
    } finally {
      await release().catch((error: unknown) => {
        this.logger.warn("usage file lock could not be released", { file: this.file, error: String(error) });
      });
    }
  }

  /** The stored usage; null when there is no file yet. */
  private async read(today: string): Promise<DailyUsage | null> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
      throw error;
    }
    const usage = parseUsage(text);
    if (usage !== undefined && usage.day > today) {
      this.logger.warn("usage file is dated in the future; its count is carried into today", { file: this.file, day: usage.day, today });
    }
    if (usage !== undefined) return usage;
    // Fail closed: an unknown count might already be near the limit, and Gong's limit is the whole company's,
    // shared with its other integrations. Today counts as spent; the file is kept aside for a person to read,
    // and tomorrow starts afresh by itself. Removing usage.json reopens today, for processes started after that.
    const spent: DailyUsage = { day: today, count: this.limit };
    const aside = `${this.file}.corrupt-${this.clock.now()}`;
    await rename(this.file, aside);
    await this.write(spent);
    this.logger.error("usage file was unreadable; today's Gong request budget counts as spent", {
      file: this.file,
      movedTo: aside,
    });
    return spent;
  }

  private async write(usage: DailyUsage): Promise<void> {
    // One fixed temp name is safe: only the lock holder writes.
    const temp = `${this.file}.tmp`;
    await rm(temp, { force: true });
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(JSON.stringify(usage));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, this.file);
  }
}
