import { isLoopbackHost } from "../adapters/oauth/endpoint-url.js";
import type { JwtKeys } from "../adapters/identity/jwt-identity-verifier.js";
import { parseCallerClaim, type CallerClaim } from "../domain/caller-claim.js";
import { err, ok, type Result } from "../domain/result.js";
import { readBackend, readLogLevel, type Backend, type BackendFlags } from "./config.js";
import { readCallTimeoutMs } from "./call-timeout.js";
import { clip, setting, wholeSetting, type Env } from "./env.js";
import type { LogLevel } from "../adapters/pino-logger.js";

export interface HttpFlags extends BackendFlags {
  readonly host?: string | undefined;
  readonly port?: string | undefined;
  readonly auth?: string | undefined;
  readonly readOnly?: boolean | undefined;
}

export type HttpAuthConfig =
  | { readonly mode: "none"; /** Without X-Gong-User-Id: the demo user or GONG_MCP_USER_ID, else the header is required. */ readonly defaultCaller: CallerClaim | null }
  | {
      readonly mode: "jwt";
      readonly keys: JwtKeys;
      readonly issuer: string | null;
      /** GONG_MCP_JWT_AUDIENCE; when null the resource is the audience (always with JWKS, with a public URL for HS256). */
      readonly audience: string | null;
      readonly userClaim: string;
    };

