import type { BudgetDecision } from "../../application/ports/daily-budget.js";

/** How many requests a UTC day has seen, as stored. */
export interface DailyUsage {
  /** YYYY-MM-DD, UTC. */
  readonly day: string;
  readonly count: number;
}

export const utcDay = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);

export function nextUtcMidnight(day: string): string {
  const midnight = new Date(`${day}T00:00:00.000Z`);
  midnight.setUTCDate(midnight.getUTCDate() + 1);
  return midnight.toISOString();
}

export function assertDailyLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`daily limit must be an integer ≥ 0, got ${limit}`);
}

/**
 * Reserves up to `wanted` requests on `today` against `limit`: the grant is at most 1% of what is left (at
 * least 1), so far from the limit a process counts ahead in blocks, and near it every request is counted
 * one by one, exactly. A stored day later than today (a clock that stepped back, or a file from elsewhere)
 * is not trusted as a date, but its count is: it is carried into today, so the budget neither reopens
 * (fail open) nor stays spent until that future day.
 */
export function reserve(
  stored: DailyUsage | null,
  today: string,
  limit: number,
  wanted: number,
): { readonly usage: DailyUsage; readonly granted: number; readonly decision: BudgetDecision } {
  const current = stored === null || stored.day < today ? { day: today, count: 0 } : { day: today, count: stored.count };
  const left = limit - current.count;
  if (left <= 0) return { usage: current, granted: 0, decision: { ok: false, resetsAt: nextUtcMidnight(current.day) } };
  const granted = Math.max(1, Math.min(wanted, Math.floor(left / 100)));
  return { usage: { day: current.day, count: current.count + granted }, granted, decision: { ok: true } };
}

/** The stored usage, or undefined when the text is not one. */
export function parseUsage(text: string): DailyUsage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || !("day" in value) || !("count" in value)) return undefined;
  const { day, count } = value;
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) return undefined;
  if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) return undefined;
  return { day, count };
}
