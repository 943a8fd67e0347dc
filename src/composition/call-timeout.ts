import { ok, type Result } from "../domain/result.js";
import { wholeSetting, type Env } from "./env.js";

/** GONG_MCP_CALL_TIMEOUT_S in ms: how long one tool call may take, waiting included (default 50 s). */
export function readCallTimeoutMs(env: Env): Result<number, string> {
  const seconds = wholeSetting(env, "GONG_MCP_CALL_TIMEOUT_S", 50, 1, 3600, " of seconds");
  return seconds.ok ? ok(seconds.value * 1000) : seconds;
}