export interface HttpConfig {
  readonly host: string;
  readonly port: number;
  readonly auth: HttpAuthConfig;
  /** GONG_MCP_PUBLIC_URL without a trailing slash, or null: the resource is then this server's own address. */
  readonly publicUrl: string | null;
  /** Host names a request may address (DNS rebinding); null: any (a public host without an allow-list). */
  readonly allowedHosts: readonly string[] | null;
  /** Origins a browser request may come from, besides the allowed hosts' own. */
  readonly allowedOrigins: readonly string[];
  readonly maxSessions: number;
  readonly maxSessionsPerUser: number;
  readonly sessionIdleMs: number;
  readonly maxBodyBytes: number;
  readonly backend: Backend;
  readonly logLevel: LogLevel;
  readonly callTimeoutMs: number;
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
const CLAIM_NAME = /^[A-Za-z0-9_:./-]{1,100}$/;

/**
 * `gong-mcp http`'s configuration from flags and environment (contract sections 1–3). Every error is one
 * line naming the flag or variable and what it expects; `none` auth is refused off loopback.
 */
export function readHttpConfig(flags: HttpFlags, env: Env, demoUserId: string): Result<HttpConfig, string> {
  const logLevel = readLogLevel(env);
  if (!logLevel.ok) return logLevel;
  const backend = readBackend(flags, env);
  if (!backend.ok) return backend;
  const host = pick(flags.host, "--host", env, "GONG_MCP_HOST") ?? { value: "127.0.0.1", source: "GONG_MCP_HOST" };
  const port = readPort(pick(flags.port, "--port", env, "GONG_MCP_PORT"));
  if (!port.ok) return port;
  const loopback = isLoopbackHost(bracketed(host.value.toLowerCase()));
  const publicUrl = readPublicUrl(env);
  if (!publicUrl.ok) return publicUrl;
  const demo = backend.value.kind === "fake" && backend.value.dataFile === null;
  const auth = readAuth(flags, env, { loopback, host: host.value, demoUserId: demo ? demoUserId : null });
  if (!auth.ok) return auth;
  const numbers = readNumbers(env);
  if (!numbers.ok) return numbers;
  const listed = list(env.GONG_MCP_ALLOWED_HOSTS).map((name) => name.toLowerCase());
  const publicHost = publicUrl.value === null ? [] : [new URL(publicUrl.value).hostname];
  const allowedHosts = loopback ? [...LOOPBACK_NAMES, ...listed, ...publicHost] : listed.length > 0 ? [...listed, ...publicHost] : null;
  const origins = readOrigins(env);
  if (!origins.ok) return origins;
  const callTimeoutMs = readCallTimeoutMs(env);
  if (!callTimeoutMs.ok) return callTimeoutMs;
  return ok({
    host: host.value,
    port: port.value,
    auth: auth.value,
    publicUrl: publicUrl.value,
    allowedHosts,
    allowedOrigins: [...origins.value, ...(publicUrl.value === null ? [] : [new URL(publicUrl.value).origin])],
    ...numbers.value,
    backend: backend.value,
    logLevel: logLevel.value,
    callTimeoutMs: callTimeoutMs.value,
  });
}

interface AuthContext {
  readonly loopback: boolean;
  readonly host: string;
  readonly demoUserId: string | null;
}

function readAuth(flags: HttpFlags, env: Env, context: AuthContext): Result<HttpAuthConfig, string> {
  const mode = pick(flags.auth, "--auth", env, "GONG_MCP_AUTH") ?? { value: "jwt", source: "GONG_MCP_AUTH" };
  if (mode.value === "none") {
    if (!context.loopback) {
      return err(`${mode.source}: none is allowed only on a loopback address (127.0.0.1, ::1, localhost), not on ${context.host}; set GONG_MCP_JWT_SECRET or GONG_MCP_JWKS_URL and use jwt`);
    }
    const fallback = setting(env.GONG_MCP_USER_ID) ?? context.demoUserId;
    const defaultCaller = fallback === null ? null : parseCallerClaim(fallback);
    if (fallback !== null && defaultCaller === null) return err(`GONG_MCP_USER_ID: expected a Gong user id (1 to 20 digits) or an email address`);
    return ok({ mode: "none", defaultCaller });
  }
  if (mode.value !== "jwt") return err(`${mode.source}: expected jwt or none, got "${clip(mode.value)}"`);
  const secret = setting(env.GONG_MCP_JWT_SECRET);
  const jwks = setting(env.GONG_MCP_JWKS_URL);
  if (secret !== undefined && jwks !== undefined) return err("GONG_MCP_JWT_SECRET: set it or GONG_MCP_JWKS_URL, not both");
  let keys: JwtKeys;
  if (secret !== undefined) keys = { kind: "secret", secret };
  else if (jwks !== undefined) {
    const url = readUrl("GONG_MCP_JWKS_URL", jwks);
    if (!url.ok) return url;
    keys = { kind: "jwks", url: new URL(url.value) };
  } else {
    return err(
      "GONG_MCP_JWT_SECRET: expected the HS256 secret that signs request tokens, or GONG_MCP_JWKS_URL for an identity provider's keys " +
        "(or GONG_MCP_AUTH=none on a loopback address, for trying it out)",
    );
  }
  const userClaim = setting(env.GONG_MCP_JWT_USER_CLAIM) ?? "gong_user_id";
  if (!CLAIM_NAME.test(userClaim)) return err(`GONG_MCP_JWT_USER_CLAIM: expected a claim name such as gong_user_id or email, got "${clip(userClaim)}"`);
  return ok({ mode: "jwt", keys, issuer: setting(env.GONG_MCP_JWT_ISSUER) ?? null, audience: setting(env.GONG_MCP_JWT_AUDIENCE) ?? null, userClaim });
}

function readNumbers(env: Env): Result<Pick<HttpConfig, "maxSessions" | "maxSessionsPerUser" | "sessionIdleMs" | "maxBodyBytes">, string> {
  const maxSessions = wholeSetting(env, "GONG_MCP_MAX_SESSIONS", 1000, 1, 100_000);
  if (!maxSessions.ok) return maxSessions;
  const perUser = wholeSetting(env, "GONG_MCP_MAX_SESSIONS_PER_USER", 10, 1, 10_000);
  if (!perUser.ok) return perUser;
  const idle = wholeSetting(env, "GONG_MCP_SESSION_IDLE_S", 1800, 1, 7 * 86_400);
  if (!idle.ok) return idle;
  const body = wholeSetting(env, "GONG_MCP_MAX_BODY_BYTES", 1024 * 1024, 1024, 64 * 1024 * 1024);
  if (!body.ok) return body;
  return ok({ maxSessions: maxSessions.value, maxSessionsPerUser: perUser.value, sessionIdleMs: idle.value * 1000, maxBodyBytes: body.value });
}

function readPort(raw: { value: string; source: string } | undefined): Result<number, string> {
  if (raw === undefined) return ok(3000);
  const port = Number(raw.value);
  return /^\d{1,5}$/.test(raw.value) && port <= 65535 ? ok(port) : err(`${raw.source}: expected a port from 0 to 65535 (0 picks a free one), got "${clip(raw.value)}"`);
}

function readPublicUrl(env: Env): Result<string | null, string> {
  const raw = setting(env.GONG_MCP_PUBLIC_URL);
  if (raw === undefined) return ok(null);
  const url = readUrl("GONG_MCP_PUBLIC_URL", raw);
  if (!url.ok) return url;
  const parsed = new URL(url.value);
  if (parsed.search !== "") return err("GONG_MCP_PUBLIC_URL: expected a base URL such as https://gong-mcp.example.com, without a query");
  return ok(url.value.replace(/\/+$/, ""));
}

function readOrigins(env: Env): Result<string[], string> {
  const origins: string[] = [];
  for (const entry of list(env.GONG_MCP_ALLOWED_ORIGINS)) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      return err(`GONG_MCP_ALLOWED_ORIGINS: expected origins such as https://app.example.com, separated by commas; "${clip(entry)}" is not one`);
    }
    // A non-web URL's origin is the string "null": allowing it would let sandboxed and file: pages in.
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      return err(`GONG_MCP_ALLOWED_ORIGINS: expected http or https origins such as https://app.example.com; "${clip(entry)}" is not one`);
    }
    origins.push(url.origin);
  }
  return ok(origins);
}

/** https, or http on a loopback host; no credentials or fragment. */
function readUrl(variable: string, raw: string): Result<string, string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(`${variable}: expected an absolute URL such as https://example.com`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    return err(`${variable}: expected an https URL (plain http only on a loopback address)`);
  }
  if (url.username !== "" || url.password !== "" || url.hash !== "") return err(`${variable}: expected a URL without credentials or fragment`);
  return ok(url.href);
}

/** A flag wins over its variable; blank counts as unset. */
function pick(flag: string | undefined, flagName: string, env: Env, variable: string): { value: string; source: string } | undefined {
  if (flag !== undefined) return { value: flag.trim(), source: flagName };
  const value = setting(env[variable]);
  return value === undefined ? undefined : { value, source: variable };
}

function list(raw: string | undefined): string[] {
  return (raw ?? "").split(",").map((part) => part.trim()).filter((part) => part !== "");
}

/** An IPv6 literal as URL hostnames spell it. */
function bracketed(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

