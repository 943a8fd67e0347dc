import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { FileRequestWindow } from "../../../src/adapters/rate-limit/file-request-window.js";
import { memoryLogger } from "../../support/memory-logger.js";

const run = promisify(execFile);
let dir: string;
let file: string;
const logged = memoryLogger();
const windowOf = (rps: number) => new FileRequestWindow({ file, requestsPerSecond: rps, marginMs: 0, logger: logged.logger });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "gong-mcp-window-"));
  file = join(dir, "rate-window.json");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The most starts in any sliding 1000 ms window. */
function busiestSecond(starts: readonly number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i += 1) most = Math.max(most, sorted.filter((t) => t >= sorted[i]! && t < sorted[i]! + 1000).length);
  return most;
}

describe("FileRequestWindow: one per-second limit for every process on the data dir", () => {
  // Before: N processes sharing an org connection each allowed 3 a second, N times Gong's company-wide limit.
  test("three processes started at once never start more than 3 requests in any second, together", { timeout: 30_000 }, async () => {
    const fixture = join(import.meta.dirname, "fixtures", "window-starts.ts");
    const outputs = await Promise.all([0, 1, 2].map(() => run(process.execPath, ["--import", "tsx", fixture, file, "3", "4"])));
    const starts = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as number[]);
    expect(starts).toHaveLength(12);
    expect(busiestSecond(starts)).toBeLessThanOrEqual(3);
  });

  test("a 429 pause from one process holds the others", async () => {
    await windowOf(3).pauseFor(600);
    const started = Date.now();
    expect(await windowOf(3).acquire()).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  test("a wait is abandoned when the call is cancelled", async () => {
    await windowOf(3).pauseFor(10_000);
    const cancel = new AbortController();
    setTimeout(() => { cancel.abort(); }, 50);
    expect(await windowOf(3).acquire(cancel.signal)).toBe(false);
  });

  test("an unreadable file starts afresh with a warning; a pause from the future is bounded", async () => {
    await writeFile(file, "{ not json");
    expect(await windowOf(3).acquire()).toBe(true);
    expect(JSON.stringify(logged.lines)).toContain("unreadable");
  });
});
