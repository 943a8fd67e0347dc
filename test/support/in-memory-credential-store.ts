import type { CredentialStore, StoredConnection } from "../../src/application/ports/credential-store.js";

/** A CredentialStore in one process's memory, for tests and for runs that must not touch the disk. */
export class InMemoryCredentialStore implements CredentialStore {
  #connection: StoredConnection | null;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<() => void>();

  constructor(initial: StoredConnection | null = null) {
    this.#connection = initial;
  }

  read(): Promise<StoredConnection | null> {
    return Promise.resolve(this.#connection);
  }

  async write(connection: StoredConnection): Promise<void> {
    await this.#serial(() => {
      this.#set(connection);
      return Promise.resolve();
    });
  }

  async clear(): Promise<void> {
    await this.#serial(() => {
      this.#set(null);
      return Promise.resolve();
    });
  }

  update(change: (current: StoredConnection | null) => Promise<StoredConnection | null>): Promise<StoredConnection | null> {
    return this.#serial(async () => {
      const next = await change(this.#connection);
      if (next !== null) this.#set(next);
      return this.#connection;
    });
  }

  watch(onChange: () => void): () => void {
    this.#listeners.add(onChange);
    return () => {
      this.#listeners.delete(onChange);
    };
  }

  // Same guarantee as the file store's lock: one change at a time, each seeing the last one's result.
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(fn, fn);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #set(connection: StoredConnection | null): void {
    if (connection === this.#connection) return;
    this.#connection = connection;
    // Asynchronously, like the file store's poller: a listener never runs inside a write.
    for (const listener of this.#listeners) queueMicrotask(listener);
  }
}
