import { describe, expect, test } from "vitest";
import type { ListFlowsInput } from "../../../src/application/use-cases/list-flows.js";
import { aFlow, aUser } from "../../arbitraries/domain-values.js";
import type { OwnedFlow } from "../../support/static-gong-gateway.js";
import { errorOf, kitOver, valueOf } from "../../support/use-case-kit.js";

const owned = (id: string, workspaceId: string, ownerEmail: string): OwnedFlow => ({ ...aFlow(id, workspaceId), ownerEmail });
const users = [aUser("1"), aUser("2"), aUser("3", { emailAddress: null })];
const flows = [
  owned("71", "1", "user1@example.com"),
  owned("72", "1", "user1@example.com"),
  owned("73", "2", "user1@example.com"),
  owned("81", "1", "user2@example.com"),
];
const me = { userId: "1" };
const kit = () => kitOver({ users, flows, pageSize: 2 });

async function allFlowIds(input: ListFlowsInput): Promise<string[]> {
  const { listFlows } = kit().useCases;
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = valueOf(await listFlows.execute(me, { ...input, ...(cursor === undefined ? {} : { cursor }) }));
    ids.push(...page.flows.map((flow) => flow.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && ids.length < 20);
  return ids;
}

describe("gong_engage_flows_list", () => {
  test("by default: the caller's flows, every page", async () => {
    expect(await allFlowIds({})).toEqual(["71", "72", "73"]);
    expect(valueOf(await kit().useCases.listFlows.execute(me, {})).ownerEmail).toBe("user1@example.com");
  });

  test("by owner email or by owner user id: that owner's flows, open to any user", async () => {
    expect(await allFlowIds({ flowOwnerEmail: "USER2@example.com" })).toEqual(["81"]);
    expect(await allFlowIds({ flowOwnerUserId: "2" })).toEqual(["81"]);
  });

  test("workspace_id keeps one workspace", async () => {
    expect(await allFlowIds({ workspaceId: "2" })).toEqual(["73"]);
  });

  test("both an email and a user id: invalid input", async () => {
    const error = errorOf(await kit().useCases.listFlows.execute(me, { flowOwnerEmail: "user2@example.com", flowOwnerUserId: "2" }));
    expect(error).toMatchObject({ _tag: "InvalidInput", field: "flow_owner_email" });
  });

  test("an email that is no Gong user's is invalid input naming flow_owner_email", async () => {
    const { listFlows } = kit().useCases;
    const error = errorOf(await listFlows.execute(me, { flowOwnerEmail: "stranger@example.com" }));
    expect(error).toMatchObject({ _tag: "InvalidInput", field: "flow_owner_email" });
  });

  test("a user id that is no user is not_found; one without an email is invalid input", async () => {
    const { listFlows } = kit().useCases;
    expect(errorOf(await listFlows.execute(me, { flowOwnerUserId: "404" }))).toEqual({ _tag: "NotFound", what: "user", id: "404" });
    expect(errorOf(await listFlows.execute(me, { flowOwnerUserId: "3" }))).toMatchObject({ field: "flow_owner_user_id" });
  });

  test("a cursor serves only its caller and its query, unaltered", async () => {
    const { listFlows, listCalls } = kit().useCases;
    const cursor = valueOf(await listFlows.execute(me, {})).nextCursor!;
    const refused = { ok: false, error: { _tag: "InvalidInput", field: "cursor", expected: expect.any(String) as string } };
    expect(await listFlows.execute({ userId: "2" }, { flowOwnerEmail: "user1@example.com", cursor })).toEqual(refused);
    expect(await listFlows.execute(me, { flowOwnerEmail: "user2@example.com", cursor })).toEqual(refused);
    expect(await listFlows.execute(me, { workspaceId: "1", cursor })).toEqual(refused);
    expect(await listFlows.execute(me, { cursor: `${cursor}x` })).toEqual(refused);
    expect(await listCalls.execute(me, { limit: 5, cursor })).toEqual(refused);
    expect(valueOf(await listFlows.execute(me, { flowOwnerUserId: "1", cursor })).flows.map((flow) => flow.id)).toEqual(["73"]);
  });
});
