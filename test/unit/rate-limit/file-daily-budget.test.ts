import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { FileDailyBudget } from "../../../src/adapters/rate-limit/file-daily-budget.js";
import { memoryLogger } from "../../support/memory-logger.js";

let dir: string;
let file: string;
let now: number;
const clock = { now: () => now };
const logged = memoryLogger();
const budget = (limit: number) => new FileDailyBudget({ file, limit, logger: logged.logger, clock });
const takeMany = (b: FileDailyBudget, n: number) => Promise.all(Array.from({ length: n }, () => b.take()));
const counted = (decisions: readonly { ok: boolean }[]) => decisions.filter((d) => d.ok).length;
const stored = async (): Promise<unknown> => JSON.parse(await readFile(file, "utf8"));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "gong-mcp-budget-"));
  file = join(dir, "data", "usage.json");
  now = Date.parse("2026-11-26T10:00:00Z");
  logged.lines.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("FileDailyBudget", () => {
  test("counts up to the limit, then refuses until the next UTC midnight", async () => {
    const decisions = await takeMany(budget(3), 5);
    expect(decisions).toEqual([
      { ok: true },
      { ok: true },
      { ok: true },
      { ok: false, resetsAt: "2026-11-27T00:00:00.000Z" },
      { ok: false, resetsAt: "2026-11-27T00:00:00.000Z" },
    ]);
    expect(await stored()).toEqual({ day: "2026-11-26", count: 3 });
  });

  test("two instances on one file (two processes) never count past the limit together", async () => {
    const [a, b] = [budget(37), budget(37)];
    const [fromA, fromB] = await Promise.all([takeMany(a, 30), takeMany(b, 30)]);
    expect(counted(fromA) + counted(fromB)).toBe(37);
    expect(await stored()).toEqual({ day: "2026-11-26", count: 37 });
  });

  test("real separate processes share the count", async () => {
    const run = promisify(execFile);
    const child = () =>
      run(process.execPath, ["--import", "tsx", join(import.meta.dirname, "fixtures", "take-many.ts"), file, "50", "40"]);
    const here = new FileDailyBudget({ file, limit: 50, logger: logged.logger });
    const [first, second, ours] = await Promise.all([child(), child(), takeMany(here, 30)]);
    expect(Number(first.stdout) + Number(second.stdout) + counted(ours)).toBe(50);
  }, 30_000);

  // Before: every request took the file lock and fsynced the file (about 2 ms on the hot path of each call).
  test("far from the limit it counts ahead in growing blocks, so the file is written once per block, never behind", async () => {
    const b = budget(100_000);
    const seen: number[] = [];
    for (let sent = 1; sent <= 40; sent++) {
      await b.take();
      seen.push((await stored() as { count: number }).count);
    }
    // Blocks of 1, 2, 4, 8, 16, 16: the count moves only when a block is spent, and is always ≥ what was sent.
    expect([...new Set(seen)]).toEqual([1, 3, 7, 15, 31, 47]);
    seen.forEach((count, i) => { expect(count).toBeGreaterThanOrEqual(i + 1); });
  });

  test("near the limit blocks shrink to one: the last 100 requests of the day are counted exactly, across processes", async () => {
    const [a, b] = [budget(150), budget(150)];
    const [fromA, fromB] = await Promise.all([takeMany(a, 100), takeMany(b, 100)]);
    expect(counted(fromA) + counted(fromB)).toBeLessThanOrEqual(150);
    // At most one unspent block is lost when both are refused: a is refused only once the file says 150.
    expect(counted(fromA) + counted(fromB)).toBeGreaterThanOrEqual(150 - 1);
    expect(await stored()).toEqual({ day: "2026-11-26", count: 150 });
  });

  test("a block held from yesterday is dropped at midnight, not spent today", async () => {
    const b = budget(100_000);
    await takeMany(b, 2); // holds 1 of a block of 2
    now = Date.parse("2026-11-27T00:00:00.000Z");
    await b.take();
    expect(await stored()).toEqual({ day: "2026-11-27", count: 4 });
  });

  test("survives a restart: a new instance goes on from the stored count", async () => {
    await takeMany(budget(5), 4);
    expect(await takeMany(budget(5), 2)).toEqual([{ ok: true }, { ok: false, resetsAt: "2026-11-27T00:00:00.000Z" }]);
  });

  test("a new UTC day starts from zero", async () => {
    const b = budget(1);
    await b.take();
    now = Date.parse("2026-11-26T23:59:59.999Z");
    expect(await b.take()).toEqual({ ok: false, resetsAt: "2026-11-27T00:00:00.000Z" });
    now = Date.parse("2026-11-27T00:00:00.000Z");
    expect(await b.take()).toEqual({ ok: true });
    expect(await stored()).toEqual({ day: "2026-11-27", count: 1 });
  });

  test("a clock that steps back over midnight carries the later day's count: not reopened, not stuck until that day", async () => {
    now = Date.parse("2026-11-27T00:00:05Z");
    await budget(1).take();
    now = Date.parse("2026-11-26T23:59:58Z");
    expect(await budget(1).take()).toEqual({ ok: false, resetsAt: "2026-11-27T00:00:00.000Z" });
  });

  // Before: a usage file dated in the future kept the budget spent until that date.
  test("a usage file dated in the future is repaired with a warning: its count carried into today, its date not trusted", async () => {
    now = Date.parse("2026-11-27T10:00:00Z");
    await budget(5).take(); // creates the folder
    await writeFile(file, JSON.stringify({ day: "2027-06-01", count: 3 }));
    expect(await budget(5).take()).toEqual({ ok: true });
    expect(await stored()).toEqual({ day: "2026-11-27", count: 4 });
    expect(JSON.stringify(logged.lines)).toContain("dated in the future");
  });

  test("the file is private to its owner (0600)", async () => {
    await budget(1).take();
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  test.each([["not json"], [""], ['{"day":"2026-11-26","count":-1}'], ['{"day":"yesterday","count":3}']])(
    "an unreadable file (%j) fails closed for today: set aside, logged, refused until midnight",
    async (text) => {
      await budget(1).take();
      await writeFile(file, text);
      expect(await budget(100).take()).toEqual({ ok: false, resetsAt: "2026-11-27T00:00:00.000Z" });
      expect(await stored()).toEqual({ day: "2026-11-26", count: 100 });
      expect((await readdir(join(dir, "data"))).filter((name) => name.includes(".corrupt-"))).toHaveLength(1);
      expect(logged.lines.map((l) => l.level)).toEqual(["error"]);
      now = Date.parse("2026-11-27T00:00:00Z");
      expect(await budget(100).take()).toEqual({ ok: true });
    },
  );

  test("the limit must be a whole number", () => {
    expect(() => budget(-1)).toThrow(RangeError);
    expect(() => budget(1.5)).toThrow(RangeError);
  });
});
