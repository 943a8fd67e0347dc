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
import { upstreamUserKey } from "../upstream-scope.js";

export interface HttpExchangeOptions {
  readonly credentials: OrgCredentials;
  readonly limiter: UpstreamLimiter;
  readonly logger: Logger;
  /** Per send, from the request to the last byte of the answer (default 30 s). */
  readonly timeoutMs?: number;
  /** Sends per request when failures may pass: 5xx, network, timeout, 429 (default 4). */
  readonly maxAttempts?: number;
  /** The fair-queueing key of each request (default: the user entered in `upstreamUser`). */
  readonly userKey?: () => string;
  /** Backoff and Retry-After bounds (defaults in DEFAULT_RETRY_POLICY). */
  readonly retry?: Partial<Omit<RetryPolicy, "maxAttempts">>;
  /** A larger answer is refused unread (default 32 MiB: a page of 100 long transcripts fits). */
  readonly maxBodyBytes?: number;
  /** The jitter source, for tests. */
  readonly random?: () => number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;

interface Deps {
  readonly credentials: OrgCredentials;
  readonly limiter: UpstreamLimiter;
  readonly logger: Logger;
  readonly policy: RetryPolicy;
  readonly limits: AttemptLimits;
  readonly userKey: () => string;
  readonly random: () => number;
}

/**
 * The WireExchange to the real Gong over HTTP (ky). Every send, retries included, takes a turn and a unit
 * of the daily budget from `limiter`, queued under the acting user. It re-sends once with renewed
 * credentials after a 401, waits out a 429's Retry-After (pausing every user, as Gong's limit is the
 * company's), and retries reads after 5xx, network errors and timeouts with jittered backoff. Logs method,
 * path, status, attempt and duration: never a header, a token, a query value or a body.
 */
export function createHttpExchange(options: HttpExchangeOptions): WireExchange {
  const deps: Deps = {
    credentials: options.credentials,
    limiter: options.limiter,
    logger: options.logger,
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry, maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts },
    limits: { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES },
    userKey: options.userKey ?? upstreamUserKey,
    random: options.random ?? Math.random,
  };
  return (request) => exchange(request, deps);
}

async function exchange(request: WireRequest, deps: Deps): Promise<Result<WireResponse, DomainError>> {
  const { credentials, limiter, policy } = deps;
  const key = deps.userKey();
  const repeatable = isRepeatable(request);
  let failures = 0;
  let renewed: GongAuthorization | null = null;
  let usedRenewal = false;
  for (let attempt = 1; ; attempt += 1) {
    // Before queueing: without a connection nothing is spent; per send: another process may have refreshed.
    const current = renewed === null ? await credentials.current() : ok(renewed);
    if (!current.ok) return current;
    const auth = current.value;
    renewed = null;
    const sent = await limiter.run(key, async () => ok(await timed(() => sendAttempt(request, auth, deps.limits))));
    // Refused before sending: the day's budget is spent, or the queue wait is too long.
    if (!sent.ok) return sent;
    const { outcome, ms } = sent.value;
    logAttempt(deps.logger, request, outcome, attempt, ms);

    if (outcome.kind === "failed") {
      failures += 1;
      const again = outcome.reason !== "Decode" && failures < policy.maxAttempts && (repeatable || outcome.sent === "no");
      if (!again) return err({ _tag: "UpstreamFailed", reason: outcome.reason });
      await sleep(backoffMs(policy, failures, deps.random));
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
      failures += 1;
      const waitMs = retryAfterMs(outcome.retryAfter, Date.now(), policy.defaultRetryAfterMs);
      // Gong's limit is the company's: nobody's request should start before it allows.
      limiter.pauseFor(waitMs);
      if (waitMs > policy.maxRetryAfterMs || failures >= policy.maxAttempts) return ok(response);
      continue; // the limiter holds the re-send until the pause is over
    }
    if (isTransientStatus(response.status) && repeatable && failures + 1 < policy.maxAttempts) {
      failures += 1;
      await sleep(backoffMs(policy, failures, deps.random));
      continue;
    }
    if (response.status >= 300 && response.status < 400) warnRedirect(deps.logger, request, response.status, outcome.redirectOrigin);
    return ok(response);
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
