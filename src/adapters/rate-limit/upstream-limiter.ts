import { join } from "node:path";
import type { Logger } from "../../application/ports/logger.js";
import type { DomainError } from "../../domain/errors.js";
import { err, type Result } from "../../domain/result.js";
import { countUpstreamRequest } from "../upstream-scope.js";
import type { BudgetDecision, DailyBudget } from "../../application/ports/daily-budget.js";
import type { RequestWindow } from "../../application/ports/request-window.js";
import { FileDailyBudget } from "./file-daily-budget.js";
import { FileRequestWindow } from "./file-request-window.js";
import { DEFAULT_MARGIN_MS, RequestScheduler, type Permit } from "./request-scheduler.js";

// Our own limiter ran out of patience (queue wait), as opposed to the caller giving up (aborted).
const THROTTLED: DomainError = { _tag: "UpstreamFailed", reason: "Throttled" };
// The caller gave up first (its AbortSignal: a client cancel or its own deadline).
const CANCELLED: DomainError = { _tag: "UpstreamFailed", reason: "Timeout" };

export interface UpstreamLimitConfig {
  /** GONG_MCP_RATE_LIMIT_RPS (default 3). */
  readonly requestsPerSecond: number;
  /** GONG_MCP_DAILY_REQUEST_LIMIT (default 10000). */
  readonly dailyRequestLimit: number;
  /** GONG_MCP_DATA_DIR: the daily count lives in `usage.json` there. */
  readonly dataDir: string;
  readonly maxQueueWaitMs?: number;
}

/**
 * Both upstream limits in one call, for every request sent to Gong, retries included (OAuth token requests
 * do not go through it). The turn comes first and the daily count second, so a request cancelled while it
 * queues costs nothing; the count is taken just before the request goes out.
 */
export class UpstreamLimiter {
  constructor(
    private readonly scheduler: RequestScheduler,
    private readonly budget: DailyBudget,
    /** The window shared with other processes on the data dir; without it, this process's scheduler alone. */
    private readonly window?: RequestWindow,
    private readonly logger?: Logger,
  ) {}

  /**
   * Waits for `key`'s (the acting user's) turn, counts the request, then runs `send`. Without sending:
   * RateLimited when the day's budget is spent; UpstreamFailed/Throttled when the turn would come after the
   * max queue wait; UpstreamFailed/Timeout when `signal` aborted first; LocalFailure, naming the file, when the
   * daily count cannot be kept.
   */
  async run<T>(
    key: string,
    send: () => Promise<Result<T, DomainError>>,
    signal?: AbortSignal,
  ): Promise<Result<T, DomainError>> {
    let counted = false;
    for (;;) {
      const admission = await this.scheduler.acquire(key, signal, counted ? "first" : "last");
      if (!admission.ok) return err(admission.reason === "timeout" ? THROTTLED : CANCELLED);
      const { permit } = admission;
      const refusal = await this.count(permit, signal, counted);
      if (refusal !== undefined) return err(refusal);
      counted = true;
      // Other processes share Gong's per-second limit: wait for a slot in the shared window too.
      const shared = await this.sharedSlot(signal);
      if (shared !== undefined) {
        permit.release();
        return err(shared);
      }
      // False only when a Retry-After arrived while we counted: wait it out at the head of the line, counted once.
      if (permit.start()) return send();
    }
  }

  /** Gong answered 429: no user's request starts for `ms` (Retry-After, or the adapter's own floor), in any process. */
  pauseFor(ms: number): void {
    this.scheduler.pauseFor(ms);
    this.window?.pauseFor(ms).catch((cause: unknown) => {
      this.logger?.warn("could not share a 429 pause with other processes", { error: cause instanceof Error ? cause.message : String(cause) });
    });
  }

  /** Undefined once a shared slot is taken (or there is no shared window); else why the request must not go. */
  private async sharedSlot(signal: AbortSignal | undefined): Promise<DomainError | undefined> {
    if (this.window === undefined) return undefined;
    try {
      return (await this.window.acquire(signal)) ? undefined : CANCELLED;
    } catch (cause) {
      return { _tag: "LocalFailure", detail: localProblem(cause) };
    }
  }

  /** Counts the request (once) while holding the permit; the error to answer with when it must not go out. */
  private async count(permit: Permit, signal: AbortSignal | undefined, counted: boolean): Promise<DomainError | undefined> {
    let keep = false;
    try {
      if (signal?.aborted === true) return CANCELLED;
      let decision: BudgetDecision;
      try {
        decision = counted ? { ok: true } : await this.budget.take();
      } catch (cause) {
        // The count could not be kept (a read-only data dir, a broken usage file): never send uncounted.
        return { _tag: "LocalFailure", detail: localProblem(cause) };
      }
      if (!decision.ok) return { _tag: "RateLimited", resetsAt: decision.resetsAt };
      if (!counted) countUpstreamRequest();
      keep = true;
      return undefined;
    } finally {
      if (!keep) permit.release();
    }
  }
}

/** The limiter the composition root binds: turns on real time, the window and the day shared in the data dir. */
export function createUpstreamLimiter(config: UpstreamLimitConfig, logger: Logger): UpstreamLimiter {
  const scheduler = new RequestScheduler({
    requestsPerSecond: config.requestsPerSecond,
    ...(config.maxQueueWaitMs === undefined ? {} : { maxQueueWaitMs: config.maxQueueWaitMs }),
  });
  const budget = new FileDailyBudget({ file: join(config.dataDir, "usage.json"), limit: config.dailyRequestLimit, logger });
  const window = new FileRequestWindow({ file: join(config.dataDir, "rate-window.json"), requestsPerSecond: config.requestsPerSecond, marginMs: DEFAULT_MARGIN_MS, logger });
  return new UpstreamLimiter(scheduler, budget, window, logger);
}

/** What went wrong with the usage file, with its path, in one line (never more of an error than its code). */
function localProblem(cause: unknown): string {
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const path = typeof cause === "object" && cause !== null && "path" in cause ? String(cause.path) : "in GONG_MCP_DATA_DIR";
  const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "cannot be written" : `cannot be used (${code || (cause instanceof Error ? cause.message.slice(0, 120) : "unknown error")})`;
  return `the request counts shared by every process (${path}) ${why}; check GONG_MCP_DATA_DIR and its permissions`;
}
