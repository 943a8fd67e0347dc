/** Time in the demo tenant: Gong writes timestamps in the company's zone, here US Pacific. */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** The UTC instant of the `nth` Sunday (1-based) of a month at `utcHour`. */
function nthSunday(year: number, month: number, nth: number, utcHour: number): number {
  const first = Date.UTC(year, month, 1);
  const firstSunday = 1 + ((7 - new Date(first).getUTCDay()) % 7);
  return Date.UTC(year, month, firstSunday + 7 * (nth - 1), utcHour);
}

/** -420 in US daylight time (2nd Sunday of March to 1st Sunday of November, 02:00 local), else -480. */
export function pacificOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const dstStart = nthSunday(year, 2, 2, 10);
  const dstEnd = nthSunday(year, 10, 1, 9);
  return utcMs >= dstStart && utcMs < dstEnd ? -420 : -480;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, "0");

/**
 * `2026-05-19T03:30:46.814-07:00`: the instant in the tenant's offset, with 0 (scheduled times), 3
 * (most Gong timestamps) or 6 fraction digits (flow instances carry microseconds).
 */
export function tenantTime(utcMs: number, fractionDigits: 0 | 3 | 6 = 0): string {
  const offset = pacificOffsetMinutes(utcMs);
  const local = new Date(Math.floor(utcMs) + offset * 60_000);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const millis = pad(local.getUTCMilliseconds(), 3);
  // Microseconds are not in a JS date; the digits after the millisecond come from the instant's fraction.
  const micros = pad(Math.floor((utcMs % 1) * 1000), 3);
  const fraction = fractionDigits === 0 ? "" : fractionDigits === 3 ? `.${millis}` : `.${millis}${micros}`;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${date}T${clock}${fraction}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant `daysAgo` days before `today` (a UTC midnight) at `utcHour` plus `minutes`. */
export function daysAgoAt(today: number, daysAgo: number, utcHour: number, minutes = 0): number {
  return today - daysAgo * DAY_MS + utcHour * HOUR_MS + minutes * 60_000;
}

/** Saturday or Sunday in the tenant's zone. */
export function isWeekend(utcMs: number): boolean {
  const day = new Date(utcMs + pacificOffsetMinutes(utcMs) * 60_000).getUTCDay();
  return day === 0 || day === 6;
}
