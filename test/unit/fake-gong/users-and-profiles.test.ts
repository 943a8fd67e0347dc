import { describe, expect, test } from "vitest";
import { fakeApi, get, post, type Records } from "./fake-gong-harness.js";
import { ids, smallDataset, user } from "./small-dataset.js";

interface UsersPage {
  readonly records: Records;
  readonly users: readonly { readonly id: string }[];
}
type Profile = Readonly<Record<string, unknown>> & { readonly id: string; readonly name: string };

const api = fakeApi();

describe("users", () => {
  test("GET /v2/users lists everyone with records", () => {
    const answer = get<UsersPage>(api, "/v2/users");
    expect(answer.body.users.map((u) => u.id)).toEqual([ids.ada, ids.bob, ids.cy, ids.dee]);
    expect(answer.body.records).toEqual({ totalRecords: 4, currentPageSize: 4, currentPageNumber: 0 });
  });

  test("GET /v2/users/{id} serves every stored field back", () => {
    const answer = get<{ user: unknown }>(api, `/v2/users/${ids.bob}`);
    expect(answer.body.user).toEqual(user(ids.bob, "Bob", "Rep", ids.ada));
  });

  test("an unknown user is a 404", () => {
    expect(get(api, "/v2/users/42").status).toBe(404);
  });

  test("POST /v2/users/extensive needs a filter", () => {
    expect(post(api, "/v2/users/extensive", {}).status).toBe(400);
    expect(post<UsersPage>(api, "/v2/users/extensive", { filter: {} }).body.users).toHaveLength(4);
  });

  test("POST /v2/users/extensive filters by ids and creation time (from inclusive, to exclusive)", () => {
    const input = smallDataset();
    const users = (input.users ?? []).map((u, i) => ({ ...u, created: `2024-01-0${i + 1}T00:00:00Z` }));
    const dated = fakeApi({ ...input, users });
    const found = (filter: unknown) => post<UsersPage>(dated, "/v2/users/extensive", { filter }).body.users.map((u) => u.id);
    expect(found({ userIds: [ids.cy, "404"] })).toEqual([ids.cy]);
    expect(found({ createdFromDateTime: "2024-01-02T00:00:00Z", createdToDateTime: "2024-01-04T00:00:00Z" })).toEqual([ids.bob, ids.cy]);
    expect(found({ userIds: ["404"] })).toEqual([]);
  });
});

describe("GET /v2/workspaces", () => {
  test("lists them without paging", () => {
    const answer = get<{ workspaces: unknown[] }>(api, "/v2/workspaces");
    expect(answer.body).not.toHaveProperty("records");
    expect(answer.body.workspaces).toEqual([
      { id: ids.sales, name: "Sales", description: "Sellers" },
      { id: ids.ops, name: "Ops", description: null },
    ]);
  });
});

describe("permission profiles", () => {
  test("all-permission-profiles: one workspace, names ordered case-insensitively, no dataset links", () => {
    const answer = get<{ profiles: readonly Profile[] }>(api, "/v2/all-permission-profiles", { workspaceId: ids.sales });
    expect(answer.body.profiles.map((p) => p.name)).toEqual(["admin", "Manager", "Sales Rep"]);
    for (const profile of answer.body.profiles) {
      expect(profile).not.toHaveProperty("workspaceId");
      expect(profile).not.toHaveProperty("userIds");
    }
    expect(answer.body).not.toHaveProperty("records");
  });

  test("all-permission-profiles needs a known workspaceId", () => {
    expect(get(api, "/v2/all-permission-profiles").status).toBe(400);
    expect(get(api, "/v2/all-permission-profiles", { workspaceId: "1" }).status).toBe(400);
  });

  test("permission-profile answers one profile", () => {
    const answer = get<{ profile: Profile }>(api, "/v2/permission-profile", { profileId: ids.repProfile });
    expect(answer.body.profile).toEqual({ id: ids.repProfile, name: "Sales Rep", callsAccess: { permissionLevel: "own", teamLeadIds: null } });
    expect(get(api, "/v2/permission-profile", { profileId: "1" }).status).toBe(400);
  });

  test("permission-profile/users lists members as { id, fullName, emailAddress }", () => {
    const answer = get<{ users: unknown[] }>(api, "/v2/permission-profile/users", { profileId: ids.repProfile });
    expect(answer.body.users).toEqual([
      { id: ids.bob, fullName: "Bob Rep", emailAddress: "bob@acme.test" },
      { id: ids.cy, fullName: "Cy Rep", emailAddress: "cy@acme.test" },
    ]);
    expect(get<{ users: unknown[] }>(api, "/v2/permission-profile/users", { profileId: ids.managerProfile }).body.users).toEqual([]);
  });

  test("an unknown or missing profileId is 400 Bad request", () => {
    for (const query of [{ profileId: "12345678901234567890" }, {}]) {
      expect(get(api, "/v2/permission-profile/users", query)).toMatchObject({ status: 400, body: { errors: ["Bad request"] } });
    }
  });
});
