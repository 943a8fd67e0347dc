import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { CallerAccess } from "../../src/application/caller-access.js";
import type { UserId } from "../../src/domain/ids.js";
import { buildOrgChart } from "../../src/domain/org-chart.js";
import { grantOf, profileOf } from "../../src/domain/permission-profile.js";
import { canSee, visibilityFilter, type Viewer } from "../../src/domain/visibility.js";
import { arbPersonId } from "../arbitraries/org.js";
import { WORKSPACE_POOL } from "../arbitraries/profiles.js";
import { arbWorld, type World } from "../arbitraries/world.js";
import { StaticGongGateway } from "../support/static-gong-gateway.js";
import { oracleCanSee } from "./visibility-oracle.js";

/** The viewer as the product derives it: one grant per workspace, from that workspace's profiles. */
function viewerFrom(world: World, userId: UserId): Viewer {
  const grants = WORKSPACE_POOL.map(
    (workspaceId) => [workspaceId, grantOf(profileOf(userId, world.profiles.filter((p) => p.workspaceId === workspaceId)))] as const,
  );
  return { userId, grants: new Map(grants) };
}

const visibleByOracle = (world: World, userId: UserId): string[] =>
  world.calls.filter((call) => oracleCanSee(userId, call, world.users, world.profiles)).map((call) => call.id);

describe("visibility agrees with a literal reading of contract section 6", () => {
  test.prop([arbWorld(), arbPersonId], { numRuns: 500 })("canSee, call by call", (world, userId) => {
    const viewer = viewerFrom(world, userId);
    const org = buildOrgChart(world.users);
    for (const call of world.calls) {
      expect(canSee(viewer, call, org), `call ${call.id}`).toBe(oracleCanSee(userId, call, world.users, world.profiles));
    }
  });

  test.prop([arbWorld(), arbPersonId])("one visibilityFilter reused over many calls", (world, userId) => {
    const filter = visibilityFilter(viewerFrom(world, userId), buildOrgChart(world.users));
    expect(world.calls.filter(filter).map((call) => call.id)).toEqual(visibleByOracle(world, userId));
  });

  test.prop([arbWorld(), arbPersonId])("the viewer CallerAccess loads from the gateway", async (world, userId) => {
    const access = new CallerAccess(new StaticGongGateway({ users: world.users, profiles: world.profiles }));
    const viewer = await access.viewer(userId);
    if (!viewer.ok) throw new Error("viewer failed");
    const filter = visibilityFilter(viewer.value, buildOrgChart(world.users));
    expect(world.calls.filter(filter).map((call) => call.id)).toEqual(visibleByOracle(world, userId));
  });

  test("the generated worlds reach every kind of answer", () => {
    // Guards the properties above against passing vacuously on worlds that never reach some case.
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbWorld(), arbPersonId, (world, userId) => {
        for (const call of world.calls) {
          const profile = world.profiles.find((p) => p.workspaceId === call.workspaceId && p.userIds.includes(userId));
          const level = profile?.callsAccess.level ?? "own";
          const manager = world.users.find((user) => user.id === userId)?.managerId ?? null;
          const branch =
            level !== "managers-team" ? "" : profile?.callsAccess.teamLeadIds.length ? "/leads" : manager ? "/manager" : "/alone";
          seen.add(`${level}${branch}:${call.isPrivate}:${oracleCanSee(userId, call, world.users, world.profiles)}`);
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
    for (const level of ["own", "report-to-them", "managers-team/leads", "managers-team/manager", "managers-team/alone", "all"]) {
      expect(seen).toContain(`${level}:false:true`);
      expect(seen).toContain(`${level}:true:true`);
      expect(seen).toContain(`${level}:true:false`);
      if (level !== "all") expect(seen).toContain(`${level}:false:false`);
    }
    expect(seen).toContain("none:false:false");
    expect(seen).toContain("none:true:false");
  });
});
