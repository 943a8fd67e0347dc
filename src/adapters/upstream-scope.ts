import { AsyncLocalStorage } from "node:async_hooks";

/**
 * One tool call as the Gong adapters see it: who it acts for (the limiter's fair-queueing key) and how many
 * requests it has sent to Gong so far (the audit line's cost). The exchanges sit below the gateway port,
 * which (rightly) carries neither, so the composition root enters a scope around each tool call:
 *
 *   inUpstreamScope(actorKey, () => tool.call(...))
 *
 * Everything the call awaits, down to the exchange, then reads it. A request made outside any scope
 * (start-up checks, a shared load) queues under SHARED_UPSTREAM_KEY and is charged to no call.
 */
interface UpstreamScope {
  readonly key: string;
  requests: number;
}

const scope = new AsyncLocalStorage<UpstreamScope>();

export const SHARED_UPSTREAM_KEY = "gong-mcp";

/** Runs `run` as one call of `key`; resolves to its value and the Gong requests it sent. */
export async function inUpstreamScope<T>(key: string, run: () => Promise<T>): Promise<{ readonly value: T; readonly upstreamRequests: number }> {
  const entered: UpstreamScope = { key, requests: 0 };
  const value = await scope.run(entered, run);
  return { value, upstreamRequests: entered.requests };
}

/** The acting user's key, or the shared key outside a call. */
export function upstreamUserKey(): string {
  return scope.getStore()?.key ?? SHARED_UPSTREAM_KEY;
}

/** One request went to Gong for the current call (if any): counted where the daily budget is charged. */
export function countUpstreamRequest(): void {
  const current = scope.getStore();
  if (current !== undefined) current.requests += 1;
}
