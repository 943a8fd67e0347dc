import { parseCallerClaim } from "../domain/caller-claim.js";
import { err, ok, type Result } from "../domain/result.js";
import { isLogLevel, LOG_LEVELS, type LogLevel } from "../adapters/pino-logger.js";
import { readCallTimeoutMs } from "./call-timeout.js";
import { hasStoredConnection } from "./gong-backend-config.js";

import { clip, setting, type Env } from "./env.js";

export type { Env } from "./env.js";

/** Which Gong the process talks to (contract section 1). */
export type Backend =
  | { readonly kind: "fake"; /** A dataset file, or null for the built-in demo workspace. */ readonly dataFile: string | null }
  | { readonly kind: "gong"; readonly credentials: "access_key" | "oauth" | "stored" };

/** The flags every serving command shares; each may also come from the environment. */
export interface BackendFlags {
  readonly backend?: string | undefined;
  readonly fakeData?: string | undefined;
}

export interface StdioFlags extends BackendFlags {
  readonly userId?: string | undefined;
  readonly readOnly?: boolean | undefined;
}

export interface StdioConfig {
  readonly userId: string;
  readonly backend: Backend;
  readonly logLevel: LogLevel;
  readonly callTimeoutMs: number;
}

/**
 * The stdio command's configuration from flags and environment. Every error is one line that names the flag
 * or variable and what it expects. A missing user id is reported after the backend is known, so the demo
 * can suggest one of its users (`demoUserId`).
 */
export function readStdioConfig(flags: StdioFlags, env: Env, demoUserId: string): Result<StdioConfig, string> {
  const logLevel = readLogLevel(env);
  if (!logLevel.ok) return logLevel;
  const backend = readBackend(flags, env);
  if (!backend.ok) return backend;
  const userId = readUserId(flags, env, backend.value.kind === "fake" && backend.value.dataFile === null ? demoUserId : undefined);
  if (!userId.ok) return userId;
  const callTimeoutMs = readCallTimeoutMs(env);
  if (!callTimeoutMs.ok) return callTimeoutMs;
  return ok({ userId: userId.value, backend: backend.value, logLevel: logLevel.value, callTimeoutMs: callTimeoutMs.value });
}

export function readLogLevel(env: Env): Result<LogLevel, string> {
  const level = setting(env.GONG_MCP_LOG_LEVEL)?.toLowerCase() ?? "info";
  return isLogLevel(level) ? ok(level) : err(`GONG_MCP_LOG_LEVEL: expected one of ${LOG_LEVELS.join(", ")}, got "${clip(level)}"`);
}

/**
 * `--backend` / GONG_MCP_BACKEND, else `gong` when a Gong credential is configured, else `fake`. A dataset
 * (`--fake-data` / GONG_MCP_FAKE_DATA) implies `fake` unless `gong` was asked for, which is then an error.
 */
export function readBackend(flags: BackendFlags, env: Env): Result<Backend, string> {
  const [source, asked] = flags.backend !== undefined ? ["--backend", flags.backend] : ["GONG_MCP_BACKEND", setting(env.GONG_MCP_BACKEND)];
  if (asked !== undefined && asked !== "gong" && asked !== "fake") return err(`${source}: expected gong or fake, got "${clip(asked)}"`);
  const [dataSource, dataFile] = flags.fakeData !== undefined ? ["--fake-data", flags.fakeData] : ["GONG_MCP_FAKE_DATA", setting(env.GONG_MCP_FAKE_DATA)];
  if (dataFile === "") return err(`${dataSource}: expected the path of a dataset file`);
  const credentials = configuredCredentials(env);
  if (!credentials.ok) return credentials;

  if (asked === "gong") {
    if (dataFile !== undefined) return err(`${dataSource}: a dataset is served by the fake backend only; drop it or use --backend fake`);
    if (credentials.value === null) {
      return err(`GONG_ACCESS_KEY: expected GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET (or a Gong OAuth app, GONG_OAUTH_CLIENT_ID and GONG_OAUTH_CLIENT_SECRET) for ${source} gong; none is set`);
    }
    return ok({ kind: "gong", credentials: credentials.value });
  }
  if (asked === "fake" || dataFile !== undefined || credentials.value === null) return ok({ kind: "fake", dataFile: dataFile ?? null });
  return ok({ kind: "gong", credentials: credentials.value });
}

/**
 * An access key needs both halves; any OAuth client variable counts as an OAuth app (its own reader checks
 * the rest); an OAuth connection stored in the data dir by `gong-mcp connect` counts too.
 */
function configuredCredentials(env: Env): Result<"access_key" | "oauth" | "stored" | null, string> {
  const key = setting(env.GONG_ACCESS_KEY);
  const secret = setting(env.GONG_ACCESS_KEY_SECRET);
  if (key !== undefined && secret === undefined) return err("GONG_ACCESS_KEY_SECRET: expected the secret that goes with GONG_ACCESS_KEY; it is not set");
  if (key === undefined && secret !== undefined) return err("GONG_ACCESS_KEY: expected the access key that goes with GONG_ACCESS_KEY_SECRET; it is not set");
  if (key !== undefined) return ok("access_key");
  if (setting(env.GONG_OAUTH_CLIENT_ID) !== undefined || setting(env.GONG_OAUTH_CLIENT_SECRET) !== undefined) return ok("oauth");
  return ok(hasStoredConnection(env) ? "stored" : null);
}

function readUserId(flags: StdioFlags, env: Env, demoUserId: string | undefined): Result<string, string> {
  const [source, userId] = flags.userId !== undefined ? ["--user-id", flags.userId] : ["GONG_MCP_USER_ID", setting(env.GONG_MCP_USER_ID)];
  if (userId === undefined) {
    const hint = demoUserId === undefined ? "" : ` (the demo workspace's default user is ${demoUserId})`;
    return err(`--user-id: expected the Gong user id to act for, or set GONG_MCP_USER_ID${hint}`);
  }
  // An email names the active Gong user with it (contract 5b), found when a call comes in.
  return parseCallerClaim(userId) !== null ? ok(userId) : err(`${source}: expected a Gong user id (a string of 1 to 20 digits) or an email address, got "${clip(userId)}"`);
}

