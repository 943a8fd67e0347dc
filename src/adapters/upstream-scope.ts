import { AsyncLocalStorage } from "node:async_hooks";

/**
 * One tool call as the Gong adapters see it: who it acts for (the limiter's fair-queueing key), how many
 * requests it has sent to Gong (the audit line's cost), and until when it may wait (contract section 2,
 * GONG_MCP_CALL_TIMEOUT_S). The exchanges sit below the gateway port, which (rightly) carries none of this,
 * so the composition root enters a scope around each tool call:
 *
 *   inUpstreamScope(actorKey, () => tool.call(...), { deadline, signal })
 *
 * Everything the call awaits, down to the exchange, then reads it. Work outside any scope (start-up checks,
 * `gong-mcp status`) queues under SHARED_UPSTREAM_KEY, is charged to no call, and gets a default deadline.
 */
interface UpstreamScope {
  readonly key: string;
  /** Epoch ms after which nothing more is sent or waited for. */
  readonly deadline: number;
  /** Aborts when the client cancels the call or its deadline passes. */
  readonly signal: AbortSignal;
  requests: number;
}

const scope = new AsyncLocalStorage<UpstreamScope>();
// Calls in a scope right now, in this process: whether anyone else could share a batched request.
let inScope = 0;

export const SHARED_UPSTREAM_KEY = "gong-mcp";

export interface ScopeOptions {
  /** Epoch ms; default: no deadline of the call's own (the exchange's default applies). */
  readonly deadline?: number;
  /** The client's cancellation (MCP notifications/cancelled). */
  readonly signal?: AbortSignal;
}

/** What the current call allows: its key, its deadline, and a signal that aborts on cancel or deadline. */
export interface CurrentCall {
  readonly key: string;
  readonly deadline: number | null;
  readonly signal: AbortSignal | null;
}

/**
 * Runs `run` as one call of `key`; resolves to its value and the Gong requests it sent. The call's own
 * controller aborts at the deadline or on the client's cancel; it is held here (not combined with
 * AbortSignal.any, whose result Node 20 may collect), and its timer is cleared when the call ends.
 */
export async function inUpstreamScope<T>(
  key: string,
  run: () => Promise<T>,
  options: ScopeOptions = {},
): Promise<{ readonly value: T; readonly upstreamRequests: number }> {
  const controller = new AbortController();
  const timer = options.deadline === undefined ? undefined : setTimeout(() => { controller.abort("deadline"); }, Math.max(0, options.deadline - Date.now()));
  const cancel = (): void => { controller.abort("cancelled"); };
  if (options.signal?.aborted === true) cancel();
  options.signal?.addEventListener("abort", cancel, { once: true });
  const entered: UpstreamScope = { key, deadline: options.deadline ?? Number.POSITIVE_INFINITY, signal: controller.signal, requests: 0 };
  inScope += 1;
  try {
    const value = await scope.run(entered, run);
    return { value, upstreamRequests: entered.requests };
  } finally {
    inScope -= 1;
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", cancel);
  }
}

/** The current call, or a shared one without deadline or signal outside any call. */
export function currentCall(): CurrentCall {
  const current = scope.getStore();
  if (current === undefined) return { key: SHARED_UPSTREAM_KEY, deadline: null, signal: null };
  return { key: current.key, deadline: Number.isFinite(current.deadline) ? current.deadline : null, signal: current.signal };
}

/** The acting user's key, or the shared key outside a call. */
export function upstreamUserKey(): string {
  return currentCall().key;
}

/** One request went to Gong for the current call (if any): counted where the daily budget is charged. */
export function countUpstreamRequest(): void {
  const current = scope.getStore();
  if (current !== undefined) current.requests += 1;
}

/** Is some other call than the current one running in this process (so that a request could be shared)? */
export function otherCallsRunning(): boolean {
  return inScope - (scope.getStore() === undefined ? 0 : 1) > 0;
}

/** The Gong requests the current call has sent so far; null outside any call. */
export function upstreamRequestsSoFar(): number | null {
  return scope.getStore()?.requests ?? null;
}
