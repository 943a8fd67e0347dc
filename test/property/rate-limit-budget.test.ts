import { fc, test } from "@fast-check/vitest";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect } from "vitest";
import type { DailyBudget } from "../../src/application/ports/daily-budget.js";
import { nextUtcMidnight, utcDay } from "../../src/adapters/rate-limit/daily-usage.js";
import { FileDailyBudget } from "../../src/adapters/rate-limit/file-daily-budget.js";
import { memoryLogger } from "../support/memory-logger.js";

/** What the day's count should be: the model the file-backed budget is held to. */
interface Model {
  now: number;
  day: string | null;
  count: number;
  readonly limit: number;
}

/** Two processes' budgets on one usage file, and the wall clock they share. */
interface Real {
  readonly clock: { now: number };
  readonly processes: DailyBudget[];
  readonly open: () => DailyBudget;
}

class Take implements fc.AsyncCommand<Model, Real, true> {
  constructor(private readonly process: 0 | 1) {}
  check = (): Promise<boolean> => Promise.resolve(true);
  async run(model: Model, real: Real): Promise<void> {
    const today = utcDay(model.now);
    if (model.day === null || model.day < today) [model.day, model.count] = [today, 0];
    // A later day (the clock stepped back) is not trusted as a date; its count is carried into today.
    if (model.day > today) model.day = today;
    const expected = model.count < model.limit ? { ok: true } : { ok: false, resetsAt: nextUtcMidnight(model.day) };
    if (expected.ok) model.count++;
    expect(await real.processes[this.process]!.take()).toEqual(expected);
  }
  toString = (): string => `take(process ${this.process})`;
}

class MoveClock implements fc.AsyncCommand<Model, Real, true> {
  constructor(private readonly ms: number) {}
  check = (): Promise<boolean> => Promise.resolve(true);
  run(model: Model, real: Real): Promise<void> {
    model.now += this.ms;
    real.clock.now = model.now;
    return Promise.resolve();
  }
  toString = (): string => `clock ${this.ms >= 0 ? "+" : ""}${this.ms}ms`;
}

class Restart implements fc.AsyncCommand<Model, Real, true> {
  constructor(private readonly process: 0 | 1) {}
  check = (): Promise<boolean> => Promise.resolve(true);
  run(_model: Model, real: Real): Promise<void> {
    real.processes[this.process] = real.open();
    return Promise.resolve();
  }
  toString = (): string => `restart(process ${this.process})`;
}

const HOUR = 3_600_000;
const process01 = fc.constantFrom<0 | 1>(0, 1);
const commands = fc.commands(
  [
    process01.map((p) => new Take(p)),
    process01.map((p) => new Take(p)),
    fc.integer({ min: 0, max: 30 * HOUR }).map((ms) => new MoveClock(ms)),
    // Wall clocks also step back (NTP): the count must neither reopen nor stay spent until a future day.
    fc.integer({ min: -2 * HOUR, max: 0 }).map((ms) => new MoveClock(ms)),
    process01.map((p) => new Restart(p)),
  ],
  { maxCommands: 30 },
);
// Starts near a UTC midnight, so days turn often.
const start = fc.integer({ min: Date.parse("2026-11-26T20:00:00Z"), max: Date.parse("2026-11-27T04:00:00Z") });

async function inTempDir<T>(body: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "gong-mcp-budget-prop-"));
  try {
    return await body(join(dir, "usage.json"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("FileDailyBudget shared by two processes", () => {
  // GONG_MCP_DAILY_REQUEST_LIMIT is at least 1. A limit of 0 refuses without ever writing the file, so after
  // the clock steps back over midnight two processes can disagree on which midnight resets it.
  test.prop([fc.integer({ min: 1, max: 4 }), start, commands], { numRuns: 40 })(
    "counts like one per-UTC-day counter across processes, restarts, midnights and clock steps",
    (limit, now, cmds) =>
      inTempDir(async (file) => {
        const clock = { now };
        const logger = memoryLogger().logger;
        const open = (): DailyBudget => new FileDailyBudget({ file, limit, logger, clock: { now: () => clock.now } });
        const real: Real = { clock, processes: [open(), open()], open };
        await fc.asyncModelRun(() => ({ model: { now, day: null, count: 0, limit }, real }), cmds);
      }),
  );

  test.prop([fc.integer({ min: 0, max: 15 }), fc.nat(20), fc.nat(20)], { numRuns: 20 })(
    "concurrent takes from both never count past the limit",
    (limit, fromA, fromB) =>
      inTempDir(async (file) => {
        const logger = memoryLogger().logger;
        const [a, b] = [0, 1].map(() => new FileDailyBudget({ file, limit, logger }));
        const takes = [...Array.from({ length: fromA }, () => a!), ...Array.from({ length: fromB }, () => b!)];
        const decisions = await Promise.all(takes.map((budget) => budget.take()));
        const stored: unknown = await readFile(file, "utf8").then(JSON.parse, () => ({ count: 0 }));
        expect(decisions.filter((d) => d.ok)).toHaveLength(Math.min(limit, fromA + fromB));
        expect(stored).toMatchObject({ count: Math.min(limit, fromA + fromB) });
      }),
  );

  test.prop([fc.integer({ min: 100, max: 500 }), fc.array(fc.constantFrom<0 | 1 | "restart">(0, 1, 0, 1, "restart"), { maxLength: 700 })], { numRuns: 10 })(
    "counting ahead in blocks: never past the limit, the file never behind what was sent, and ahead only by blocks held",
    (limit, steps) =>
      inTempDir(async (file) => {
        const logger = memoryLogger().logger;
        const open = (): DailyBudget => new FileDailyBudget({ file, limit, logger });
        const processes = [open(), open()];
        let sent = 0;
        let restarts = 0;
        let refused = false;
        for (const step of steps) {
          if (step === "restart") {
            processes[0] = open();
            restarts++;
            continue;
          }
          const decision = await processes[step]!.take();
          if (decision.ok) sent++;
          else refused = true;
          const count = (JSON.parse(await readFile(file, "utf8")) as { count: number }).count;
          expect(count).toBeLessThanOrEqual(limit);
          expect(count).toBeGreaterThanOrEqual(sent);
          // Unspent: at most one block (≤ 16) per live process and per process that was restarted.
          expect(count - sent).toBeLessThanOrEqual(16 * (2 + restarts));
          if (refused) expect(count).toBe(limit);
        }
      }),
  );
});
