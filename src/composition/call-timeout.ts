import { err, ok, type Result } from "../domain/result.js";
import type { Env } from "./env.js";

/** GONG_MCP_CALL_TIMEOUT_S in ms: how long one tool call may take, waiting included (default 50 s). */
export function readCallTimeoutMs(env: Env): Result<number, string> {
  const raw = env.GONG_MCP_CALL_TIMEOUT_S?.trim();
  if (raw === undefined || raw === "") return ok(50_000);
  const seconds = Number(raw);
  return /^\d+$/.test(raw) && seconds >= 1 && seconds <= 3600
    ? ok(seconds * 1000)
    : err(`GONG_MCP_CALL_TIMEOUT_S: expected a whole number of seconds from 1 to 3600, got "${raw.slice(0, 20)}"`);
}
