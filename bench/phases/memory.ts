import type { FakeGong } from "../lib/fake.js";
import { CLI, httpSession, memoryOf, sleep, spawnNode, stdioSession, type Memory, type Session } from "../lib/proc.js";
import { USERS } from "../lib/workspace.js";

export const MANY_CALLS = 1_000;
export const SESSIONS = 100;
/** Calls in flight at once on one connection (gong-mcp takes 16 per connection). */
const IN_FLIGHT = 8;
/** Idle means after start-up and one tools/list, left alone this long. */
const SETTLE_MS = 1_000;

const round = (memory: Memory): Memory => ({ rssMb: Math.round(memory.rssMb * 10) / 10, hwmMb: Math.round(memory.hwmMb * 10) / 10 });

export interface StdioMemory {
  readonly idle: Memory;
  readonly afterCalls: Memory;
  readonly errors: number;
  readonly requests: number;
}

export interface HttpMemory {
  readonly idle: Memory;
  readonly withSessions: Memory;
  readonly errors: number;
}

export interface MemoryResult {
  readonly gongStdio: StdioMemory;
  readonly gongStdioDemoIdle: Memory;
  readonly bareStdio: StdioMemory;
  readonly gongHttp: HttpMemory;
  readonly bareHttp: HttpMemory;
  /** What the MANY_CALLS gong-mcp calls were, in turn. */
  readonly mix: readonly string[];
}

async function manyCalls(session: Session, calls: readonly { name: string; args: Record<string, unknown> }[]): Promise<number> {
  let errors = 0;
  for (let i = 0; i < MANY_CALLS; i += IN_FLIGHT) {
    const batch = Array.from({ length: Math.min(IN_FLIGHT, MANY_CALLS - i) }, (_, j) => calls[(i + j) % calls.length] ?? { name: "", args: {} });
    const results = await Promise.all(batch.map((call) => session.call(call.name, call.args)));
    errors += results.filter((result) => result.isError === true).length;
  }
  return errors;
}

async function stdioMemory(session: Session, calls: readonly { name: string; args: Record<string, unknown> }[], fake?: FakeGong): Promise<StdioMemory> {
  const pid = session.pid ?? -1;
  await session.client.listTools();
  await sleep(SETTLE_MS);
  const idle = round(memoryOf(pid));
  const work = () => manyCalls(session, calls);
  const { value: errors, delta } = fake === undefined ? { value: await work(), delta: { requests: 0 } } : await fake.measure(work);
  return { idle, afterCalls: round(memoryOf(pid)), errors, requests: delta.requests };
}

async function httpMemory(args: readonly string[], env: Record<string, string>, userIds: readonly string[], call: { name: string; args: Record<string, unknown> }): Promise<HttpMemory> {
  const server = spawnNode(args, env);
  const sessions: Session[] = [];
  try {
    const [, url = ""] = await server.line(/listening on (http:\/\/[^\s)]+)/);
    const mcpUrl = `${url.replace(/\/$/, "")}/mcp`;
    await sleep(SETTLE_MS);
    const idle = round(memoryOf(server.pid));
    let errors = 0;
    for (let i = 0; i < SESSIONS; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, j) => {
          const session = await httpSession(mcpUrl, { "X-Gong-User-Id": userIds[(i + j) % userIds.length] ?? "" });
          sessions.push(session);
          await session.client.listTools();
          if ((await session.call(call.name, call.args)).isError === true) errors += 1;
        }),
      );
    }
    await sleep(SETTLE_MS);
    return { idle, withSessions: round(memoryOf(server.pid)), errors };
  } finally {
    await Promise.allSettled(sessions.map((session) => session.close()));
    await server.stop();
  }
}

/**
 * Resident memory (VmRSS, and the peak VmHWM) of the server process: idle after start, after MANY_CALLS tool
 * calls over stdio, and with SESSIONS open Streamable HTTP sessions, each initialized and having listed the
 * tools and made one call; the bare SDK server goes through the same steps with its echo tool.
 */
export async function measureMemory(
  bareJs: string,
  fake: FakeGong,
  dirs: { stdio: string; demo: string; http: string },
  activeUsers: readonly string[],
  callId: string,
  window: { from: string; to: string },
): Promise<MemoryResult> {
  // Calls the cache answers once warm, so that 1,000 of them fit in Gong's 3 requests/second.
  const gongCalls = [
    { name: "get_gong_user_details", args: {} },
    { name: "get_gong_call_details", args: { call_id: callId } },
    { name: "list_gong_calls", args: { limit: 10, from_date_time: window.from, to_date_time: window.to } },
  ];
  const echo = { name: "echo", args: { text: "hello" } };

  await fake.settle();
  const gongSession = await stdioSession([CLI, "stdio", "--user-id", USERS.manager], fake.env(dirs.stdio));
  let gongStdio: StdioMemory;
  try {
    gongStdio = await stdioMemory(gongSession, gongCalls, fake);
  } finally {
    await gongSession.close();
  }

  const demoSession = await stdioSession([CLI, "stdio", "--user-id", USERS.manager], { HOME: dirs.demo, GONG_MCP_DATA_DIR: dirs.demo });
  let gongStdioDemoIdle: Memory;
  try {
    await demoSession.client.listTools();
    await sleep(SETTLE_MS);
    gongStdioDemoIdle = round(memoryOf(demoSession.pid ?? -1));
  } finally {
    await demoSession.close();
  }

  const bareSession = await stdioSession([bareJs, "stdio"], {});
  let bareStdio: StdioMemory;
  try {
    bareStdio = await stdioMemory(bareSession, [echo]);
  } finally {
    await bareSession.close();
  }

  await fake.settle();
  const gongHttp = await httpMemory([CLI, "http", "--auth", "none", "--port", "0"], fake.env(dirs.http), activeUsers, { name: "get_gong_user_details", args: {} });
  const bareHttp = await httpMemory([bareJs, "http"], {}, activeUsers, echo);
  return { gongStdio, gongStdioDemoIdle, bareStdio, gongHttp, bareHttp, mix: gongCalls.map((call) => call.name) };
}
