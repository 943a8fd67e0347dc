import { LRUCache } from "lru-cache";
import type { DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";
import { loadWhileTimeLeft } from "../shared-load.js";

type Load<V> = () => Promise<Result<V, DomainError>>;
/** A load that may come from a saved copy: how old its answer already is, so it is kept only for the rest. */
export type AgedLoad<V> = () => Promise<{ readonly result: Result<V, DomainError>; readonly ageMs: number }>;

/** Carries a failed load through lru-cache's promise so that it is shared by every waiter and never cached. */
class FailedLoad extends Error {
  constructor(readonly failure: DomainError) {
    super(failure._tag);
  }
}

export interface ResultCacheOptions {
  readonly max: number;
  readonly ttlMs: number;
  /** Clock for tests; lru-cache's default is performance.now. */
  readonly perf?: { now(): number };
}

/**
 * Caches successful loads for a while; concurrent callers of one key share one in-flight load (lru-cache's
 * fetch), and a failure is handed to every waiter but never stored.
 */
export class ResultCache<V extends object> {
  private readonly cache: LRUCache<string, V, AgedLoad<V>>;

  constructor(options: ResultCacheOptions) {
    this.cache = new LRUCache<string, V, AgedLoad<V>>({
      max: options.max,
      ttl: options.ttlMs,
      // Read the clock on every check: a stale "now" would serve a permission change late.
      ttlResolution: 0,
      ...(options.perf === undefined ? {} : { perf: options.perf }),
      fetchMethod: async (_key, _stale, { context, options: entry }) => {
        const { result, ageMs } = await context();
        if (!result.ok) throw new FailedLoad(result.error);
        // An answer already `ageMs` old is fresh only for the rest of the TTL.
        if (ageMs > 0) entry.ttl = Math.max(1, options.ttlMs - ageMs);
        return result.value;
      },
    });
  }

  /** The cached value, or a load shared with concurrent callers; a waiter with time left outlives a failed load. */
  get(key: string, load: Load<V>): Promise<Result<V, DomainError>> {
    return this.getAged(key, async () => ({ result: await load(), ageMs: 0 }));
  }

  /** As `get`, for a load that may answer from a saved copy of a given age. */
  getAged(key: string, load: AgedLoad<V>): Promise<Result<V, DomainError>> {
    return loadWhileTimeLeft(() => this.once(key, load));
  }

  private async once(key: string, load: AgedLoad<V>): Promise<Result<V, DomainError>> {
    try {
      const value = await this.cache.fetch(key, { context: load });
      return value === undefined ? (await load()).result : ok(value);
    } catch (error) {
      if (error instanceof FailedLoad) return err(error.failure);
      throw error;
    }
  }

  peek(key: string): V | undefined {
    return this.cache.get(key);
  }

  set(key: string, value: V): void {
    this.cache.set(key, value);
  }

  clear(): void {
    this.cache.clear();
  }
}
