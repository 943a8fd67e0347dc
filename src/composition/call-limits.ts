import { ok, type Result } from "../domain/result.js";
import { callLimits, DEFAULT_CALL_LIMITS, type CallLimits } from "../transports/mcp/call-admission.js";
import { wholeSetting, type Env } from "./env.js";
import { readReadOnly } from "./read-only-config.js";

/** What every serving command (stdio, http) takes alike about the tool calls it admits. */
export interface CallSettings {
  /** GONG_MCP_MAX_CALLS_PER_CONNECTION and GONG_MCP_MAX_CALLS, with one process-wide count shared by every session. */
  readonly limits: CallLimits;
  /** `--read-only` / GONG_MCP_READ_ONLY. */
  readonly readOnly: boolean;
}

export function readCallSettings(readOnlyFlag: boolean | undefined, env: Env): Result<CallSettings, string> {
  const perConnection = wholeSetting(env, "GONG_MCP_MAX_CALLS_PER_CONNECTION", DEFAULT_CALL_LIMITS.perConnection, 1, 100_000);
  if (!perConnection.ok) return perConnection;
  const perProcess = wholeSetting(env, "GONG_MCP_MAX_CALLS", DEFAULT_CALL_LIMITS.perProcess, 1, 100_000);
  if (!perProcess.ok) return perProcess;
  const readOnly = readReadOnly(readOnlyFlag, env);
  if (!readOnly.ok) return readOnly;
  return ok({ limits: callLimits(perConnection.value, perProcess.value), readOnly: readOnly.value });
}
