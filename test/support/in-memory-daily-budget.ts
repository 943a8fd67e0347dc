import type { Clock } from "../../src/application/ports/clock.js";
import { assertDailyLimit, reserve, utcDay, type DailyUsage } from "../../src/adapters/rate-limit/daily-usage.js";
import type { BudgetDecision, DailyBudget } from "../../src/application/ports/daily-budget.js";

/** One process's count, forgotten on exit: for tests and the fake backend, where nothing real is spent. */
export class InMemoryDailyBudget implements DailyBudget {
  private usage: DailyUsage | null = null;

  constructor(
    private readonly limit: number,
    private readonly clock: Clock = { now: () => Date.now() },
  ) {
    assertDailyLimit(limit);
  }

  take(): Promise<BudgetDecision> {
    const { usage, decision } = reserve(this.usage, utcDay(this.clock.now()), this.limit, 1);
    this.usage = usage;
    return Promise.resolve(decision);
  }
}
