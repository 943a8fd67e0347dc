import { describe, expect, test } from "vitest";
import type { WireResponse } from "../../../src/adapters/gong-wire/wire-exchange.js";
import { gatewayOver, inOrder } from "../../support/stub-exchange.js";

const answer = (body: unknown): WireResponse => ({ status: 200, body });

describe("transcripts, users, flows", () => {
  test("sentences without times or text read as 0, 0 and ''; a null speaker stays null", async () => {
    const { gateway } = gatewayOver(
      inOrder(answer({ callTranscripts: [{ callId: "1", transcript: [{ speakerId: null, sentences: [{}, { start: 5 }] }, {}] }] })),
    );
    expect(await gateway.getTranscripts(["1"])).toEqual({
      ok: true,
      value: [
        {
          callId: "1",
          monologues: [
            { speakerId: null, topic: null, sentences: [{ start: 0, end: 0, text: "" }, { start: 5, end: 0, text: "" }] },
            { speakerId: null, topic: null, sentences: [] },
          ],
        },
      ],
    });
  });

  test("a user without `active` keeps it absent (null: the domain reads it as not active); the id in the path is encoded", async () => {
    const { gateway, stub } = gatewayOver(inOrder(answer({ user: { id: "7" } })));
    const user = await gateway.getUser("7/../x");
    expect(stub.requests[0]?.path).toBe("/v2/users/7%2F..%2Fx");
    expect(user.ok && user.value).toEqual({
      id: "7",
      emailAddress: null,
      firstName: null,
      lastName: null,
      title: null,
      managerId: null,
      active: null,
      created: null,
    });
  });

  test("a prospect's flow instance", async () => {
    const wire = {
      crmProspectId: "00Q5e00000ABCDE",
      flowId: "8046375302174203977",
      flowName: "Outbound",
      flowInstanceId: "i1",
      flowInstanceOwnerEmail: "o@example.com",
      flowInstanceOwnerFullName: "O Wner",
      flowInstanceCreateDate: "2026-01-02T03:04:05.123456Z",
      flowInstanceStatus: "Paused",
      workspaceId: "5",
      exclusive: true,
    };
    const { gateway } = gatewayOver(inOrder(answer({ prospectsAssigned: [wire] })));
    expect(await gateway.flowsForProspects(["00Q5e00000ABCDE"])).toEqual({
      ok: true,
      value: [
        {
          crmProspectId: "00Q5e00000ABCDE",
          flowId: "8046375302174203977",
          flowName: "Outbound",
          flowInstanceId: "i1",
          status: "Paused",
          ownerEmail: "o@example.com",
          ownerFullName: "O Wner",
          createdAt: "2026-01-02T03:04:05.123456Z",
          workspaceId: "5",
          exclusive: true,
        },
      ],
    });
  });
});

describe("permission profiles", () => {
  const profilesThen = (profile: unknown) => gatewayOver(inOrder(answer({ profiles: [profile] })));

  test.each([
    ["the old spec's combined literal", { permissionLevel: "all / managers-team / report-to-them / own / none" }],
    ["a level Gong may add later", { permissionLevel: "specific-people" }],
    ["a null level", { permissionLevel: null }],
    ["no callsAccess at all", undefined],
  ])("%s reads as own, with a warning", async (_case, callsAccess) => {
    const { gateway, logger } = profilesThen({ id: "p", ...(callsAccess === undefined ? {} : { callsAccess }) });
    const profiles = await gateway.listPermissionProfiles("w");
    expect(profiles.ok && profiles.value[0]?.callsAccess).toEqual({ level: "own", teamLeadIds: [] });
    expect(logger.lines).toEqual([
      expect.objectContaining({ level: "warn", fields: expect.objectContaining({ profileId: "p" }) as unknown }),
    ]);
  });

  test("a known level keeps its team leads; a null engage flag is false", async () => {
    const { gateway, logger } = profilesThen({
      id: "p",
      name: null,
      callsAccess: { permissionLevel: "managers-team", teamLeadIds: ["9", "10"] },
      engageAssignFlowToDosToOthers: null,
    });
    expect(await gateway.listPermissionProfiles("w")).toEqual({
      ok: true,
      value: [
        {
          id: "p",
          name: null,
          workspaceId: "w",
          callsAccess: { level: "managers-team", teamLeadIds: ["9", "10"] },
          engageAssignFlowToDosToOthers: false,
        },
      ],
    });
    expect(logger.lines).toEqual([]);
  });
});
