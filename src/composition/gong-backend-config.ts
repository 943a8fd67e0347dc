import { existsSync } from "node:fs";
import { join } from "node:path";
import type { EncryptionKey } from "../adapters/credentials/encryption-key.js";
import { parseEncryptionKey } from "../adapters/credentials/encryption-key.js";
import { parseOAuthConfig, type OAuthConfig } from "../adapters/oauth/oauth-config.js";
import { err, ok, type Result } from "../domain/result.js";
import { wholeSetting, type Env } from "./env.js";
import { readCallTimeoutMs } from "./call-timeout.js";
import { readDataDir } from "./connection-config.js";

/** Everything the real-Gong backend is built from. Holds secrets: never log it. */
export interface GongBackendConfig {
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly accessKey: { readonly key: string; readonly secret: string } | null;
  readonly oauth: OAuthConfig | null;
  /** Null when no OAuth connection can be stored or read (no key given and none needed). */
  readonly encryptionKey: EncryptionKey | null;
  readonly requestsPerSecond: number;
  readonly dailyRequestLimit: number;
  /** GONG_MCP_CALL_TIMEOUT_S in ms: the deadline of Gong work outside a tool call (start-up, status). */
  readonly callTimeoutMs: number;
}

export const CONNECTION_FILE = "connection.json";

/** Is an OAuth connection stored in this data dir (contract section 1: a stored credential selects `gong`)? */
export function hasStoredConnection(env: Env): boolean {
  return existsSync(join(readDataDir(env), CONNECTION_FILE));
}

/**
 * Reads the real backend's settings (contract section 2). Each error is one line naming the variable and
 * what it expects. The encryption key is required whenever OAuth tokens may be stored or must be read.
 */
export function readGongBackendConfig(env: Env): Result<GongBackendConfig, string> {
  const baseUrl = readBaseUrl(env.GONG_BASE_URL);
  if (!baseUrl.ok) return baseUrl;
  const rps = wholeSetting(env, "GONG_MCP_RATE_LIMIT_RPS", 3, 1, 1_000);
  if (!rps.ok) return rps;
  const daily = wholeSetting(env, "GONG_MCP_DAILY_REQUEST_LIMIT", 10_000, 1, 100_000_000);
  if (!daily.ok) return daily;
  const callTimeout = readCallTimeoutMs(env);
  if (!callTimeout.ok) return callTimeout;
  const oauth = parseOAuthConfig(env);
  if (!oauth.ok) return oauth;
  const key = env.GONG_ACCESS_KEY?.trim() ?? "";
  const secret = env.GONG_ACCESS_KEY_SECRET?.trim() ?? "";
  if ((key === "") !== (secret === "")) {
    const missing = key === "" ? "GONG_ACCESS_KEY" : "GONG_ACCESS_KEY_SECRET";
    return err(`${missing}: expected it together with ${missing === "GONG_ACCESS_KEY" ? "GONG_ACCESS_KEY_SECRET" : "GONG_ACCESS_KEY"}; it is not set`);
  }
  const dataDir = readDataDir(env);
  const needsKey = oauth.value !== null || hasStoredConnection(env);
  const rawKey = env.GONG_MCP_ENCRYPTION_KEY?.trim() ?? "";
  let encryptionKey: EncryptionKey | null = null;
  if (rawKey !== "" || needsKey) {
    const parsed = parseEncryptionKey(env.GONG_MCP_ENCRYPTION_KEY);
    if (!parsed.ok) return parsed;
    encryptionKey = parsed.value;
  }
  return ok({
    baseUrl: baseUrl.value,
    dataDir,
    accessKey: key === "" ? null : { key, secret },
    oauth: oauth.value,
    encryptionKey,
    requestsPerSecond: rps.value,
    dailyRequestLimit: daily.value,
    callTimeoutMs: callTimeout.value,
  });
}

/** https, or http on a loopback host (a local fake Gong); no path beyond `/`, no credentials in it. */
function readBaseUrl(raw: string | undefined): Result<string, string> {
  const value = raw?.trim() || "https://api.gong.io";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return err("GONG_BASE_URL: expected a URL such as https://api.gong.io or https://us-12345.api.gong.io");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    return err("GONG_BASE_URL: expected an https URL (plain http only on a loopback address, for a local fake Gong)");
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    return err("GONG_BASE_URL: expected a bare base URL, without credentials, query or fragment");
  }
  return ok(url.origin + url.pathname.replace(/\/+$/, ""));
}

