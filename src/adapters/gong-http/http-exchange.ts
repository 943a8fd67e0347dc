import { setTimeout as sleep } from "node:timers/promises";
import type { GongAuthorization, OrgCredentials } from "../../application/ports/credential-store.js";
import type { Logger } from "../../application/ports/logger.js";
import type { DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { WireExchange, WireRequest, WireResponse } from "../gong-wire/wire-exchange.js";
import type { UpstreamLimiter } from "../rate-limit/upstream-limiter.js";
import { retryAfterMs } from "./retry-after.js";
import { backoffMs, DEFAULT_RETRY_POLICY, isRepeatable, isTransientStatus, type RetryPolicy } from "./retry-policy.js";
import { sendAttempt, type Attempt, type AttemptLimits } from "./send-attempt.js";
import { currentCall, type CurrentCall } from "../upstream-scope.js";

export interface HttpExchangeOptions {
  readonly credentials: OrgCredentials;
  readonly limiter: UpstreamLimiter;
  readonly logger: Logger;
  /** Per send, from the request to the last byte of the answer (default 30 s), capped by the call's time left. */
  readonly timeoutMs?: number;
  /**
   * How long a request may keep trying when no call deadline is in scope (start-up checks, `status`);
   * default 50 s, GONG_MCP_CALL_TIMEOUT_S's default.
   */
  readonly defaultDeadlineMs?: number;
  /** The current call (key, deadline, cancel signal); default: the upstream scope the composition entered. */
  readonly call?: () => CurrentCall;
  /** Backoff and Retry-After bounds (defaults in DEFAULT_RETRY_POLICY). */
  readonly retry?: Partial<RetryPolicy>;
  /** A larger answer is refused unread (default 32 MiB: a page of 100 long transcripts fits). */
  readonly maxBodyBytes?: number;
  /** The jitter source, for tests. */
  readonly random?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 50_000;
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
// Below this, another send could not come back in time: answer now rather than past the deadline.
const TOO_LATE_MS = 250;

interface Deps {
  readonly credentials: OrgCredentials;
  readonly limiter: UpstreamLimiter;
  readonly logger: Logger;
  readonly policy: RetryPolicy;
  readonly limits: AttemptLimits;
  readonly defaultDeadlineMs: number;
  readonly call: () => CurrentCall;
  readonly random: () => number;
}

/**
 * The WireExchange to the real Gong over HTTP (ky). Every send, retries included, takes a turn and a unit
 * of the daily budget from `limiter`, queued under the acting user. It keeps trying until the call's
 * deadline (contract section 2): it re-sends once with renewed credentials after a 401, waits out every
 * 429's Retry-After (pausing every user, as Gong's limit is the company's), and retries reads after 5xx,
 * network errors and timeouts with jittered backoff; an unreadable answer is retried once. The write is
 * sent again only when Gong cannot have applied it (never connected, or answered 429). A cancelled call
 * sends nothing more. Logs method, path, status, attempt and duration: never a header, a token, a query
 * value or a body.
 */
export function createHttpExchange(options: HttpExchangeOptions): WireExchange {
  const deps: Deps = {
    credentials: options.credentials,
    limiter: options.limiter,
    logger: options.logger,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    limits: { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES },
    defaultDeadlineMs: options.defaultDeadlineMs ?? DEFAULT_DEADLINE_MS,
    call: options.call ?? currentCall,
    random: options.random ?? Math.random,
  };
  return (request) => exchange(request, deps);
}

/** Why the last attempt did not succeed: what the caller is told if time runs out. */
type LastTrouble = { readonly kind: "gong_busy"; readonly until: number } | { readonly kind: "failed"; readonly error: DomainError };

async function exchange(request: WireRequest, deps: Deps): Promise<Result<WireResponse, DomainError>> {
  const { credentials, limiter, policy } = deps;
  const call = deps.call();
  const deadline = call.deadline ?? Date.now() + deps.defaultDeadlineMs;
  const signal = call.signal ?? AbortSignal.timeout(Math.max(0, deadline - Date.now()));
  const repeatable = isRepeatable(request);
  let trouble: LastTrouble | null = null;
  let retries = 0;
  let decodeFailures = 0;
  let renewed: GongAuthorization | null = null;
  let usedRenewal = false;
  for (let attempt = 1; ; attempt += 1) {
    const left = deadline - Date.now();
    if (signal.aborted || left < TOO_LATE_MS) return err(givenUp(trouble));
    // Before queueing: without a connection nothing is spent; per send: another process may have refreshed.
    const current = renewed === null ? await credentials.current() : ok(renewed);
    if (!current.ok) return current;
    const auth = current.value;
    renewed = null;
    const limits = { ...deps.limits, timeoutMs: Math.min(deps.limits.timeoutMs, Math.max(1, deadline - Date.now())) };
    const sent = await limiter.run(call.key, async () => ok(await timed(() => sendAttempt(request, auth, limits, signal))), signal);
    if (!sent.ok) {
      // Refused before sending: the day's budget is spent or the count cannot be kept (final, said as it is),
      // or the call ran out of time or was cancelled in the queue.
      if (sent.error._tag !== "UpstreamFailed") return sent;
      return err(givenUp(trouble));
    }
    const { outcome, ms } = sent.value;
    logAttempt(deps.logger, request, outcome, attempt, ms);

    if (outcome.kind === "failed") {
      const error: DomainError = { _tag: "UpstreamFailed", reason: outcome.reason };
      if (outcome.reason === "Decode") decodeFailures += 1;
      // An unreadable answer is retried once (a cut stream reads as malformed); one too large will be again.
      const readable = outcome.reason !== "Decode" || (decodeFailures < 2 && !outcome.detail.startsWith("too-large"));
      const again = (repeatable || outcome.sent === "no") && readable;
      if (!again || signal.aborted) return err(error);
      trouble = { kind: "failed", error };
      retries += 1;
      await pause(backoffMs(policy, retries, deps.random), deadline, signal);
      continue;
    }
    const { response } = outcome;
    if (response.status === 401 && !usedRenewal) {
      usedRenewal = true;
      const fresh = await credentials.afterUnauthorized(auth);
      if (fresh.ok) {
        renewed = fresh.value;
        continue;
      }
      // Nothing fresher to try: the 401 itself tells the gateway more (a missing scope reads as forbidden).
      return fresh.error._tag === "Unauthorized" ? ok(response) : fresh;
    }
    if (response.status === 429) {
      // Gong refused it unprocessed, so even the write may go again. Its limit is the company's: nobody's
      // request starts before it allows (the limiter holds the re-send until the pause is over).
      const waitMs = retryAfterMs(outcome.retryAfter, Date.now(), policy.defaultRetryAfterMs);
      limiter.pauseFor(waitMs);
      trouble = { kind: "gong_busy", until: Date.now() + waitMs };
      // A wait that ends after the deadline cannot help this call: say when to come back, now.
      if (Date.now() + waitMs > deadline - TOO_LATE_MS) return err(givenUp(trouble));
      continue;
    }
    if (isTransientStatus(response.status) && repeatable) {
      trouble = { kind: "failed", error: { _tag: "UpstreamFailed", reason: "Status", status: response.status } };
      retries += 1;
      await pause(backoffMs(policy, retries, deps.random), deadline, signal);
      continue;
    }
    if (response.status >= 300 && response.status < 400) warnRedirect(deps.logger, request, response.status, outcome.redirectOrigin);
    return ok(response);
  }
}

/**
 * The answer when the call's time is up (or it was cancelled): rate_limited with the time Gong named if it
 * was still answering 429, else upstream_error saying when a retry is worth it.
 */
function givenUp(trouble: LastTrouble | null): DomainError {
  if (trouble?.kind === "gong_busy") return { _tag: "RateLimited", by: "gong", resetsAt: new Date(Math.max(trouble.until, Date.now() + 1000)).toISOString() };
  const base = trouble?.kind === "failed" && trouble.error._tag === "UpstreamFailed" ? trouble.error : ({ _tag: "UpstreamFailed", reason: "Timeout" } as const);
  return { ...base, retryInSeconds: RETRY_AFTER_GIVING_UP_S };
}

const RETRY_AFTER_GIVING_UP_S = 30;

/** Waits `ms`, but never past the deadline, and not at all once the call is cancelled. */
async function pause(ms: number, deadline: number, signal: AbortSignal): Promise<void> {
  const wait = Math.max(0, Math.min(ms, deadline - Date.now() - TOO_LATE_MS));
  if (wait === 0 || signal.aborted) return;
  try {
    await sleep(wait, undefined, { signal });
  } catch {
    // Aborted: the loop sees it and stops.
  }
}

async function timed(send: () => Promise<Attempt>): Promise<{ readonly outcome: Attempt; readonly ms: number }> {
  const start = performance.now();
  const outcome = await send();
  return { outcome, ms: Math.round(performance.now() - start) };
}

function logAttempt(logger: Logger, request: WireRequest, outcome: Attempt, attempt: number, durationMs: number): void {
  const fields = { method: request.method, path: request.path, attempt, durationMs };
  if (outcome.kind === "failed") {
    logger.warn("gong request failed", { ...fields, failure: outcome.reason, detail: outcome.detail });
    return;
  }
  const { status } = outcome.response;
  const unusual = status === 429 || status >= 500 || (status >= 300 && status < 400);
  if (unusual) logger.warn("gong request", { ...fields, status });
  else logger.debug("gong request", { ...fields, status });
}

/** A 3xx means the base URL is not this company's API host; where Gong points is the likely fix. */
function warnRedirect(logger: Logger, request: WireRequest, status: number, target: string | null): void {
  logger.warn("gong answered with a redirect: the Gong base URL is probably wrong for this company (GONG_BASE_URL)", {
    method: request.method,
    path: request.path,
    status,
    redirectsTo: target,
  });
}
