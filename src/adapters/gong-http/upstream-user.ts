import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The Gong user a request to Gong is made for: the limiter's fair-queueing key. The exchange sits below
 * the gateway port, which (rightly) does not carry who asks, so the composition root enters this around
 * each use case call, with the verified actor's id:
 *
 *   upstreamUser.run(actor.userId, () => useCase.execute(actor, input))
 *
 * Everything the call awaits, down to the exchange, then reads that id. A request made outside any such
 * scope (start-up checks, a cache warm-up) queues under SHARED_UPSTREAM_KEY.
 */
export const upstreamUser = new AsyncLocalStorage<string>();

export const SHARED_UPSTREAM_KEY = "gong-mcp";

/** The acting user's id, or the shared key outside a user's request. */
export function upstreamUserKey(): string {
  return upstreamUser.getStore() ?? SHARED_UPSTREAM_KEY;
}
