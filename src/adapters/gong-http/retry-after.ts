/**
 * Gong documents Retry-After in whole seconds, and Dust saw it missing at times; without a usable value it
 * waits this long, the floor Dust settled on (gong-api.md section 3).
 */
export const DEFAULT_RETRY_AFTER_MS = 10_000;
// Dust saw values of ~20 minutes; a day bounds anything stranger so that timers stay in range.
const LONGEST_RETRY_AFTER_MS = 86_400_000;

/**
 * How long a 429 asks to wait, in ms: integer seconds (Gong's form) or an HTTP date (the other form RFC
 * 9110 allows). Missing or unreadable: `fallbackMs`. A date in the past is 0; anything is capped at a day.
 */
export function retryAfterMs(header: string | null, now: number, fallbackMs = DEFAULT_RETRY_AFTER_MS): number {
  const value = header?.trim() ?? "";
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(at)) return fallbackMs;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, LONGEST_RETRY_AFTER_MS);
}
