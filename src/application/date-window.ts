import { invalidInput, type DomainError } from "../domain/errors.js";
import { err, ok, type Result } from "../domain/result.js";

export const DEFAULT_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;
/**
 * "Now" as a window's end is taken to the next whole minute: the same question asked again within the
 * minute is the same window, so it is answered from the one-minute call cache instead of costing Gong a
 * request each time (no call starts in the future, so the answer is the same).
 */
const NOW_GRANULARITY_MS = 60_000;

/** A resolved [from, to) range as ISO instants. */
export interface DateWindow {
  readonly fromDateTime: string;
  readonly toDateTime: string;
}

/**
 * Resolves the optional bounds of a call search (contract section 5). Without them the window is the last
 * 30 days up to now (now taken to the next whole minute). With only an end, it starts 30 days before; with
 * only a start, it ends now (or a day after a start in the future, so the window is never empty).
 */
export function resolveWindow(
  from: string | undefined,
  to: string | undefined,
  nowMs: number,
): Result<DateWindow, DomainError> {
  const fromMs = from === undefined ? undefined : Date.parse(from);
  const toMs = to === undefined ? undefined : Date.parse(to);
  if (fromMs !== undefined && Number.isNaN(fromMs)) {
    return err(invalidInput("from_date_time", "an ISO 8601 date-time such as 2026-01-31T00:00:00Z"));
  }
  if (toMs !== undefined && Number.isNaN(toMs)) {
    return err(invalidInput("to_date_time", "an ISO 8601 date-time such as 2026-01-31T00:00:00Z"));
  }
  const now = Math.ceil(nowMs / NOW_GRANULARITY_MS) * NOW_GRANULARITY_MS;
  const end = toMs ?? (fromMs === undefined ? now : Math.max(now, fromMs + DAY_MS));
  const start = fromMs ?? end - DEFAULT_WINDOW_DAYS * DAY_MS;
  if (start >= end) return err(invalidInput("to_date_time", "a date-time later than from_date_time"));
  return ok({ fromDateTime: new Date(start).toISOString(), toDateTime: new Date(end).toISOString() });
}

/** A window read back from our own cursor: both ends present as strings (the cursor's MAC vouches for them). */
export function isDateWindow(value: unknown): value is DateWindow {
  return typeof value === "object" && value !== null && "fromDateTime" in value && "toDateTime" in value &&
    typeof value.fromDateTime === "string" && typeof value.toDateTime === "string";
}
