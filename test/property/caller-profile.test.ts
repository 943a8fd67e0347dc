import { test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { CallerAccess } from "../../src/application/caller-access.js";
import { profileOf } from "../../src/domain/permission-profile.js";
import { arbPersonId } from "../arbitraries/org.js";
import { arbWorkspaceId } from "../arbitraries/profiles.js";
import { arbWorld } from "../arbitraries/world.js";
import { StaticGongGateway } from "../support/static-gong-gateway.js";
import { counting } from "../support/counting-gateway.js";
import { valueOf } from "../support/use-case-kit.js";

describe("CallerAccess walks a workspace's profiles lazily", () => {
  test.prop([arbWorld(), arbPersonId, arbWorkspaceId], { numRuns: 300 })(
    "finds the profile that profileOf picks from all the member lists, and asks for none past it",
    async (world, userId, workspaceId) => {
      const counted = counting(new StaticGongGateway({ users: world.users, profiles: world.profiles }));
      const found = valueOf(await new CallerAccess(counted.gateway).profile(userId, workspaceId));
      const listed = world.profiles.filter((profile) => profile.workspaceId === workspaceId);
      const governing = profileOf(userId, listed);
      expect(found?.id).toBe(governing?.id);
      const walked = governing === undefined ? listed.length : listed.indexOf(governing) + 1;
      expect(counted.count("listProfileMembers")).toBe(walked);
    },
  );
});
