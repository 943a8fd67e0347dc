import { describe, expect, test } from "vitest";
import { retryAfterMs } from "../../../src/adapters/gong-http/retry-after.js";
import { backoffMs, DEFAULT_RETRY_POLICY, isRepeatable, isTransientStatus } from "../../../src/adapters/gong-http/retry-policy.js";

const NOW = Date.parse("2026-06-12T17:35:00Z");

describe("Retry-After", () => {
  test.each([
    ["integer seconds (Gong's form)", "3", 3_000],
    ["zero", "0", 0],
    ["an HTTP date", "Fri, 12 Jun 2026 17:35:30 GMT", 30_000],
    ["a date in the past", "Fri, 12 Jun 2026 17:00:00 GMT", 0],
    ["missing: the 10 s floor", null, 10_000],
    ["unreadable: the 10 s floor", "soon", 10_000],
    ["fractional: unreadable", "1.5", 10_000],
    ["absurd: capped at a day", "99999999", 86_400_000],
  ])("%s", (_name, header, expected) => {
    expect(retryAfterMs(header, NOW)).toBe(expected);
  });
});

describe("backoff: full jitter under an exponential ceiling", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, capDelayMs: 1_000 };
  test.each([
    [1, 100],
    [2, 200],
    [3, 400],
    [5, 1_000],
  ])("retry %i waits less than %i ms", (retry, ceiling) => {
    expect(backoffMs(policy, retry, () => 0)).toBe(0);
    expect(backoffMs(policy, retry, () => 0.999_999)).toBe(ceiling - 1);
  });
});

test("transient statuses", () => {
  expect([500, 502, 503, 504].every(isTransientStatus)).toBe(true);
  expect([400, 401, 404, 429, 501].some(isTransientStatus)).toBe(false);
});

test("reads may be sent again; the flow assignment may not", () => {
  expect(isRepeatable({ method: "GET", path: "/v2/users" })).toBe(true);
  expect(isRepeatable({ method: "POST", path: "/v2/calls/extensive" })).toBe(true);
  expect(isRepeatable({ method: "POST", path: "/v2/calls/transcript" })).toBe(true);
  expect(isRepeatable({ method: "POST", path: "/v2/flows/prospects" })).toBe(true);
  expect(isRepeatable({ method: "POST", path: "/v2/flows/prospects/assign" })).toBe(false);
});
