import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { textOf, type StdioSession } from "./built-cli.js";
import { ensureFreshBuild, type CliEnv } from "./cli-process.js";
import { accessKeyEnv, admin, startFake, startGongStdio, timed, useScope } from "./fake-gong-server-kit.js";

beforeAll(ensureFreshBuild, 120_000);
const scope = useScope();

const USER = DEMO_USERS.manager_report_to_them;
const EXTENSIVE = "/v2/calls/extensive";

describe("faults injected by the fake Gong", () => {
  const shared = useScope(afterAll);
  let fake: FakeGongServer;
  let session: StdioSession;
  let callIds: string[];

  beforeAll(async () => {
    fake = await startFake(shared);
    // Three seconds per call, so that a fault that lasts shows its answer at the deadline quickly.
    session = await startGongStdio(shared, USER, { ...accessKeyEnv(fake, shared), GONG_MCP_CALL_TIMEOUT_S: "3" });
    // Loads and caches the directory and a page of calls: from here on a detailed read is one request to EXTENSIVE.
    const listed = await session.call("list_gong_calls", { limit: 3 });
    callIds = (listed.structuredContent as { calls: { id: string }[] }).calls.map((call) => call.id);
    expect(callIds).toHaveLength(3);
  });
  afterEach(async () => {
    await admin.clearFaults(fake);
  });

  /** A read that is never cached, so every call sends to EXTENSIVE; with how many sends it took. */
  async function detailed(): Promise<{ readonly text: string; readonly ok: boolean; readonly sends: number; readonly ms: number }> {
    const sentBefore = (await admin.stats(fake)).byPath[EXTENSIVE] ?? 0;
    const { value: result, ms } = await timed(() => session.call("get_detailed_gong_call_details", { call_ids: callIds }));
    const sends = ((await admin.stats(fake)).byPath[EXTENSIVE] ?? 0) - sentBefore;
    const ok = result.isError !== true && (result.structuredContent as { calls: unknown[] }).calls.length === callIds.length;
    return { text: textOf(result), ok, sends, ms };
  }

  test("a 429 with Retry-After: 1 is waited out and the call succeeds", async () => {
    await admin.faults(fake, { kind: "status", status: 429, retryAfter: 1, pathPrefix: EXTENSIVE });
    const read = await detailed();
    expect(read.ok, read.text).toBe(true);
    expect(read.sends).toBe(2);
    expect(read.ms).toBeGreaterThanOrEqual(1_000);
  });

  test("two 500s, then an answer: the read is retried and succeeds", async () => {
    await admin.faults(fake, { kind: "status", status: 500, count: 2, pathPrefix: EXTENSIVE });
    const read = await detailed();
    expect(read.ok, read.text).toBe(true);
    expect(read.sends).toBe(3);
  });

  test("a lasting 503: retried until the call's time is up, then upstream_error saying when to retry; the server keeps serving", async () => {
    await admin.faults(fake, { kind: "status", status: 503, count: 100_000, pathPrefix: EXTENSIVE });
    const failed = await detailed();
    expect(failed.ok).toBe(false);
    expect(failed.text).toMatch(/^upstream_error: .*503.*Try again in \d+ seconds\.$/);
    // Retried, and kept retrying until the deadline was near: how many sends fit depends on the jittered
    // backoff (full jitter, so 2 to 6 in 3 s), the time spent trying does not.
    expect(failed.sends).toBeGreaterThanOrEqual(2);
    // GONG_MCP_CALL_TIMEOUT_S=3: the answer comes within a second of the deadline, and not well before it.
    expect(failed.ms).toBeGreaterThanOrEqual(2_500);
    expect(failed.ms).toBeLessThan(4_000);

    await admin.clearFaults(fake);
    const next = await detailed();
    expect(next.ok, next.text).toBe(true);
    expect(next.sends).toBe(1);
  });

  test("malformed JSON twice: retried once, then upstream_error, and the next call is fine", async () => {
    await admin.faults(fake, { kind: "malformed", count: 2, pathPrefix: EXTENSIVE });
    const failed = await detailed();
    expect(failed.ok).toBe(false);
    expect(failed.text).toMatch(/^upstream_error: /);
    expect(failed.sends).toBe(2);

    const next = await detailed();
    expect(next.ok, next.text).toBe(true);
  });

  test("through all of the above, the fake's own limiter refused nothing: retries kept to the rate too", async () => {
    expect((await admin.stats(fake)).rateLimited).toBe(0);
  });
});

describe("a spent daily budget", () => {
  /** The next UTC midnight, when the budget resets. */
  const resetsAt = (): string => {
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    return midnight.toISOString();
  };

  test("spent by other processes today (usage.json at the limit): rate_limited with the reset time, and nothing reaches Gong", async () => {
    const fake = await startFake(scope);
    const env: CliEnv = { ...accessKeyEnv(fake, scope), GONG_MCP_DAILY_REQUEST_LIMIT: "50" };
    const usage = join(env.GONG_MCP_DATA_DIR ?? "", "usage.json");
    writeFileSync(usage, JSON.stringify({ day: new Date().toISOString().slice(0, 10), count: 50 }), { mode: 0o600 });
    const session = await startGongStdio(scope, USER, env);

    for (const tool of ["list_gong_calls", "gong_engage_flows_list"]) {
      const refused = await session.call(tool);
      expect(refused.isError).toBe(true);
      expect(textOf(refused)).toMatch(/^rate_limited: /);
      expect(textOf(refused)).toContain(resetsAt());
    }
    expect((await admin.stats(fake)).apiRequests).toBe(0);
    expect(JSON.parse(readFileSync(usage, "utf8"))).toMatchObject({ count: 50 });
  });

  test("GONG_MCP_DAILY_REQUEST_LIMIT=5: exactly 5 requests reach Gong, then rate_limited", async () => {
    const fake = await startFake(scope);
    const env: CliEnv = { ...accessKeyEnv(fake, scope), GONG_MCP_DAILY_REQUEST_LIMIT: "5" };
    const session = await startGongStdio(scope, USER, env);

    // The cold directory load alone needs more than 5 requests.
    const refused = await session.call("list_gong_calls");
    expect(textOf(refused)).toMatch(/^rate_limited: .*resets at /);
    expect(textOf(refused)).toContain(resetsAt());
    expect((await admin.stats(fake)).apiRequests).toBe(5);

    expect(textOf(await session.call("gong_engage_flows_list"))).toMatch(/^rate_limited: /);
    expect((await admin.stats(fake)).apiRequests).toBe(5);
    expect(JSON.parse(readFileSync(join(env.GONG_MCP_DATA_DIR ?? "", "usage.json"), "utf8"))).toMatchObject({ count: 5 });
  });
});
