import { describe, expect, test } from "vitest";
import type { UserId } from "../../../src/domain/ids.js";
import { buildOrgChart } from "../../../src/domain/org-chart.js";
import type { CallsAccess } from "../../../src/domain/permission-profile.js";
import { canSee, peopleOf } from "../../../src/domain/visibility.js";
import { aCall, aParty, aUser } from "../../arbitraries/domain-values.js";

// VP 1 ─┬─ manager 2 ─┬─ rep 3
//       │             └─ rep 4 (inactive) ── rep 5
//       └─ manager 6 ─── rep 7
// loner 8 (no manager); 20 ⇄ 21 (a cycle); 30 manages themself.
const org = buildOrgChart([
  aUser("1"),
  aUser("2", { managerId: "1" }),
  aUser("3", { managerId: "2" }),
  aUser("4", { managerId: "2", active: false }),
  aUser("5", { managerId: "4" }),
  aUser("6", { managerId: "1" }),
  aUser("7", { managerId: "6" }),
  aUser("8"),
  aUser("20", { managerId: "21" }),
  aUser("21", { managerId: "20" }),
  aUser("30", { managerId: "30" }),
]);

const hostedBy = (host: UserId, over: Parameters<typeof aCall>[1] = {}) => aCall(`90${host}`, { primaryUserId: host, ...over });

function sees(viewer: UserId, level: CallsAccess, call: ReturnType<typeof aCall>, teamLeadIds: UserId[] = []): boolean {
  return canSee({ userId: viewer, grants: new Map([["1", { level, teamLeadIds }]]) }, call, org);
}

function seenHosts(viewer: UserId, level: CallsAccess, teamLeadIds: UserId[] = []): UserId[] {
  return ["1", "2", "3", "4", "5", "6", "7", "8"].filter((host) => sees(viewer, level, hostedBy(host), teamLeadIds));
}

describe("own", () => {
  test("sees the calls they host or join, nobody else's", () => {
    expect(seenHosts("2", "own")).toEqual(["2"]);
    expect(sees("2", "own", hostedBy("3", { parties: [aParty({ userId: "2" })] }))).toBe(true);
  });

  test("the host counts even when Gong leaves them out of the parties", () => {
    const call = hostedBy("3", { parties: [aParty({ name: "Customer", affiliation: "External" })] });
    expect(sees("3", "own", call)).toBe(true);
  });

  test("a user in no profile of the call's workspace sees as own", () => {
    expect(canSee({ userId: "2", grants: new Map() }, hostedBy("2"), org)).toBe(true);
    expect(canSee({ userId: "2", grants: new Map() }, hostedBy("3"), org)).toBe(false);
  });

  test("parties without a userId never match anyone", () => {
    const call = aCall("77", { primaryUserId: null, parties: [aParty({ emailAddress: "user2@example.com" })] });
    expect(sees("2", "own", call)).toBe(false);
  });
});

describe("report-to-them", () => {
  test("sees their own calls and everyone below them, through inactive managers", () => {
    expect(seenHosts("2", "report-to-them")).toEqual(["2", "3", "4", "5"]);
    expect(seenHosts("1", "report-to-them")).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  test("a report who is only a party (not the host) opens the call", () => {
    expect(sees("2", "report-to-them", aCall("78", { primaryUserId: "99", parties: [aParty({ userId: "5" })] }))).toBe(true);
  });

  test("a cycle in the manager links ends, and each member sees the other", () => {
    expect(sees("20", "report-to-them", hostedBy("21"))).toBe(true);
    expect(sees("21", "report-to-them", hostedBy("20"))).toBe(true);
  });
});

describe("managers-team", () => {
  test("without team leads: the manager and everyone below the manager", () => {
    expect(seenHosts("3", "managers-team")).toEqual(["2", "3", "4", "5"]);
    expect(seenHosts("7", "managers-team")).toEqual(["6", "7"]);
  });

  test("without a manager it falls back to report-to-them", () => {
    expect(seenHosts("1", "managers-team")).toEqual(seenHosts("1", "report-to-them"));
    expect(seenHosts("8", "managers-team")).toEqual(["8"]);
    expect(peopleOf("30", { level: "managers-team", teamLeadIds: [] }, org)).toEqual(new Set(["30"]));
  });

  test("with team leads: the viewer, each lead and everyone below them, and not their own manager", () => {
    expect(seenHosts("3", "managers-team", ["6"])).toEqual(["3", "6", "7"]);
    expect(seenHosts("8", "managers-team", ["4", "7"])).toEqual(["4", "5", "7", "8"]);
  });

  test("a lead who is not a user still counts as a person", () => {
    expect(sees("8", "managers-team", hostedBy("99"), ["99"])).toBe(true);
  });
});

describe("leftover teamLeadIds at other levels are ignored", () => {
  test.each<CallsAccess>(["own", "report-to-them", "all", "none"])("%s", (level) => {
    expect(seenHosts("3", level, ["6"])).toEqual(seenHosts("3", level));
  });
});

describe("all and none", () => {
  test("all sees every call that is not private", () => {
    expect(seenHosts("8", "all")).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  test("none sees nothing, not even a call they host, private or not", () => {
    expect(seenHosts("2", "none")).toEqual([]);
    expect(sees("2", "none", hostedBy("2", { isPrivate: true }))).toBe(false);
  });
});

describe("private calls", () => {
  const privateOf3 = hostedBy("3", { isPrivate: true, parties: [aParty({ userId: "5" })] });

  test("are hidden from everyone who is not a participant, at every level", () => {
    for (const level of ["own", "report-to-them", "managers-team", "all"] as const) {
      expect(sees("2", level, privateOf3), level).toBe(false);
      expect(sees("1", level, privateOf3), level).toBe(false);
    }
  });

  test("are seen by the host and by any party who is a user", () => {
    expect(sees("3", "own", privateOf3)).toBe(true);
    expect(sees("5", "own", privateOf3)).toBe(true);
  });
});

test("a call with no workspace is judged as own (no profile can hold the viewer there)", () => {
  const viewer = { userId: "2", grants: new Map([["1", { level: "all" as const, teamLeadIds: [] }]]) };
  expect(canSee(viewer, hostedBy("3", { workspaceId: null }), org)).toBe(false);
  expect(canSee(viewer, hostedBy("2", { workspaceId: null }), org)).toBe(true);
});
