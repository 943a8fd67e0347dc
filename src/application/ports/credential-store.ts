import type { DomainError } from "../../domain/errors.js";
import type { Result } from "../../domain/result.js";

/** The org-level Gong connection, as stored. Secrets live only here and in the store's encrypted file. */
export type StoredConnection =
  | {
      readonly method: "oauth";
      readonly accessToken: string;
      /** Null once Gong has refused it (invalid_grant): a dead refresh token is never sent again. */
      readonly refreshToken: string | null;
      /** Epoch milliseconds. */
      readonly expiresAt: number;
      /** Epoch milliseconds when the access token was issued: refresh when <10% of its life remains. */
      readonly issuedAt: number;
      readonly scopes: readonly string[];
      /** Gong's `api_base_url_for_customer`. */
      readonly apiBaseUrl: string | null;
    };

/**
 * The stored connection exists but cannot be used as it is. The message names the file and the remedy and
 * never holds a key or a token. `ForeignKey`: encrypted with another GONG_MCP_ENCRYPTION_KEY. `Corrupt`:
 * damaged or tampered with. `UnsupportedVersion`: written by a newer format. `Locked`: another process held
 * the lock for too long. Nothing is overwritten while the file is foreign or corrupt; `clear()` discards it.
 */
export class CredentialStoreError extends Error {
  readonly _tag = "CredentialStoreError";
  constructor(
    readonly reason: "ForeignKey" | "Corrupt" | "UnsupportedVersion" | "Locked",
    message: string,
  ) {
    super(message);
    this.name = "CredentialStoreError";
  }
}

export function isCredentialStoreError(value: unknown): value is CredentialStoreError {
  return value instanceof CredentialStoreError;
}

/**
 * Where the one org connection is kept. Shared by every process using the same data dir: reads see another
 * process's latest write, and `update` runs its function under a cross-process lock. `read`, `write` and
 * `update` reject with CredentialStoreError when the stored file is foreign or corrupt.
 */
export interface CredentialStore {
  read(): Promise<StoredConnection | null>;
  /** Replaces the connection (a new connect), under the lock. */
  write(connection: StoredConnection): Promise<void>;
  /** Deletes the connection, whatever state the file is in (also the way out of a foreign or corrupt file). */
  clear(): Promise<void>;
  /**
   * Reads, lets `change` decide, writes what it returns (null: leave as is), all under one lock, and
   * resolves to what is stored afterwards. The write completes before this resolves.
   */
  update(change: (current: StoredConnection | null) => Promise<StoredConnection | null>): Promise<StoredConnection | null>;
  /**
   * Calls `onChange` within about two seconds after the stored connection changes, by this process or
   * another one (connect, refresh, disconnect). Returns a function that stops watching.
   */
  watch(onChange: () => void): () => void;
}

/** What one request to Gong needs: the `Authorization` header value and the API base URL. */
export interface GongAuthorization {
  readonly header: string;
  readonly baseUrl: string;
}

/** Hands out the org's credentials for each upstream request: OAuth tokens (refreshed as needed) or an access key. */
export interface OrgCredentials {
  /** Credentials for the next request; NotConnected when there are none. */
  current(): Promise<Result<GongAuthorization, DomainError>>;
  /** After Gong answered 401 to `failed`: fresh credentials if they can be had, else Unauthorized. */
  afterUnauthorized(failed: GongAuthorization): Promise<Result<GongAuthorization, DomainError>>;
}
