import { describe, expect, test } from "vitest";
import { aProspectFlow, aUser } from "../../arbitraries/domain-values.js";
import { kitOver, valueOf } from "../../support/use-case-kit.js";

const { useCases } = kitOver({
  users: [aUser("1")],
  prospectFlows: [aProspectFlow("p1", "71"), aProspectFlow("p1", "72"), aProspectFlow("p2", "71"), aProspectFlow("p9", "71")],
});

describe("gong_engage_flows_for_prospects", () => {
  test("each requested prospect once, in order, with its flows; none: an empty list", async () => {
    const answer = valueOf(await useCases.flowsForProspects.execute({ userId: "1" }, ["p3", "p1", "p2", "p1", "p3"]));
    expect(answer.map(({ crmProspectId, flows }) => [crmProspectId, flows.map((flow) => flow.flowId)])).toEqual([
      ["p3", []],
      ["p1", ["71", "72"]],
      ["p2", ["71"]],
    ]);
  });
});
