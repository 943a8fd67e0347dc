import { describe, expect, test } from "vitest";
import { callTime, compareIds, newestFirst, participantsOf } from "../../../src/domain/call.js";
import { distinct } from "../../../src/domain/flow.js";
import { isGongId } from "../../../src/domain/ids.js";
import { aCall, aParty } from "../../arbitraries/domain-values.js";

describe("participantsOf", () => {
  test("is the host plus every party that is a user, even when the host is not among the parties", () => {
    const call = aCall("1", {
      primaryUserId: "10",
      parties: [aParty({ userId: "11" }), aParty({ name: "Customer" }), aParty({ userId: "11" })],
    });
    expect(participantsOf(call)).toEqual(new Set(["10", "11"]));
  });

  test("is empty for a call without a host or user parties", () => {
    expect(participantsOf(aCall("1", { primaryUserId: null, parties: [aParty()] }))).toEqual(new Set());
  });
});

describe("ordering", () => {
  test("a call is timed by its start, else its schedule; with neither it sorts last", () => {
    expect(callTime({ started: "2026-03-01T10:00:00Z", scheduled: "2026-01-01T00:00:00Z" })).toBe(Date.parse("2026-03-01T10:00:00Z"));
    expect(callTime({ started: null, scheduled: "2026-01-01T00:00:00Z" })).toBe(Date.parse("2026-01-01T00:00:00Z"));
    const untimed = aCall("5", { started: null });
    expect([untimed, aCall("6", { started: "1970-01-01T00:00:00Z" })].sort(newestFirst).map((c) => c.id)).toEqual(["6", "5"]);
  });

  test("newest first, ties broken by the larger id, compared exactly beyond 2^53", () => {
    const at = "2026-03-01T10:00:00Z";
    const calls = [
      aCall("9007199254740993", { started: at }),
      aCall("9007199254740992", { started: at }),
      aCall("12", { started: "2026-03-02T10:00:00Z" }),
      aCall("99", { started: at }),
    ];
    expect(calls.sort(newestFirst).map((call) => call.id)).toEqual(["12", "9007199254740993", "9007199254740992", "99"]);
  });

  test("compareIds compares decimal strings as numbers", () => {
    expect(compareIds("9", "10")).toBeLessThan(0);
    expect(compareIds("10", "9")).toBeGreaterThan(0);
    expect(compareIds("12345678901234567890", "12345678901234567890")).toBe(0);
  });
});

test("distinct keeps the first of each value, in order", () => {
  expect(distinct(["b", "a", "b", "c", "a"])).toEqual(["b", "a", "c"]);
});

test("a Gong id is 1 to 20 digits", () => {
  expect(["1", "12345678901234567890"].map(isGongId)).toEqual([true, true]);
  expect(["", "123456789012345678901", "12a", "-1", " 1"].map(isGongId)).toEqual([false, false, false, false, false]);
});
