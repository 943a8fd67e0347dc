import { describe, expect, test } from "vitest";
import type { WireRequest } from "../../../src/adapters/gong-wire/wire-exchange.js";
import { fixture, gatewayOver, inOrder, recorded } from "../../support/stub-exchange.js";

/**
 * The gateway driven by real Gong answers (test/fixtures/gong-real): what our own encoder could never show,
 * because these shapes were written by Gong, not by us. Calls and transcripts: recorded-call-payloads.
 */

const TWO_TO_53 = 2n ** 53n;

describe("users and workspaces", () => {
  test("GET /v2/users: every user, ids intact, nulls as null", async () => {
    const { gateway, stub } = gatewayOver(inOrder(recorded("nango-list-users").response));
    const users = await gateway.listUsers();
    expect(stub.requests).toEqual([{ method: "GET", path: "/v2/users", query: {} }]);
    expect(users.ok && users.value.map((user) => user.id)).toEqual([
      "413440499764841252",
      "1597409306735779049",
      "3199569787656015297",
      "7254376376091929519",
    ]);
    expect(users.ok && users.value[3]).toEqual({
      id: "7254376376091929519",
      emailAddress: "bastien@nango.dev",
      firstName: "Bastien",
      lastName: "Beurier",
      title: null,
      managerId: null,
      active: true,
      created: "2023-10-17T21:21:39.277+02:00",
    });
  });

  test("GET /v2/users/{id}: one user", async () => {
    const { gateway, stub } = gatewayOver(inOrder(recorded("nango-get-user").response));
    const user = await gateway.getUser("7254376376091929519");
    expect(stub.requests[0]?.path).toBe(recorded("nango-get-user").request.path);
    expect(user.ok && user.value.emailAddress).toBe("bastien@nango.dev");
    expect(user.ok && BigInt(user.value.id) > TWO_TO_53).toBe(true);
  });

  test("GET /v2/workspaces", async () => {
    const { gateway } = gatewayOver(inOrder(recorded("nango-list-workspaces").response));
    expect(await gateway.listWorkspaces()).toEqual({
      ok: true,
      value: [{ id: "7273476131570014205", name: "Initial workspace", description: "The built-in workspace" }],
    });
  });
});

describe("permission profiles", () => {
  const members = (fixture("permission-profile-users") as { byProfileId: Record<string, unknown> }).byProfileId;
  const answer = (request: WireRequest) =>
    request.path === "/v2/all-permission-profiles"
      ? recorded("nango-list-permission-profiles").response
      : { status: 200, body: members[request.query?.["profileId"] ?? ""] };

  test("a workspace's profiles in one request: level, (null → []) team leads, engage flag, no members", async () => {
    const { gateway, stub } = gatewayOver(answer);
    const profiles = await gateway.listPermissionProfiles("7273476131570014205");
    expect(stub.requests).toEqual([
      { method: "GET", path: "/v2/all-permission-profiles", query: { workspaceId: "7273476131570014205" } },
    ]);
    expect(profiles.ok && profiles.value[0]).toEqual({
      id: "8671702068956952525",
      name: "Business Admin",
      workspaceId: "7273476131570014205",
      callsAccess: { level: "all", teamLeadIds: [] },
      engageAssignFlowToDosToOthers: true,
    });
    expect(profiles.ok && profiles.value.map((profile) => [profile.id, profile.callsAccess.level])).toEqual([
      ["8671702068956952525", "all"],
      ["255233435199981513", "none"],
      ["2591273284078854655", "all"],
      ["4784611097597570972", "none"],
      ["5472924914158617053", "none"],
    ]);
  });

  test("one profile's members in one request, as user ids", async () => {
    const { gateway, stub } = gatewayOver(answer);
    expect(await gateway.listProfileMembers("2591273284078854655")).toEqual({
      ok: true,
      value: ["413440499764841252", "3199569787656015297"],
    });
    expect(await gateway.listProfileMembers("4784611097597570972")).toEqual({ ok: true, value: [] });
    expect(stub.requests.map((request) => [request.path, request.query])).toEqual([
      ["/v2/permission-profile/users", { profileId: "2591273284078854655" }],
      ["/v2/permission-profile/users", { profileId: "4784611097597570972" }],
    ]);
  });

  test("a 400 from permission-profile/users is a failure, not an empty list (which would read as `own`)", async () => {
    const { gateway } = gatewayOver(inOrder(recorded("nango-list-permission-profile-users").response));
    expect(await gateway.listProfileMembers("1")).toEqual({
      ok: false,
      error: { _tag: "UpstreamFailed", reason: "Status", status: 400 },
    });
  });
});

describe("flows", () => {
  test("GET /v2/flows: an empty 200 is an empty last page", async () => {
    const { gateway, stub } = gatewayOver(inOrder(recorded("nango-list-flows").response));
    expect(await gateway.listFlows("api@nango.dev", null, null)).toEqual({ ok: true, value: { items: [], nextCursor: null } });
    expect(stub.requests[0]?.query).toEqual(recorded("nango-list-flows").request.query);
  });

  test("POST /v2/flows/prospects: an unknown prospect has no flows", async () => {
    const exchange = recorded("nango-list-flow-prospects");
    const { gateway, stub } = gatewayOver(inOrder(exchange.response));
    expect(await gateway.flowsForProspects(["test-prospect-123"])).toEqual({ ok: true, value: [] });
    expect(stub.requests[0]?.body).toEqual(exchange.request.body);
  });

  test("assign to an unknown flow (404 Flow not found) is NotFound flow", async () => {
    const exchange = recorded("nango-assign-prospects-cool-off-override");
    const { gateway, stub } = gatewayOver(inOrder(exchange.response));
    expect(await gateway.assignFlow("123", ["abc"], "api@nango.dev")).toEqual({
      ok: false,
      error: { _tag: "NotFound", what: "flow", id: "123" },
    });
    // Same body as the recorded request, on the plain assign path.
    expect(stub.requests[0]).toEqual({ method: "POST", path: "/v2/flows/prospects/assign", body: exchange.request.body });
  });
});
