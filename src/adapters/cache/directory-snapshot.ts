import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { Logger } from "../../application/ports/logger.js";
import { writeFileAtomic } from "../credentials/atomic-file.js";
import type { EncryptionKey } from "../credentials/encryption-key.js";
import { seal, unseal } from "../credentials/sealed-envelope.js";

/** One saved directory answer (users, workspaces, a workspace's profiles, a profile's members). */
export interface SnapshotEntry {
  readonly value: unknown;
  /** How long ago Gong gave it, in ms. */
  readonly ageMs: number;
}

/**
 * The directory as last read from Gong, shared by every process on the data dir and across restarts, so
 * that a new process's first question does not pay for the whole directory again (ADR 0020).
 */
export interface DirectorySnapshot {
  /** The saved answer for `key` when younger than the freshness limit; else undefined. */
  read(key: string): Promise<SnapshotEntry | undefined>;
  write(key: string, value: unknown): Promise<void>;
  /** Forgets everything (a connect or disconnect: another org's directory, perhaps). */
  clear(): Promise<void>;
}

export interface FileDirectorySnapshotOptions {
  /** `<dataDir>/directory.json`. */
  readonly file: string;
  /** Sealed with AES-256-GCM when a key is configured (GONG_MCP_ENCRYPTION_KEY), else plain JSON (0600). */
  readonly key: EncryptionKey | null;
  /** The same freshness as the in-memory directory cache (5 minutes, ADR 0012). */
  readonly maxAgeMs: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

type Saved = Record<string, { readonly at: number; readonly value: unknown }>;

/**
 * The snapshot as one file, written atomically (temp file, fsync, rename), readable by the owner only.
 * Writers merge their entries into what is there; two processes writing at once may drop one entry, which
 * costs a request later, never a wrong answer. An unreadable file (damaged, another key) is ignored.
 */
export class FileDirectorySnapshot implements DirectorySnapshot {
  readonly #o: FileDirectorySnapshotOptions;
  readonly #now: () => number;
  #writing: Promise<void> = Promise.resolve();

  constructor(options: FileDirectorySnapshotOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
  }

  async read(key: string): Promise<SnapshotEntry | undefined> {
    const entry = (await this.#load())[key];
    if (entry === undefined) return undefined;
    const ageMs = this.#now() - entry.at;
    return ageMs >= 0 && ageMs < this.#o.maxAgeMs ? { value: entry.value, ageMs } : undefined;
  }

  write(key: string, value: unknown): Promise<void> {
    // Writes of this process go one after another, each merging into the latest file.
    this.#writing = this.#writing.then(async () => {
      const now = this.#now();
      const kept = Object.fromEntries(Object.entries(await this.#load()).filter(([, entry]) => now - entry.at < this.#o.maxAgeMs));
      const text = JSON.stringify({ ...kept, [key]: { at: now, value } });
      await mkdir(dirname(this.#o.file), { recursive: true, mode: 0o700 });
      await writeFileAtomic(this.#o.file, this.#o.key === null ? text : seal(text, this.#o.key));
    }).catch((cause: unknown) => {
      this.#o.logger.warn("could not save the directory snapshot", { file: this.#o.file, error: cause instanceof Error ? cause.message : String(cause) });
    });
    return this.#writing;
  }

  async clear(): Promise<void> {
    await this.#writing;
    await rm(this.#o.file, { force: true });
  }

  async #load(): Promise<Saved> {
    let text: string;
    try {
      text = await readFile(this.#o.file, "utf8");
    } catch {
      return {};
    }
    const plain = this.#o.key === null ? text : unseal(text, this.#o.key);
    const json = typeof plain === "string" ? plain : plain.ok ? plain.value : null;
    if (json === null) return {};
    try {
      const saved = JSON.parse(json) as unknown;
      return typeof saved === "object" && saved !== null && !Array.isArray(saved) ? (saved as Saved) : {};
    } catch {
      return {};
    }
  }
}
