import { describe, expect, test } from "vitest";
import { aCall, aParty, aProfile, aUser } from "../../arbitraries/domain-values.js";
import { kitOver, valueOf } from "../../support/use-case-kit.js";

// Manager 1 (report-to-them) over rep 2; 3 is in another team. Call 30 is 3's: hidden from 1.
const mine = aCall("10", {
  primaryUserId: "1",
  parties: [aParty({ userId: "1", speakerId: "s1", name: "Mia Manager" }), aParty({ speakerId: "s2", name: "Buyer" })],
  content: { brief: "Pricing talk", keyPoints: [], outline: [], highlights: [], topics: [], trackers: [], callOutcome: null },
});
const reports = aCall("20", { primaryUserId: "2" });
const hidden = aCall("30", { primaryUserId: "3" });
const privateOfReport = aCall("40", { primaryUserId: "2", isPrivate: true });
const { useCases } = kitOver({
  users: [aUser("1"), aUser("2", { managerId: "1" }), aUser("3")],
  profiles: [aProfile("100", "1", "report-to-them", { userIds: ["1"] })],
  calls: [mine, reports, hidden, privateOfReport],
  transcripts: [{ callId: "10", monologues: [{ speakerId: "s2", topic: null, sentences: [{ start: 0, end: 4, text: "Hi." }] }] }],
});
const me = { userId: "1" };
const notFound = (id: string) => ({ ok: false, error: { _tag: "NotFound", what: "call", id } });

describe("get_gong_call_details", () => {
  test("a visible call, with its parties", async () => {
    expect(valueOf(await useCases.getCallDetails.execute(me, "20"))).toMatchObject({ id: "20", primaryUserId: "2" });
    expect(valueOf(await useCases.getCallDetails.execute(me, "10")).parties).toHaveLength(2);
  });

  test("hidden, private to others, and nonexistent calls all read as not_found", async () => {
    expect(await useCases.getCallDetails.execute(me, "30")).toEqual(notFound("30"));
    expect(await useCases.getCallDetails.execute(me, "40")).toEqual(notFound("40"));
    expect(await useCases.getCallDetails.execute(me, "31")).toEqual(notFound("31"));
  });
});

describe("get_gong_call_transcript", () => {
  test("names speakers; a visible call without a transcript has no turns; hidden and missing ids are unavailable alike", async () => {
    const answer = valueOf(await useCases.getCallTranscripts.execute(me, { callIds: ["31", "20", "30", "10", "40"] }));
    expect(answer.transcripts.map(({ call, turns }) => [call.id, turns.map((turn) => turn.speakerName)])).toEqual([
      ["20", []],
      ["10", ["Buyer"]],
    ]);
    expect(answer.unavailableIds).toEqual(["31", "30", "40"]);
  });

  test("a repeated id is answered once", async () => {
    const answer = valueOf(await useCases.getCallTranscripts.execute(me, { callIds: ["10", "30", "10", "30"] }));
    expect(answer.transcripts.map((entry) => entry.call.id)).toEqual(["10"]);
    expect(answer.unavailableIds).toEqual(["30"]);
  });

  test("nothing visible: no transcripts, every id unavailable", async () => {
    expect(valueOf(await useCases.getCallTranscripts.execute(me, { callIds: ["30", "99"] }))).toMatchObject({ transcripts: [], unavailableIds: ["30", "99"] });
  });
});

describe("get_detailed_gong_call_details", () => {
  test("visible calls with their content, in the order asked; the rest unavailable, once each", async () => {
    const answer = valueOf(await useCases.getDetailedCalls.execute(me, ["20", "30", "10", "20", "77"]));
    expect(answer.visible.map((call) => [call.id, call.content?.brief ?? null])).toEqual([
      ["20", null],
      ["10", "Pricing talk"],
    ]);
    expect(answer.unavailableIds).toEqual(["30", "77"]);
  });
});
