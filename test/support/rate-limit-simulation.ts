import type { BudgetDecision, DailyBudget } from "../../src/application/ports/daily-budget.js";
import { InMemoryDailyBudget } from "./in-memory-daily-budget.js";
import { RequestScheduler } from "../../src/adapters/rate-limit/request-scheduler.js";
import { UpstreamLimiter } from "../../src/adapters/rate-limit/upstream-limiter.js";
import type { DomainError } from "../../src/domain/errors.js";
import { ok, type Result } from "../../src/domain/result.js";
import { VirtualTimer } from "./virtual-timer.js";

/** One request: who asks, when it arrives, and when (if ever) its caller gives up. */
export interface Arrival {
  readonly key: string;
  readonly at: number;
  readonly abortAt?: number | undefined;
}

/** A Retry-After: at `at`, Gong says wait `forMs`. */
export interface Pause {
  readonly at: number;
  readonly forMs: number;
}

export interface Scenario {
  readonly rps: number;
  readonly arrivals: readonly Arrival[];
  readonly pauses?: readonly Pause[];
  readonly dailyLimit?: number;
  readonly maxQueueWaitMs?: number;
  /** Virtual ms each budget take needs (cycled), like the lock and file I/O of the real one. */
  readonly budgetLatencies?: readonly number[];
  /** The scheduler's slack per window; default 0 here (production: 150 ms). */
  readonly marginMs?: number;
}

export interface Outcome {
  /** Index into the scenario's arrivals. */
  readonly index: number;
  /** When `send` ran, if it did. */
  readonly startedAt: number | undefined;
  /** Position among all starts (0 first), if it started. */
  readonly startSeq: number | undefined;
  readonly result: Result<number, DomainError> | undefined;
}

/** The budget with virtual latency before each decision. */
class SlowBudget implements DailyBudget {
  private takes = 0;
  constructor(
    private readonly inner: DailyBudget,
    private readonly timer: VirtualTimer,
    private readonly latencies: readonly number[],
  ) {}

  take(): Promise<BudgetDecision> {
    const latency = this.latencies[this.takes++ % Math.max(this.latencies.length, 1)] ?? 0;
    return new Promise((resolve) => this.timer.after(latency, () => void this.inner.take().then(resolve)));
  }
}

/** Plays a scenario through an UpstreamLimiter on virtual time, to the end; every start is recorded. */
export async function simulate(scenario: Scenario): Promise<readonly Outcome[]> {
  const timer = new VirtualTimer();
  const scheduler = new RequestScheduler({
    requestsPerSecond: scenario.rps,
    maxQueueWaitMs: scenario.maxQueueWaitMs ?? Number.MAX_SAFE_INTEGER / 4,
    // Exact windows unless a scenario asks for the production slack: the timings below read in whole seconds.
    marginMs: scenario.marginMs ?? 0,
    timer,
  });
  const budget = new InMemoryDailyBudget(scenario.dailyLimit ?? 1_000_000, timer);
  const limiter = new UpstreamLimiter(scheduler, new SlowBudget(budget, timer, scenario.budgetLatencies ?? [0]));
  const startedAt = new Map<number, number>();
  const startSeq = new Map<number, number>();
  const results = new Map<number, Result<number, DomainError>>();
  for (const pause of scenario.pauses ?? []) timer.after(pause.at, () => { limiter.pauseFor(pause.forMs); });
  scenario.arrivals.forEach((arrival, index) => {
    timer.after(arrival.at, () => {
      const controller = new AbortController();
      if (arrival.abortAt !== undefined) timer.after(arrival.abortAt - arrival.at, () => { controller.abort(); });
      const send = (): Promise<Result<number, DomainError>> => {
        startSeq.set(index, startedAt.size);
        startedAt.set(index, timer.now());
        return Promise.resolve(ok(index));
      };
      void limiter.run(arrival.key, send, controller.signal).then((result) => results.set(index, result));
    });
  });
  await timer.runAll();
  return scenario.arrivals.map((_, index) => ({
    index,
    startedAt: startedAt.get(index),
    startSeq: startSeq.get(index),
    result: results.get(index),
  }));
}

/** The start times, sorted. */
export const startTimes = (outcomes: readonly Outcome[]): number[] =>
  outcomes.flatMap((o) => (o.startedAt === undefined ? [] : [o.startedAt])).sort((a, b) => a - b);

/** The largest number of starts inside any half-open window [t, t + 1000). */
export function busiestSecond(outcomes: readonly Outcome[]): number {
  const starts = startTimes(outcomes);
  let most = 0;
  let first = 0;
  starts.forEach((at, last) => {
    while ((starts[first] ?? at) <= at - 1000) first++;
    most = Math.max(most, last - first + 1);
  });
  return most;
}
