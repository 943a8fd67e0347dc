import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { participantsOf, type Call } from "../../src/domain/call.js";
import type { UserId } from "../../src/domain/ids.js";
import { buildOrgChart, type OrgChart } from "../../src/domain/org-chart.js";
import { CALLS_ACCESS_LEVELS, type CallsAccess } from "../../src/domain/permission-profile.js";
import type { User } from "../../src/domain/user.js";
import { canSee } from "../../src/domain/visibility.js";
import { arbCallInWorkspace } from "../arbitraries/calls.js";
import { arbPersonId, arbUsers } from "../arbitraries/org.js";
import { arbLevel, arbTeamLeadIds, arbWorkspaceId } from "../arbitraries/profiles.js";

/** Can `userId`, holding this level (and these team leads) in the call's workspace, see it? */
function sees(userId: UserId, level: CallsAccess, call: Call, org: OrgChart, teamLeadIds: readonly UserId[] = []): boolean {
  const grants = new Map([[call.workspaceId ?? "", { level, teamLeadIds }]]);
  return canSee({ userId, grants }, call, org);
}

const arbOrg = arbUsers().map(buildOrgChart);
const arbCase = fc.record({ org: arbOrg, call: arbCallInWorkspace, userId: arbPersonId, leads: arbTeamLeadIds });
const SEEING_LEVELS = CALLS_ACCESS_LEVELS.filter((level) => level !== "none");

/** Managers above `userId`, nearest first, stopping at a repeat. */
function ancestors(org: OrgChart, userId: UserId): UserId[] {
  const chain: UserId[] = [];
  for (let up = org.managerOf.get(userId) ?? null; up !== null && up !== userId && !chain.includes(up); ) {
    chain.push(up);
    up = org.managerOf.get(up) ?? null;
  }
  return chain;
}

describe("how the calls-access levels relate (contract section 6)", () => {
  test.prop([arbCase])("level none sees nothing, not even its own private calls", ({ org, call, userId, leads }) => {
    expect(sees(userId, "none", call, org, leads)).toBe(false);
  });

  test.prop([arbCase])("whatever own sees, every level but none sees", ({ org, call, userId, leads }) => {
    fc.pre(sees(userId, "own", call, org));
    for (const level of SEEING_LEVELS) expect(sees(userId, level, call, org, leads), level).toBe(true);
  });

  test.prop([arbCase, arbLevel])("whatever any level sees, all sees", ({ org, call, userId, leads }, level) => {
    fc.pre(sees(userId, level, call, org, leads));
    expect(sees(userId, "all", call, org)).toBe(true);
  });

  test.prop([arbCase, arbLevel])("a private call, or one whose privacy Gong does not state, is seen only by its participants", ({ org, call, userId, leads }, level) => {
    fc.pre(call.isPrivate !== false);
    expect(sees(userId, level, call, org, leads)).toBe(level !== "none" && participantsOf(call).has(userId));
  });

  test.prop([arbCase])("a participant sees the call at every level but none", ({ org, call, userId, leads }) => {
    fc.pre(participantsOf(call).has(userId));
    for (const level of SEEING_LEVELS) expect(sees(userId, level, call, org, leads), level).toBe(true);
  });

  test.prop([arbCase, arbLevel])("teamLeadIds count only at managers-team", ({ org, call, userId, leads }, level) => {
    fc.pre(level !== "managers-team");
    expect(sees(userId, level, call, org, leads)).toBe(sees(userId, level, call, org, []));
  });

  test.prop([arbCase])("report-to-them sees no more than managers-team without leads", ({ org, call, userId }) => {
    fc.pre(sees(userId, "report-to-them", call, org));
    expect(sees(userId, "managers-team", call, org, [])).toBe(true);
  });

  test.prop([arbCase])("managers-team listing oneself as a lead sees all report-to-them sees", ({ org, call, userId, leads }) => {
    fc.pre(sees(userId, "report-to-them", call, org));
    expect(sees(userId, "managers-team", call, org, [...leads, userId])).toBe(true);
  });

  test.prop([arbCase, arbPersonId])("with team leads set, one more lead never hides a call", ({ org, call, userId, leads }, extra) => {
    fc.pre(leads.length > 0 && sees(userId, "managers-team", call, org, leads));
    expect(sees(userId, "managers-team", call, org, [...leads, extra])).toBe(true);
  });

  test.prop([arbCase])("what report-to-them shows, every manager above shows too (public calls)", ({ org, call, userId }) => {
    fc.pre(call.isPrivate === false && sees(userId, "report-to-them", call, org));
    for (const manager of ancestors(org, userId)) expect(sees(manager, "report-to-them", call, org), manager).toBe(true);
  });

  test.prop([arbCase])("managers-team without leads is the manager's report-to-them (public calls)", ({ org, call, userId }) => {
    const manager = org.managerOf.get(userId) ?? null;
    fc.pre(call.isPrivate === false && manager !== null && manager !== userId);
    expect(sees(userId, "managers-team", call, org)).toBe(sees(manager, "report-to-them", call, org));
  });

  test.prop([arbUsers(), arbCallInWorkspace, arbPersonId, arbLevel, arbTeamLeadIds, fc.infiniteStream(fc.boolean())])(
    "deactivating users changes nothing: their links still shape the tree",
    (users, call, userId, level, leads, flips) => {
      const shuffled: User[] = users.map((user) => ({ ...user, active: flips.next().value as boolean }));
      const before = sees(userId, level, call, buildOrgChart(users), leads);
      expect(sees(userId, level, call, buildOrgChart(shuffled), leads)).toBe(before);
    },
  );

  test.prop([arbCase, arbLevel, arbLevel, arbWorkspaceId])(
    "only the grant of the call's own workspace matters",
    ({ org, call, userId, leads }, level, elsewhere, otherWorkspace) => {
      fc.pre(otherWorkspace !== call.workspaceId);
      const grants = new Map([
        [call.workspaceId ?? "", { level, teamLeadIds: leads }],
        [otherWorkspace, { level: elsewhere, teamLeadIds: [] }],
      ]);
      expect(canSee({ userId, grants }, call, org)).toBe(sees(userId, level, call, org, leads));
    },
  );
});
