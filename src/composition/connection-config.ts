import { randomBytes } from "node:crypto";
import { defaultDataDir } from "../adapters/credentials/default-data-dir.js";
import { EncryptedFileCredentialStore } from "../adapters/credentials/encrypted-file-credential-store.js";
import { EncryptionKey, parseEncryptionKey } from "../adapters/credentials/encryption-key.js";
import { AccessKeyCredentials } from "../adapters/oauth/access-key-credentials.js";
import type { ConnectionSources } from "../application/connection/connection-status.js";
import { parseOAuthConfig, type OAuthConfig } from "../adapters/oauth/oauth-config.js";
import { err, ok, type Result } from "../domain/result.js";
import type { Env } from "./env.js";

/** What `gong-mcp connect` works with, or the fact that only an access key is configured. */
export type ConnectSetup =
  | { readonly kind: "oauth"; readonly oauth: OAuthConfig; readonly store: EncryptedFileCredentialStore }
  | { readonly kind: "access_key_only" };

/** What `gong-mcp status` reads. `store` is null without GONG_MCP_ENCRYPTION_KEY. */
export interface StatusSetup {
  readonly sources: ConnectionSources;
  /** Where the connection file lives, whether or not it can be opened. */
  readonly storePath: string;
}

/** GONG_MCP_DATA_DIR, else the per-user data directory (defaultDataDir reads the variable itself). */
export function readDataDir(env: Env): string {
  return defaultDataDir(env);
}

/**
 * The store for `disconnect`, which needs no GONG_MCP_ENCRYPTION_KEY: `clear()` deletes the file (under
 * the lock) without opening it, so the store gets a random key that can decrypt nothing.
 */
export function keylessStore(env: Env): EncryptedFileCredentialStore {
  return storeWith(readDataDir(env), null);
}

/**
 * `connect` needs a complete OAuth app (GONG_OAUTH_*) and GONG_MCP_ENCRYPTION_KEY to seal the tokens.
 * Without any OAuth variable but with an access key, there is nothing to connect; with neither, the
 * error names the first variable to set. Every error is one line naming a variable.
 */
export function readConnectSetup(env: Env): Result<ConnectSetup, string> {
  const oauth = parseOAuthConfig(env);
  if (!oauth.ok) return oauth;
  if (oauth.value === null) {
    const accessKey = readAccessKeyConfigured(env);
    if (!accessKey.ok) return accessKey;
    if (accessKey.value) return ok({ kind: "access_key_only" });
    return err(
      "GONG_OAUTH_CLIENT_ID is not set: connect needs a Gong OAuth app (GONG_OAUTH_CLIENT_ID, GONG_OAUTH_CLIENT_SECRET and " +
        "GONG_OAUTH_REDIRECT_URI on this machine), or set GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET, which need no connect",
    );
  }
  const key = parseEncryptionKey(env.GONG_MCP_ENCRYPTION_KEY);
  if (!key.ok) return key;
  return ok({ kind: "oauth", oauth: oauth.value, store: storeWith(readDataDir(env), key.value) });
}

/**
 * `status` needs no OAuth app and no key: without a key nothing stored can be read, which is what a
 * server started with the same environment would see. A key that is set but malformed is an error.
 */
export function readStatusSetup(env: Env): Result<StatusSetup, string> {
  const accessKey = readAccessKeyConfigured(env);
  if (!accessKey.ok) return accessKey;
  const raw = env.GONG_MCP_ENCRYPTION_KEY;
  const dataDir = readDataDir(env);
  if (raw === undefined || raw.trim() === "") {
    return ok({ sources: { store: null, accessKeyConfigured: accessKey.value }, storePath: storeWith(dataDir, null).path });
  }
  const key = parseEncryptionKey(raw);
  if (!key.ok) return key;
  const store = storeWith(dataDir, key.value);
  return ok({ sources: { store, accessKeyConfigured: accessKey.value }, storePath: store.path });
}

/** Both halves of the access key, neither, or one line naming the missing half. */
function readAccessKeyConfigured(env: Env): Result<boolean, string> {
  // The base URL only matters for requests, which status and connect never send.
  const credentials = AccessKeyCredentials.fromEnv(env, "https://api.gong.io");
  return credentials.ok ? ok(credentials.value !== null) : credentials;
}

function storeWith(dataDir: string, key: EncryptionKey | null): EncryptedFileCredentialStore {
  return new EncryptedFileCredentialStore({ dataDir, key: key ?? new EncryptionKey(randomBytes(32)) });
}
