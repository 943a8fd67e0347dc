/** The org-level Gong connection, as stored. Secrets live only here and in the store's encrypted file. */
export type StoredConnection =
  | {
      readonly method: "oauth";
      readonly accessToken: string;
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
 * Where the one org connection is kept. Shared by every process using the same data dir: reads see another
 * process's latest write, and `update` runs its function under a cross-process lock.
 */
export interface CredentialStore {
  read(): Promise<StoredConnection | null>;
  write(connection: StoredConnection): Promise<void>;
  clear(): Promise<void>;
  /** Reads, lets `change` decide, writes what it returns (null: leave as is), all under one lock. */
  update(change: (current: StoredConnection | null) => Promise<StoredConnection | null>): Promise<StoredConnection | null>;
}
