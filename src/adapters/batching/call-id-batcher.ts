import DataLoader from "dataloader";
import type { GongResult } from "../../application/ports/gong-gateway.js";
import type { DomainError } from "../../domain/errors.js";
import type { CallId } from "../../domain/ids.js";
import { err, ok } from "../../domain/result.js";
import { loadWhileTimeLeft } from "../shared-load.js";

/** Carries a failed inner answer through DataLoader, which knows only values and Errors, to every key of its batch. */
class FailedBatch extends Error {
  constructor(readonly failure: DomainError) {
    super(failure._tag);
  }
}

export interface CallIdBatcherOptions {
  /** How long a batch waits for more ids after its first one. */
  readonly windowMs: number;
  /**
   * Is there anyone to wait for? When not (one tool call alone in the process), a batch goes out at once,
   * gathering only the ids asked in the same turn of the event loop. Default: always wait.
   */
  readonly othersMayJoin?: () => boolean;
  /** Most keys per inner request; duplicates count, so the distinct ids per request are never more. */
  readonly maxBatchSize: number;
}

/**
 * Lookups by call id from any number of concurrent callers, gathered for `windowMs` into one inner request
 * per batch. Each caller gets back only the items of the ids it asked for. Remembers nothing between
 * batches (caching is the CachingGongGateway's job).
 */
export class CallIdBatcher<T> {
  private readonly loader: DataLoader<CallId, T | null>;

  constructor(
    fetch: (ids: readonly CallId[]) => GongResult<readonly T[]>,
    idOf: (item: T) => CallId,
    options: CallIdBatcherOptions,
  ) {
    this.loader = new DataLoader<CallId, T | null>((keys) => loadBatch(keys, fetch, idOf), {
      cache: false,
      maxBatchSize: options.maxBatchSize,
      batchScheduleFn: (dispatch) => {
        if (options.othersMayJoin?.() === false) setImmediate(dispatch);
        else setTimeout(dispatch, options.windowMs);
      },
    });
  }

  /**
 * Items of these ids in the order asked, each once; unknown ids are missing; a failed batch is its error,
 * unless this caller still has time to ask again.
 */
  get(ids: readonly CallId[]): GongResult<readonly T[]> {
    return loadWhileTimeLeft(() => this.once(ids));
  }

  private async once(ids: readonly CallId[]): GongResult<readonly T[]> {
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return ok([]);
    const loaded = await this.loader.loadMany(distinct);
    const items: T[] = [];
    for (const item of loaded) {
      if (item instanceof FailedBatch) return err(item.failure);
      // Anything else DataLoader hands back as an Error was thrown below us: a bug, so it stays a throw.
      if (item instanceof Error) throw item;
      if (item !== null) items.push(item);
    }
    return ok(items);
  }
}

/** One inner request for the distinct ids of a batch; every key gets its item, null when absent, or the shared failure. */
async function loadBatch<T>(
  keys: readonly CallId[],
  fetch: (ids: readonly CallId[]) => GongResult<readonly T[]>,
  idOf: (item: T) => CallId,
): Promise<(T | null | FailedBatch)[]> {
  const answer = await fetch([...new Set(keys)]);
  if (!answer.ok) {
    const failed = new FailedBatch(answer.error);
    return keys.map(() => failed);
  }
  const byId = new Map<CallId, T>();
  for (const item of answer.value) if (!byId.has(idOf(item))) byId.set(idOf(item), item);
  return keys.map((id) => byId.get(id) ?? null);
}
