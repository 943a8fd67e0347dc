import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";

// Node 20 may collect the signal AbortSignal.any() combines, and then the abort never reaches fetch: a
// request to a Gong that never answers hung for minutes in a long-running process. This runs the attempt in
// a process that collects garbage every 20 ms while it waits.
test("a request that never answers is abandoned at its timeout even after garbage collection", () => {
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(import.meta.dirname, "fixtures", "hang-after-gc.ts"), "1000"], {
    encoding: "utf8",
    timeout: 30_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const outcome = JSON.parse(run.stdout) as { kind: string; reason: string | null; ms: number };
  expect(outcome).toMatchObject({ kind: "failed", reason: "Timeout" });
});
