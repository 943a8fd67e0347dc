import { err, ok, type Result } from "../domain/result.js";
import { DEFAULT_CALL_LIMITS } from "../transports/mcp/call-admission.js";
import type { Env } from "./env.js";

/** GONG_MCP_MAX_CALLS_PER_CONNECTION and GONG_MCP_MAX_CALLS: tool calls at once, per connection and in all. */
export function readCallLimits(env: Env): Result<{ readonly perConnection: number; readonly perProcess: number }, string> {
  const perConnection = whole(env, "GONG_MCP_MAX_CALLS_PER_CONNECTION", DEFAULT_CALL_LIMITS.perConnection);
  if (!perConnection.ok) return perConnection;
  const perProcess = whole(env, "GONG_MCP_MAX_CALLS", DEFAULT_CALL_LIMITS.perProcess);
  if (!perProcess.ok) return perProcess;
  return ok({ perConnection: perConnection.value, perProcess: perProcess.value });
}

function whole(env: Env, name: string, fallback: number): Result<number, string> {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return ok(fallback);
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= 1 && value <= 100_000 ? ok(value) : err(`${name}: expected a whole number from 1 to 100000, got "${raw.slice(0, 20)}"`);
}
