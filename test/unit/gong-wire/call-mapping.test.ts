import { describe, expect, test } from "vitest";
import type { WireResponse } from "../../../src/adapters/gong-wire/wire-exchange.js";
import { gatewayOver, inOrder } from "../../support/stub-exchange.js";

const answer = (body: unknown): WireResponse => ({ status: 200, body });

describe("calls", () => {
  test("nulls and absent keys become null or []; unknown affiliations Unknown; isPrivate null stays null (the domain reads it as private)", async () => {
    const { gateway } = gatewayOver(
      inOrder(
        answer({
          calls: [
            {
              metaData: { id: "12345678901234567890", title: null, isPrivate: null, primaryUserId: null },
              parties: [{ affiliation: "Partner", methods: null, speakerId: null }, {}],
            },
            { metaData: { id: "2" } },
          ],
        }),
      ),
    );
    const calls = await gateway.getCalls(["12345678901234567890", "2"]);
    if (!calls.ok) throw new Error("expected calls");
    expect(calls.value[0]).toEqual({
      id: "12345678901234567890",
      title: null,
      url: null,
      scheduled: null,
      started: null,
      duration: null,
      primaryUserId: null,
      workspaceId: null,
      isPrivate: null,
      direction: null,
      system: null,
      scope: null,
      media: null,
      language: null,
      parties: [
        { id: null, userId: null, speakerId: null, name: null, emailAddress: null, title: null, affiliation: "Unknown", methods: [] },
        { id: null, userId: null, speakerId: null, name: null, emailAddress: null, title: null, affiliation: "Unknown", methods: [] },
      ],
    });
    // An imported call may come without parties at all.
    expect(calls.value[1]?.parties).toEqual([]);
  });

  test("a detailed call asks for content and interaction and maps every part", async () => {
    const { gateway, stub } = gatewayOver(
      inOrder(
        answer({
          calls: [
            {
              metaData: { id: "1", isPrivate: true },
              content: {
                brief: "B",
                keyPoints: [{ text: "k1" }, { text: null }, {}],
                highlights: [{ title: "Next steps", items: [{ text: "h", startTimes: [1.5] }, {}] }],
                trackers: [{ id: "t", name: "Pricing", count: 2, type: "KEYWORD", occurrences: [] }],
                callOutcome: { id: "o", category: "MEETING_BOOKED", name: "Meeting booked" },
                outline: [{ section: "Intro", items: null }],
              },
              interaction: {
                speakers: [{ id: "p1", talkTime: 12.5 }],
                interactionStats: [{ name: "Talk Ratio", value: 0.5 }],
                questions: { companyCount: 3 },
              },
            },
          ],
        }),
      ),
    );
    const calls = await gateway.getDetailedCalls(["1"]);
    expect(stub.requests[0]?.body).toEqual({
      filter: { callIds: ["1"] },
      contentSelector: {
        // By id, with the CRM context (account, opportunity, contacts): the window reads leave it out.
        context: "Extended",
        exposedFields: {
          parties: true,
          content: {
            brief: true,
            outline: true,
            highlights: true,
            keyPoints: true,
            topics: true,
            trackers: true,
            callOutcome: true,
            structure: true,
          },
          interaction: { speakers: true, personInteractionStats: true, questions: true },
        },
      },
    });
    if (!calls.ok) throw new Error("expected calls");
    const [call] = calls.value;
    expect(call?.isPrivate).toBe(true);
    expect(call?.content).toEqual({
      brief: "B",
      keyPoints: ["k1"],
      outline: [{ section: "Intro", startTime: null, duration: null, items: [] }],
      highlights: [{ title: "Next steps", items: [{ text: "h", startTimes: [1.5] }, { text: null, startTimes: [] }] }],
      topics: [],
      trackers: [{ name: "Pricing", count: 2, type: "KEYWORD" }],
      callOutcome: { id: "o", category: "MEETING_BOOKED", name: "Meeting booked" },
    });
    expect(call?.interaction).toEqual({
      speakers: [{ partyId: "p1", userId: null, talkTime: 12.5 }],
      stats: [{ name: "Talk Ratio", value: 0.5 }],
      questions: { companyCount: 3, nonCompanyCount: null },
    });
  });

  test("searchCalls without a workspace sends no workspaceId", async () => {
    const { gateway, stub } = gatewayOver(inOrder(answer({ calls: [] })));
    await gateway.searchCalls({ fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" }, null);
    expect(stub.requests[0]?.body).toEqual({
      filter: { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" },
      contentSelector: { exposedFields: { parties: true } },
    });
  });
});
