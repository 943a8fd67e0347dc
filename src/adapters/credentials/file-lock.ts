import lockfile from "proper-lockfile";
import { CredentialStoreError } from "../../application/ports/credential-store.js";
import type { Logger } from "../../application/ports/logger.js";

export interface FileLockOptions {
  /** How long to wait for another holder before giving up (default 30 s). */
  readonly waitMs?: number;
  /** A holder that stops touching its lock for this long is presumed dead and its lock is taken (default 10 s). */
  readonly staleMs?: number;
  readonly logger?: Logger;
}

const RETRY_EVERY_MS = 50;

/**
 * Runs `fn` while holding `<file>.lock`, a directory made with mkdir (atomic on every local filesystem),
 * so one process at a time gets through, across processes and within one. proper-lockfile keeps the lock's
 * mtime fresh while we hold it and removes a crashed holder's lock once it is older than `staleMs`.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const waitMs = options.waitMs ?? 30_000;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false, // the credential file need not exist yet
      stale: options.staleMs ?? 10_000,
      retries: { retries: Math.ceil(waitMs / RETRY_EVERY_MS), factor: 1, minTimeout: RETRY_EVERY_MS, maxTimeout: RETRY_EVERY_MS, randomize: true },
      // The default throws from a timer and kills the process; losing the lock mid-write is logged instead.
      onCompromised: (cause) => options.logger?.warn("credential lock compromised", { reason: cause.message }),
    });
  } catch (cause) {
    if (typeof cause === "object" && cause !== null && "code" in cause && cause.code === "ELOCKED") {
      throw new CredentialStoreError("Locked", `another gong-mcp process held the credential lock ${file}.lock for over ${Math.round(waitMs / 1000)} s`);
    }
    throw cause;
  }
  try {
    return await fn();
  } finally {
    await release().catch((cause: unknown) => {
      options.logger?.warn("credential lock release failed", { reason: cause instanceof Error ? cause.message : String(cause) });
    });
  }
}
