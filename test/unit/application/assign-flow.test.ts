import { describe, expect, test } from "vitest";
import type { AssignFlowInput } from "../../../src/application/use-cases/assign-flow.js";
import { aFlow, aProfile, aUser } from "../../arbitraries/domain-values.js";
import type { StaticGongData } from "../../support/static-gong-gateway.js";
import { errorOf, kitOver, valueOf } from "../../support/use-case-kit.js";

// Caller 1 may assign to others in workspace 2 only; 2 is a colleague; 3 is deactivated; 4 has no email.
const data: StaticGongData = {
  users: [aUser("1"), aUser("2"), aUser("3", { active: false }), aUser("4", { emailAddress: null })],
  profiles: [
    aProfile("100", "1", "own", { userIds: ["1"], engageAssignFlowToDosToOthers: false }),
    aProfile("200", "2", "own", { userIds: ["1"], engageAssignFlowToDosToOthers: true }),
  ],
  flows: [
    { ...aFlow("71", "1"), ownerEmail: "user1@example.com" },
    { ...aFlow("72", "1"), ownerEmail: "user2@example.com" },
    { ...aFlow("73", "2"), ownerEmail: "user2@example.com" },
  ],
};

async function assign(input: AssignFlowInput, userId = "1", over: Partial<StaticGongData> = {}) {
  const { useCases, gong } = kitOver({ ...data, ...over });
  const result = await useCases.assignFlow.execute({ userId }, input);
  return { result, assignments: gong.assignments, useCases };
}

describe("gong_engage_flows_assign_to_prospect", () => {
  test("to the caller by default, duplicates once, and the assignment then shows for the prospects", async () => {
    const { result, assignments, useCases } = await assign({ flowId: "71", crmProspectIds: ["p1", "p2", "p1"] });
    expect(valueOf(result).assigned.map((flow) => flow.crmProspectId)).toEqual(["p1", "p2"]);
    expect(assignments).toEqual([{ flowId: "71", crmProspectIds: ["p1", "p2"], ownerEmail: "user1@example.com" }]);
    const [p2] = valueOf(await useCases.flowsForProspects.execute({ userId: "1" }, ["p2"]));
    expect(p2?.flows.map((flow) => [flow.flowId, flow.ownerEmail])).toEqual([["71", "user1@example.com"]]);
  });

  test("a flow unknown among the owner's flows: not_found, nothing assigned", async () => {
    for (const flowId of ["99", "72"]) {
      const { result, assignments } = await assign({ flowId, crmProspectIds: ["p1"] });
      expect(errorOf(result)).toEqual({ _tag: "NotFound", what: "flow", id: flowId });
      expect(assignments).toEqual([]);
    }
  });

  test("for another owner without engageAssignFlowToDosToOthers in the flow's workspace: forbidden, nothing assigned", async () => {
    const { result, assignments } = await assign({ flowId: "72", crmProspectIds: ["p1"], flowInstanceOwnerEmail: "user2@example.com" });
    expect(errorOf(result)._tag).toBe("Forbidden");
    expect(assignments).toEqual([]);
  });

  test("for another owner with engageAssignFlowToDosToOthers there: assigned to that owner", async () => {
    const { result, assignments } = await assign({ flowId: "73", crmProspectIds: ["p1"], flowInstanceOwnerEmail: "User2@Example.com" });
    expect(valueOf(result).assigned).toHaveLength(1);
    expect(assignments).toEqual([{ flowId: "73", crmProspectIds: ["p1"], ownerEmail: "user2@example.com" }]);
  });

  test("the caller's own email, in any case, needs no permission", async () => {
    const { assignments } = await assign({ flowId: "71", crmProspectIds: ["p1"], flowInstanceOwnerEmail: "USER1@example.com" }, "1", {
      profiles: [],
    });
    expect(assignments).toHaveLength(1);
  });

  test.each([
    ["no Gong user", "nobody@example.com"],
    ["a deactivated user", "user3@example.com"],
  ])("an owner email of %s: invalid input naming it, nothing assigned", async (_who, email) => {
    const { result, assignments } = await assign({ flowId: "71", crmProspectIds: ["p1"], flowInstanceOwnerEmail: email });
    expect(errorOf(result)).toMatchObject({ _tag: "InvalidInput", field: "flow_instance_owner_email" });
    expect(assignments).toEqual([]);
  });

  test("a caller without an email must name an owner", async () => {
    const { result, assignments } = await assign({ flowId: "71", crmProspectIds: ["p1"] }, "4");
    expect(errorOf(result)).toMatchObject({ _tag: "InvalidInput", field: "flow_instance_owner_email" });
    expect(assignments).toEqual([]);
  });
});
