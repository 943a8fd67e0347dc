import type { CredentialStore, CredentialStoreError } from "../ports/credential-store.js";
import { isCredentialStoreError } from "../ports/credential-store.js";
import { err, ok, type Result } from "../../domain/result.js";

/** Contract 4's status object, as served by `GET /admin/gong/status` and `gong-mcp status`. Never a secret. */
export interface ConnectionStatus {
  readonly connected: boolean;
  readonly method: "oauth" | "access_key" | null;
  readonly expires_at: string | null;
  readonly scopes: readonly string[];
  /** Whether Gong accepted the credentials when asked just now (`gong-mcp status` asks; null: it could not tell). */
  readonly verified?: boolean | null;
  /** What is wrong and what to do, when something is. */
  readonly problem?: string;
}

export const RECONNECT = "an admin must connect Gong again (gong-mcp connect, or GET /admin/gong/connect)";

export interface ConnectionSources {
  /** Null when no encryption key is configured, so nothing can be stored. */
  readonly store: CredentialStore | null;
  readonly accessKeyConfigured: boolean;
}

/**
 * A stored OAuth connection wins over an access key from the environment: connecting is an explicit admin
 * act, and OrgCredentialsChain uses the same order. A file that cannot be opened is an error, not "disconnected".
 */
export async function connectionStatus(sources: ConnectionSources, now: () => number = Date.now): Promise<Result<ConnectionStatus, CredentialStoreError>> {
  try {
    const stored = sources.store === null ? null : await sources.store.read();
    if (stored !== null) {
      const status: ConnectionStatus = { connected: true, method: "oauth", expires_at: new Date(stored.expiresAt).toISOString(), scopes: [...stored.scopes] };
      if (stored.refreshToken !== null) return ok(status);
      // Gong refused the refresh token (invalid_grant): the access token works until it expires, then nothing does.
      const expired = stored.expiresAt <= now();
      return ok({ ...status, connected: !expired, problem: `Gong refused the refresh token${expired ? " and the access token has expired" : ""}: ${RECONNECT}` });
    }
  } catch (cause) {
    if (isCredentialStoreError(cause)) return err(cause);
    throw cause;
  }
  if (sources.accessKeyConfigured) return ok({ connected: true, method: "access_key", expires_at: null, scopes: [] });
  return ok({ connected: false, method: null, expires_at: null, scopes: [] });
}
