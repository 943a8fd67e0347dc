import { describe, expect, test } from "vitest";
import { buildOrgChart, subtree } from "../../../src/domain/org-chart.js";
import { DEFAULT_GRANT, grantOf, parseCallsAccess, profileOf } from "../../../src/domain/permission-profile.js";
import { aProfile, aUser } from "../../arbitraries/domain-values.js";

describe("subtree", () => {
  test("holds the root and everyone below it, transitively, inactive users included", () => {
    const org = buildOrgChart([
      aUser("1"),
      aUser("2", { managerId: "1", active: false }),
      aUser("3", { managerId: "2" }),
      aUser("4"),
    ]);
    expect(subtree(org, "1")).toEqual(new Set(["1", "2", "3"]));
    expect(subtree(org, "3")).toEqual(new Set(["3"]));
  });

  test("ends on cycles and self-links", () => {
    const org = buildOrgChart([aUser("1", { managerId: "3" }), aUser("2", { managerId: "1" }), aUser("3", { managerId: "2" }), aUser("4", { managerId: "4" })]);
    expect(subtree(org, "2")).toEqual(new Set(["1", "2", "3"]));
    expect(subtree(org, "4")).toEqual(new Set(["4"]));
  });

  test("a manager id that is not a user still roots the people who name it", () => {
    const org = buildOrgChart([aUser("1", { managerId: "99" }), aUser("2", { managerId: "99" })]);
    expect(subtree(org, "99")).toEqual(new Set(["99", "1", "2"]));
  });
});

describe("the profile that governs a user in a workspace", () => {
  const reps = aProfile("10", "1", "own", { userIds: ["3"] });
  const managers = aProfile("11", "1", "report-to-them", { userIds: ["2"], teamLeadIds: ["5"] });

  test("is the one whose userIds hold them, and grants its level and team leads", () => {
    expect(profileOf("2", [reps, managers])).toBe(managers);
    expect(grantOf(profileOf("2", [reps, managers]))).toEqual({ level: "report-to-them", teamLeadIds: ["5"] });
    expect(profileOf("3", [reps, managers])).toBe(reps);
  });

  test("a user in no profile gets own", () => {
    expect(profileOf("7", [reps, managers])).toBeUndefined();
    expect(grantOf(undefined)).toEqual(DEFAULT_GRANT);
    expect(DEFAULT_GRANT.level).toBe("own");
  });

  test("a user holds at most one profile per workspace, so the first that holds them governs", () => {
    // Gong never gives two, and the fake's dataset loader warns about data that does (dataset.test.ts); the rule
    // is what lets CallerAccess stop asking for members at the first profile that holds the caller.
    const everything = aProfile("12", "1", "all", { userIds: ["2"] });
    const nothing = aProfile("13", "1", "none", { userIds: ["2"] });
    expect(profileOf("2", [everything, managers])).toBe(everything);
    expect(grantOf(profileOf("2", [nothing, everything, managers])).level).toBe("none");
    expect(grantOf(profileOf("2", [reps, managers, nothing])).level).toBe("report-to-them");
  });
});

describe("parseCallsAccess", () => {
  test.each(["none", "own", "report-to-them", "managers-team", "all"])("knows %s", (level) => {
    expect(parseCallsAccess(level)).toBe(level);
  });

  test.each([null, undefined, "", "ALL", "managers-team-and-report-to-them", "everyone"])("does not know %s", (value) => {
    expect(parseCallsAccess(value)).toBeUndefined();
  });
});
