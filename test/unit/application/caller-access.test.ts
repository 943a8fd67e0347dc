import { describe, expect, test } from "vitest";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import { CallerAccess } from "../../../src/application/caller-access.js";
import type { GongResult } from "../../../src/application/ports/gong-gateway.js";
import type { DomainError } from "../../../src/domain/errors.js";
import type { ProfileId, UserId } from "../../../src/domain/ids.js";
import { err } from "../../../src/domain/result.js";
import { aProfile } from "../../arbitraries/domain-values.js";
import { StaticGongGateway, type StaticGongData } from "../../support/static-gong-gateway.js";
import { counting } from "../../support/counting-gateway.js";
import { errorOf, valueOf } from "../../support/use-case-kit.js";

// Workspace 1 lists profiles 100, 101, 102 in that order (held by 2, 1 and 3); workspace 2 lists 200 (held by 1).
// User 9 holds no profile anywhere.
const data: StaticGongData = {
  profiles: [
    aProfile("100", "1", "all", { userIds: ["2"] }),
    aProfile("101", "1", "report-to-them", { userIds: ["1"] }),
    aProfile("102", "1", "none", { userIds: ["3"] }),
    aProfile("200", "2", "managers-team", { userIds: ["1"] }),
  ],
};

/** CallerAccess over the static Gong, counting what reaches it: each gateway call is one upstream request. */
function accessOver(gateway = new StaticGongGateway(data)) {
  const counted = counting(gateway);
  const membersAskedFor = () => counted.sent.filter((sent) => sent.method === "listProfileMembers").map((sent) => sent.args[0]);
  return { counted, membersAskedFor, access: new CallerAccess(counted.gateway) };
}

describe("CallerAccess: the caller's profile, found with as few requests as Gong allows", () => {
  test("stops asking for members at the first profile that holds the caller", async () => {
    const { access, counted, membersAskedFor } = accessOver();
    const profile = valueOf(await access.profile("1", "1"));
    expect(profile?.id).toBe("101");
    expect(profile).not.toHaveProperty("userIds");
    expect(counted.count("listPermissionProfiles")).toBe(1);
    expect(membersAskedFor()).toEqual(["100", "101"]);
  });

  test("a user in no profile walks every profile of the workspace, and sees as own there", async () => {
    const { access, membersAskedFor } = accessOver();
    expect(valueOf(await access.profile("9", "1"))).toBeUndefined();
    expect(membersAskedFor()).toEqual(["100", "101", "102"]);
    const viewer = valueOf(await access.viewer("9"));
    expect([...viewer.grants.values()].map((grant) => grant.level)).toEqual(["own", "own"]);
  });

  test("the viewer covers every workspace, each walk stopping at the caller's profile", async () => {
    const { access, counted, membersAskedFor } = accessOver();
    const viewer = valueOf(await access.viewer("1"));
    expect(Object.fromEntries([...viewer.grants].map(([workspaceId, grant]) => [workspaceId, grant.level]))).toEqual({
      "1": "report-to-them",
      "2": "managers-team",
    });
    expect(counted.sent.filter((sent) => sent.method === "listPermissionProfiles").map((sent) => sent.args[0])).toEqual(["1", "2"]);
    expect(membersAskedFor()).toEqual(["100", "101", "200"]);
  });

  test("a failed members request fails the answer: skipping the profile could read its holder as own", async () => {
    const throttled: DomainError = { _tag: "UpstreamFailed", reason: "Throttled", status: 429 };
    const failing = new (class extends StaticGongGateway {
      override listProfileMembers(profileId: ProfileId): GongResult<readonly UserId[]> {
        return profileId === "100" ? Promise.resolve(err(throttled)) : super.listProfileMembers(profileId);
      }
    })(data);
    const { access } = accessOver(failing);
    expect(errorOf(await access.profile("1", "1"))).toEqual(throttled);
    expect(errorOf(await access.viewer("9"))).toEqual(throttled);
  });

  test("over the cache, each later user pays only for the profiles no one has asked about yet", async () => {
    const counted = counting(new StaticGongGateway(data));
    const access = new CallerAccess(new CachingGongGateway(counted.gateway));
    const membersFor = async (userId: UserId, workspaceId: string) => {
      const before = counted.count("listProfileMembers");
      valueOf(await access.profile(userId, workspaceId));
      return counted.count("listProfileMembers") - before;
    };
    expect(await membersFor("1", "1")).toBe(2);
    expect(await membersFor("2", "1")).toBe(0);
    expect(await membersFor("3", "1")).toBe(1);
    expect(await membersFor("9", "1")).toBe(0);
    expect(counted.count("listPermissionProfiles")).toBe(1);
  });
});
