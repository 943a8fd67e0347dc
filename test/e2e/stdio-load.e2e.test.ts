import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { CLI, ROOT } from "./built-cli.js";
import { ensureFreshBuild } from "./cli-process.js";
import { accessKeyEnv, admin, startFake, startGongStdio, useScope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();
const FLOOD = 20_000;

/** Peak resident memory of a process, in MB (Linux). */
const peakMb = (pid: number): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? "0") / 1024;

describe("bounded under load", () => {
  // Before: 20,000 requests pipelined over stdio pushed memory to 3 GB, nothing bounding the queue.
  test(`${FLOOD} tool calls pipelined over stdio against a slow Gong: the excess is refused at once, memory stays bounded`, { timeout: 120_000 }, async () => {
    const fake = await startFake(scope);
    await admin.faults(fake, { kind: "latency", ms: 3_000, count: 1_000_000 });
    const child = spawn(process.execPath, [CLI, "stdio", "--user-id", DEMO_USERS.rep_own], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", ...accessKeyEnv(fake, scope), GONG_MCP_LOG_LEVEL: "error", GONG_MCP_CALL_TIMEOUT_S: "10" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    scope.defer(() => child.kill("SIGKILL"));
    const answers = new Map<number, string>();
    let buffered = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const message = JSON.parse(line) as { id?: number; result?: { content?: { text?: string }[] } };
        if (typeof message.id === "number") answers.set(message.id, message.result?.content?.[0]?.text ?? "");
      }
    });
    const send = (message: object): boolean => child.stdin.write(`${JSON.stringify(message)}\n`);
    send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "flood", version: "1" } } });
    send({ jsonrpc: "2.0", method: "notifications/initialized" });
    let batch = "";
    for (let id = 1; id <= FLOOD; id += 1) batch += `${JSON.stringify({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "get_gong_user_details", arguments: {} } })}\n`;
    child.stdin.write(batch);
    // A ping pipelined behind the flood is answered without waiting for Gong.
    send({ jsonrpc: "2.0", id: FLOOD + 1, method: "ping" });
    const started = Date.now();
    while (!answers.has(FLOOD + 1) && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answers.has(FLOOD + 1)).toBe(true);
    while (answers.size < FLOOD + 2 && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = [...answers.values()].filter((text) => text.startsWith("rate_limited: this connection already has")).length;
    expect(answers.size).toBe(FLOOD + 2);
    expect(refused).toBeGreaterThanOrEqual(FLOOD - 100);
    const peak = peakMb(child.pid ?? 0);
    console.log(`pipelined flood: ${refused} of ${FLOOD} refused at once; peak resident memory ${peak.toFixed(0)} MB`);
    expect(peak).toBeLessThan(400);
  });
});

describe("one rate limit per company", () => {
  // Before: N processes sharing an org connection each allowed the full rate, N times Gong's company-wide limit.
  test("three stdio processes on one data dir, asked at once, stay inside Gong's per-second limit together", { timeout: 90_000 }, async () => {
    const fake = await startFake(scope, { requestsPerSecond: 5 });
    const env = { ...accessKeyEnv(fake, scope), GONG_MCP_RATE_LIMIT_RPS: "5" };
    const sessions = await Promise.all([DEMO_USERS.rep_own, DEMO_USERS.manager_report_to_them, DEMO_USERS.admin_all].map((user) => startGongStdio(scope, user, env)));
    const answers = await Promise.all(sessions.map((session) => session.call("list_gong_calls", { limit: 5 })));
    for (const answer of answers) expect(answer.isError, JSON.stringify(answer.content)).not.toBe(true);
    const stats = await admin.stats(fake);
    expect(stats.apiRequests).toBeGreaterThan(20);
    expect(stats.rateLimited).toBe(0);
  });
});
