import { describe, expect, test } from "vitest";
import type { Actor } from "../../../src/application/actor.js";
import type { UseCases } from "../../../src/application/use-cases.js";
import { notConnected, type DomainError } from "../../../src/domain/errors.js";
import type { Result } from "../../../src/domain/result.js";
import { aCall, aFlow, aUser } from "../../arbitraries/domain-values.js";
import type { StaticGongData } from "../../support/static-gong-gateway.js";
import { kitOver } from "../../support/use-case-kit.js";

const data: StaticGongData = {
  users: [aUser("1"), aUser("2", { active: false })],
  calls: [aCall("500", { primaryUserId: "1" })],
  flows: [{ ...aFlow("70", "1"), ownerEmail: "user1@example.com" }],
};

/** Every use case, called with inputs that would succeed for user 1. */
const everyUseCase: [string, (useCases: UseCases, actor: Actor) => Promise<Result<unknown, DomainError>>][] = [
  ["getUserDetails", (u, a) => u.getUserDetails.execute(a, "1")],
  ["listCalls", (u, a) => u.listCalls.execute(a, { limit: 20 })],
  ["getCallDetails", (u, a) => u.getCallDetails.execute(a, "500")],
  ["getCallTranscripts", (u, a) => u.getCallTranscripts.execute(a, { callIds: ["500"] })],
  ["getDetailedCalls", (u, a) => u.getDetailedCalls.execute(a, ["500"])],
  ["listFlows", (u, a) => u.listFlows.execute(a, { flowOwnerEmail: "user1@example.com" })],
  ["flowsForProspects", (u, a) => u.flowsForProspects.execute(a, ["p1"])],
  ["assignFlow", (u, a) => u.assignFlow.execute(a, { flowId: "70", crmProspectIds: ["p1"], flowInstanceOwnerEmail: "user1@example.com" })],
];

describe.each(everyUseCase)("%s", (_name, run) => {
  test("answers an active user", async () => {
    expect((await run(kitOver(data).useCases, { userId: "1" })).ok).toBe(true);
  });

  test.each([
    ["an inactive user", "2"],
    ["an id that is no user", "3"],
  ])("refuses %s as unknown_user, and writes nothing", async (_who, userId) => {
    const { useCases, gong } = kitOver(data);
    expect(await run(useCases, { userId })).toEqual({ ok: false, error: { _tag: "UnknownUser", userId } });
    expect(gong.assignments).toEqual([]);
  });

  test("passes a gateway failure through unchanged", async () => {
    expect(await run(kitOver({ ...data, failure: notConnected() }).useCases, { userId: "1" })).toEqual({
      ok: false,
      error: notConnected(),
    });
  });
});
