import { describe, expect, test } from "vitest";
import { resolveWindow } from "../../../src/application/date-window.js";
import { valueOf } from "../../support/use-case-kit.js";

const NOW = Date.parse("2026-03-15T12:00:00.000Z");

describe("resolveWindow", () => {
  test("without bounds: the last 30 days up to now", () => {
    expect(resolveWindow(undefined, undefined, NOW)).toEqual({
      ok: true,
      value: { fromDateTime: "2026-02-13T12:00:00.000Z", toDateTime: "2026-03-15T12:00:00.000Z" },
    });
  });

  test("both bounds are kept, normalised to UTC", () => {
    expect(valueOf(resolveWindow("2026-03-01T00:00:00+02:00", "2026-03-02T00:00:00Z", NOW))).toEqual({
      fromDateTime: "2026-02-28T22:00:00.000Z",
      toDateTime: "2026-03-02T00:00:00.000Z",
    });
  });

  test("only to: the 30 days before it", () => {
    expect(valueOf(resolveWindow(undefined, "2026-01-31T00:00:00Z", NOW)).fromDateTime).toBe("2026-01-01T00:00:00.000Z");
  });

  test("only from: up to now, or one day past a future from", () => {
    expect(valueOf(resolveWindow("2026-03-01T00:00:00Z", undefined, NOW)).toDateTime).toBe("2026-03-15T12:00:00.000Z");
    expect(valueOf(resolveWindow("2026-04-01T00:00:00Z", undefined, NOW)).toDateTime).toBe("2026-04-02T00:00:00.000Z");
  });

  test.each([
    ["yesterday", undefined, "from_date_time"],
    [undefined, "2026-13-45T00:00:00Z", "to_date_time"],
    ["", undefined, "from_date_time"],
  ])("an unreadable date (%s, %s) is invalid input naming %s", (from, to, field) => {
    expect(resolveWindow(from, to, NOW)).toMatchObject({ ok: false, error: { _tag: "InvalidInput", field } });
  });

  test.each([
    ["2026-03-02T00:00:00Z", "2026-03-02T00:00:00Z"],
    ["2026-03-03T00:00:00Z", "2026-03-02T00:00:00Z"],
  ])("from %s not before to %s is invalid input", (from, to) => {
    expect(resolveWindow(from, to, NOW)).toMatchObject({ ok: false, error: { _tag: "InvalidInput", field: "to_date_time" } });
  });
});

describe("the default window's end", () => {
  // Before: the window ended at the current millisecond, so the same question asked again a moment later was
  // a new window, and cost Gong a request every time (50 users: 49 listing reads).
  test("is now taken to the next whole minute: questions within the minute share one window (and its cache)", () => {
    const early = resolveWindow(undefined, undefined, Date.parse("2026-12-06T10:15:00.001Z"));
    const late = resolveWindow(undefined, undefined, Date.parse("2026-12-06T10:15:59.999Z"));
    expect(early).toEqual(late);
    expect(early).toEqual({ ok: true, value: { fromDateTime: "2026-11-06T10:16:00.000Z", toDateTime: "2026-12-06T10:16:00.000Z" } });
  });
});
