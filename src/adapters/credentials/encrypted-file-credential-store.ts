import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { CredentialStoreError, type CredentialStore, type StoredConnection } from "../../application/ports/credential-store.js";
import type { Logger } from "../../application/ports/logger.js";
import { readFileIfExists, writeFileAtomic } from "./atomic-file.js";
import type { EncryptionKey } from "./encryption-key.js";
import { withFileLock, type FileLockOptions } from "./file-lock.js";
import { seal, unseal, type UnsealFailure } from "./sealed-envelope.js";
import { decodeConnection, encodeConnection } from "./stored-connection-codec.js";
import { pollForChanges } from "./poll-for-changes.js";

export interface EncryptedFileCredentialStoreOptions {
  readonly dataDir: string;
  readonly key: EncryptionKey;
  /** Default `connection.json`. */
  readonly fileName?: string;
  /** How often `watch` looks at the file (default 1000 ms). */
  readonly pollIntervalMs?: number;
  readonly lock?: Omit<FileLockOptions, "logger">;
  readonly logger?: Logger;
}

/**
 * The org connection in one AES-256-GCM encrypted file in the data dir (0600, dir 0700), replaced
 * atomically, changed only under a cross-process lock. A file it cannot open (another key, damaged, newer
 * format) is reported with CredentialStoreError and never overwritten, except by `clear()`.
 */
export class EncryptedFileCredentialStore implements CredentialStore {
  readonly path: string;
  readonly #options: EncryptedFileCredentialStoreOptions;
  // Decrypting is skipped while the file's bytes are the ones last opened (each write has a fresh IV).
  #cache: { readonly raw: string; readonly connection: StoredConnection } | null = null;
  // Callers in this process queue here instead of spinning on the lock directory.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: EncryptedFileCredentialStoreOptions) {
    this.#options = options;
    this.path = join(options.dataDir, options.fileName ?? "connection.json");
  }

  async read(): Promise<StoredConnection | null> {
    const raw = await readFileIfExists(this.path);
    return raw === null ? null : this.#open(raw);
  }

  async write(connection: StoredConnection): Promise<void> {
    await this.#locked(async () => {
      await this.read(); // refuses to replace a foreign or corrupt file
      await this.#persist(connection);
    });
  }

  async clear(): Promise<void> {
    await this.#locked(async () => {
      await rm(this.path, { force: true });
      this.#cache = null;
    });
  }

  async update(change: (current: StoredConnection | null) => Promise<StoredConnection | null>): Promise<StoredConnection | null> {
    return this.#locked(async () => {
      // Read inside the lock: another process may have changed the file while we waited.
      const current = await this.read();
      const next = await change(current);
      if (next === null) return current;
      await this.#persist(next);
      return next;
    });
  }

  watch(onChange: () => void): () => void {
    return pollForChanges(this.path, onChange, this.#options.pollIntervalMs ?? 1000, this.#options.logger);
  }

  #open(raw: string): StoredConnection {
    if (this.#cache?.raw === raw) return this.#cache.connection;
    const opened = unseal(raw, this.#options.key);
    if (!opened.ok) throw this.#failure(opened.error);
    const connection = decodeConnection(opened.value);
    if (connection === null) throw this.#failure("Corrupt");
    this.#cache = { raw, connection };
    return connection;
  }

  async #persist(connection: StoredConnection): Promise<void> {
    const raw = seal(encodeConnection(connection), this.#options.key);
    await writeFileAtomic(this.path, raw);
    this.#cache = { raw, connection };
  }

  #locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      await mkdir(this.#options.dataDir, { recursive: true, mode: 0o700 });
      return withFileLock(this.path, fn, { ...this.#options.lock, ...(this.#options.logger ? { logger: this.#options.logger } : {}) });
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #failure(reason: UnsealFailure): CredentialStoreError {
    const what = `the stored Gong connection ${this.path}`;
    switch (reason) {
      case "ForeignKey":
        return new CredentialStoreError(reason, `${what} was encrypted with a different key: set the GONG_MCP_ENCRYPTION_KEY it was made with, or disconnect to discard it`);
      case "Corrupt":
        return new CredentialStoreError(reason, `${what} is damaged or was tampered with (it fails authentication): disconnect to discard it, then connect again`);
      case "UnsupportedVersion":
        return new CredentialStoreError(reason, `${what} was written by a newer gong-mcp: upgrade, or disconnect to discard it`);
      default:
        return reason satisfies never;
    }
  }
}
