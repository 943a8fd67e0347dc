import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isPrivateCall } from "../../../src/domain/call.js";
import { CALLS_ACCESS_LEVELS, grantFromGong } from "../../../src/domain/permission-profile.js";
import { isActiveUser } from "../../../src/domain/user.js";

// Contract section 6: what Gong does not state is read the safe way, by the domain, not by a decoder.
describe("fail closed on what Gong does not state", () => {
  test("a call is private unless Gong says it is not", () => {
    expect(isPrivateCall({ isPrivate: false })).toBe(false);
    expect(isPrivateCall({ isPrivate: true })).toBe(true);
    expect(isPrivateCall({ isPrivate: null })).toBe(true);
  });

  test("only active: true is an active user", () => {
    expect(isActiveUser({ active: true })).toBe(true);
    expect(isActiveUser({ active: false })).toBe(false);
    expect(isActiveUser({ active: null })).toBe(false);
  });

  test.prop([fc.option(fc.string(), { nil: undefined }), fc.option(fc.array(fc.stringMatching(/^\d{1,5}$/)), { nil: null })])(
    "a calls level that is not one of the five known ones, or none, grants own; a known one grants itself",
    (level, leads) => {
      const grant = grantFromGong(level, leads);
      const known = CALLS_ACCESS_LEVELS.find((candidate) => candidate === level);
      expect(grant.level).toBe(known ?? "own");
      expect(grant.teamLeadIds).toEqual(leads ?? []);
    },
  );

  test("the combined literal of Gong's 2026-02 spec grants own", () => {
    expect(grantFromGong("none|own|report-to-them|managers-team|all", null).level).toBe("own");
  });
});
