import { describe, expect, test } from "vitest";
import { DEMO_DEFAULT_USER_ID, DEMO_USERS, DEMO_WORKSPACE_IDS } from "../../../src/adapters/fake-gong/demo/demo-workspace.js";
import { calls, levelOf, profiles, userIds, users } from "./demo-dataset.js";

const { americas, emea } = DEMO_WORKSPACE_IDS;

/** The README table: each well-known user's calls access per workspace. */
const EXPECTED: Record<keyof typeof DEMO_USERS, readonly [string, string]> = {
  admin_all: ["all", "all"],
  cro_all: ["all", "all"],
  vp_sales_all: ["all", "report-to-them"],
  manager_managers_team: ["managers-team", "report-to-them"],
  manager_report_to_them: ["report-to-them", "report-to-them"],
  manager_sdr: ["report-to-them", "report-to-them"],
  manager_emea: ["report-to-them", "report-to-them"],
  manager_cs: ["report-to-them", "report-to-them"],
  manager_se: ["report-to-them", "report-to-them"],
  rep_managers_team: ["managers-team", "own"],
  rep_managers_team_with_leads: ["managers-team", "managers-team"],
  rep_own: ["own", "own"],
  rep_emea_own: ["managers-team", "own"],
  rep_no_profile: ["own", "own"],
  csm_managers_team: ["managers-team", "managers-team"],
  user_none: ["none", "none"],
  inactive_rep: ["managers-team", "own"],
  marketing_no_profile: ["own", "own"],
};

const profileOf = (userId: string, workspaceId: string) =>
  profiles.find((p) => p.workspaceId === workspaceId && p.userIds.includes(userId));

describe("demo users and permission profiles", () => {
  test("every well-known user exists and has the documented level in each workspace", () => {
    expect(userIds).toContain(DEMO_DEFAULT_USER_ID);
    for (const [role, id] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, string][]) {
      expect(userIds, role).toContain(id);
      expect([levelOf(id, americas), levelOf(id, emea)], role).toEqual(EXPECTED[role]);
    }
  });

  test("covers every level and the teamLeadIds cases", () => {
    for (const workspaceId of [americas, emea]) {
      const levels = new Set(profiles.filter((p) => p.workspaceId === workspaceId).map((p) => p.callsAccess?.permissionLevel));
      expect(levels.size, workspaceId).toBeGreaterThanOrEqual(4);
    }
    const allLevels = new Set(profiles.map((p) => p.callsAccess?.permissionLevel));
    expect([...allLevels].sort()).toEqual(["all", "managers-team", "none", "own", "report-to-them"]);
    const seLeads = profileOf(DEMO_USERS.rep_managers_team_with_leads, americas)?.callsAccess?.teamLeadIds;
    expect(seLeads).toEqual([DEMO_USERS.manager_report_to_them, DEMO_USERS.manager_managers_team]);
    expect(profileOf(DEMO_USERS.vp_sales_all, americas)?.callsAccess?.teamLeadIds?.length).toBeGreaterThan(0);
    expect(profileOf(DEMO_USERS.user_none, americas)?.callsAccess?.teamLeadIds?.length).toBeGreaterThan(0);
    expect(profileOf(DEMO_USERS.rep_managers_team, americas)?.callsAccess?.teamLeadIds).toBeNull();
    expect(profileOf(DEMO_USERS.rep_own, emea)).toBeUndefined();
  });

  test("holds one profile per user and workspace, with the full recorded field set", () => {
    for (const workspaceId of [americas, emea]) {
      const holders = profiles.filter((p) => p.workspaceId === workspaceId).flatMap((p) => p.userIds);
      expect(new Set(holders).size).toBe(holders.length);
      const names = profiles.filter((p) => p.workspaceId === workspaceId).map((p) => p.name ?? "");
      expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    }
    for (const profile of profiles) {
      expect(Object.keys(profile)).toHaveLength(55 + 2);
      expect(profile).toMatchObject({ libraryFolderAccess: { libraryFolderIds: null }, orchestrateCreateAndManagePlays: null });
    }
  });

  test("only managers and admins may assign flow to-dos to others", () => {
    const managers = new Set(users.flatMap((u) => (u.managerId ? [u.managerId] : [])));
    for (const profile of profiles.filter((p) => p.engageAssignFlowToDosToOthers === true)) {
      for (const id of profile.userIds) expect(managers.has(id) || id === DEMO_USERS.admin_all, profile.name ?? "").toBe(true);
    }
    expect(profileOf(DEMO_USERS.rep_own, americas)?.engageAssignFlowToDosToOthers).toBe(false);
    expect(profileOf(DEMO_USERS.manager_report_to_them, americas)?.engageAssignFlowToDosToOthers).toBe(true);
  });

  test("the inactive rep keeps their place in the tree and their calls, all from before they left", () => {
    const inactive = users.find((u) => u.id === DEMO_USERS.inactive_rep);
    expect(inactive).toMatchObject({ active: false, managerId: DEMO_USERS.manager_report_to_them });
    const theirs = calls.filter((c) => (c.parties ?? []).some((p) => p.userId === inactive?.id) || c.metaData.primaryUserId === inactive?.id);
    expect(theirs.length).toBeGreaterThan(3);
  });

  test("private calls belong to their participants, including 1:1s of the default user", () => {
    const oneOnOnes = calls.filter((c) => c.metaData.isPrivate && c.metaData.primaryUserId === DEMO_DEFAULT_USER_ID);
    expect(oneOnOnes.length).toBeGreaterThan(0);
  });
});
