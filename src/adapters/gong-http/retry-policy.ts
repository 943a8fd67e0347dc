import type { WireRequest } from "../gong-wire/wire-exchange.js";
import { ENDPOINTS } from "../gong-wire/endpoints.js";
import { DEFAULT_RETRY_AFTER_MS } from "./retry-after.js";

/**
 * How long to wait between tries; how often to try is the call's deadline's business (contract section 2:
 * a call fails only when its time is up). Every field has a default (see DEFAULT_RETRY_POLICY).
 */
export interface RetryPolicy {
  /** Backoff before retry n is uniform in [0, min(capMs, baseMs · 2^(n−1))): "full jitter". */
  readonly baseDelayMs: number;
  readonly capDelayMs: number;
  /** The wait for a 429 without a usable Retry-After. */
  readonly defaultRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 500,
  capDelayMs: 8_000,
  defaultRetryAfterMs: DEFAULT_RETRY_AFTER_MS,
};

/**
 * Full jitter (random in [0, exponential ceiling)): spreads the retries of many waiting requests, so that
 * they do not come back in step after an outage. `retry` counts from 1.
 */
export function backoffMs(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** Statuses that say "try again later" rather than "this request is wrong". */
export function isTransientStatus(status: number): boolean {
  return status === 500 || status === 502 || status === 503 || status === 504;
}

// The POSTs gong-mcp sends that only read (a search takes its filter in a POST body).
const READING_POSTS: ReadonlySet<string> = new Set([
  ENDPOINTS.extensiveCalls.path,
  ENDPOINTS.transcripts.path,
  ENDPOINTS.prospectFlows.path,
]);

/**
 * May this request be sent again after a failure that Gong might have acted on (a 5xx, a timeout, a
 * socket cut after sending)? Reads yes; the flow assignment no: Gong may have assigned before failing, and
 * a second send could put a prospect in the flow twice. A request Gong refused unprocessed (401, 429) or
 * that never left (connection refused) is re-sent whatever it is.
 */
export function isRepeatable(request: WireRequest): boolean {
  return request.method === "GET" || READING_POSTS.has(request.path);
}
