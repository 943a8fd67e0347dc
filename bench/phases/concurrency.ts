import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { FakeGong } from "../lib/fake.js";
import { CLI, httpSession, spawnNode, textOf, type Session } from "../lib/proc.js";
import { round, timed } from "../lib/stats.js";

export interface ConcurrencyResult {
  readonly users: number;
  readonly distinctUsers: number;
  readonly wallMs: number;
  readonly toolCalls: number;
  readonly callsPerSecond: number;
  readonly requests: number;
  readonly rateLimited: number;
  readonly byPath: Record<string, number>;
  /** Tool answers with isError, by code (not_found is expected for a user who may see no call). */
  readonly errors: Record<string, number>;
  /** Distinct call ids asked for with get_gong_call_details. */
  readonly detailIds: readonly string[];
}

const firstCallId = (result: CallToolResult): string | undefined => (result.structuredContent as { calls?: { id: string }[] } | undefined)?.calls?.[0]?.id;

/**
 * One `gong-mcp http` (fresh data dir, fake Gong at Gong's 3 requests/second) and `users` sessions at once,
 * each with its own X-Gong-User-Id (round robin over the active demo users), each calling list_gong_calls and
 * then get_gong_call_details on the first call it got (or `fallbackCallId` when it may see none). The wall time
 * runs from the first initialize to the last answer.
 */
export async function measureConcurrency(fake: FakeGong, activeUsers: readonly string[], users: number, fallbackCallId: string, dataDir: string): Promise<ConcurrencyResult> {
  await fake.settle();
  const server = spawnNode([CLI, "http", "--auth", "none", "--port", "0"], fake.env(dataDir));
  const sessions: Session[] = [];
  try {
    const [, url = ""] = await server.line(/listening on (http:\/\/[^\s)]+)/);
    const mcpUrl = `${url.replace(/\/$/, "")}/mcp`;
    const errors: Record<string, number> = {};
    const noteError = (result: CallToolResult): void => {
      if (result.isError !== true) return;
      const code = /^(\w+)/.exec(textOf(result))?.[1] ?? "error";
      errors[code] = (errors[code] ?? 0) + 1;
    };
    const who = Array.from({ length: users }, (_, i) => activeUsers[i % activeUsers.length] ?? "");
    const { value, delta } = await fake.measure(() =>
      timed(() =>
        Promise.all(
          who.map(async (userId) => {
            const session = await httpSession(mcpUrl, { "X-Gong-User-Id": userId });
            sessions.push(session);
            const listed = await session.call("list_gong_calls", { limit: 5 });
            noteError(listed);
            const callId = firstCallId(listed) ?? fallbackCallId;
            noteError(await session.call("get_gong_call_details", { call_id: callId }));
            return callId;
          }),
        ),
      ),
    );
    const toolCalls = users * 2;
    return {
      users,
      distinctUsers: new Set(who).size,
      wallMs: round(value.ms, 0),
      toolCalls,
      callsPerSecond: round(toolCalls / (value.ms / 1000), 2),
      requests: delta.requests,
      rateLimited: delta.rateLimited,
      byPath: delta.byPath,
      errors,
      detailIds: [...new Set(value.value)],
    };
  } finally {
    await Promise.allSettled(sessions.map((session) => session.close()));
    await server.stop();
  }
}
