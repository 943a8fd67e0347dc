import { describe, expect, test } from "vitest";
import { gatewayOver, inOrder, recorded } from "../../support/stub-exchange.js";

/** The call and transcript endpoints driven by real Gong answers (test/fixtures/gong-real). */

interface RawParty {
  readonly userId?: string;
  readonly speakerId?: string | null;
}
interface RawCall {
  readonly metaData: { readonly id: string; readonly primaryUserId: string };
  readonly parties?: readonly RawParty[];
  readonly content?: unknown;
}

function rawCalls(name: string): readonly RawCall[] {
  return (recorded(name).response.body as { calls: RawCall[] }).calls;
}

/** getDetailedCalls of every call in a recorded extensive answer, with the raw calls to compare against. */
async function detailedCallsOf(name: string) {
  const raw = rawCalls(name);
  const { gateway } = gatewayOver(inOrder(recorded(name).response));
  const calls = await gateway.getDetailedCalls(raw.map((call) => call.metaData.id));
  if (!calls.ok) throw new Error(`expected the calls of ${name}`);
  return { raw, calls };
}

const TWO_TO_53 = 2n ** 53n;

describe("calls", () => {
  test.each(["nango-list-calls", "nango-fetch-call-extensive-data"])("%s: Gong's 'no calls' 404 is an empty page", async (name) => {
    const { gateway } = gatewayOver(inOrder(recorded(name).response));
    const search = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-01-31T23:59:59Z" };
    expect(await gateway.searchCalls(search, null)).toEqual({ ok: true, value: { items: [], nextCursor: null } });
    expect(await gateway.getCalls(["894411314421502864"])).toEqual({ ok: true, value: [] });
    expect(await gateway.getDetailedCalls(["894411314421502864"])).toEqual({ ok: true, value: [] });
  });

  test("a 404 that is not 'no calls' (Call ID … was not found) is an upstream failure", async () => {
    const { gateway } = gatewayOver(inOrder(recorded("nango-get-call").response));
    const search = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" };
    expect(await gateway.searchCalls(search, null)).toEqual({
      ok: false,
      error: { _tag: "UpstreamFailed", reason: "Status", status: 404 },
    });
  });

  test("extensive with content: 13 detailed calls, ids beyond 2^53 intact, parties and content mapped", async () => {
    const { raw, calls } = await detailedCallsOf("chrisedwards-extensive-response");
    expect(calls.value).toHaveLength(13);
    expect(calls.value.map((call) => call.id)).toEqual(raw.map((call) => call.metaData.id));
    expect(calls.value.every((call) => BigInt(call.id) > TWO_TO_53)).toBe(true);
    expect(calls.value.map((call) => call.parties.length)).toEqual(raw.map((call) => call.parties?.length ?? 0));

    const first = calls.value[0]!;
    expect(first).toMatchObject({
      id: "1997401712976367955",
      primaryUserId: "4297232893451866744",
      workspaceId: "1713938427365520853",
      started: "2026-05-19T03:30:46.814-07:00",
      duration: 1339,
      isPrivate: false,
      direction: "Conference",
    });
    // A party who is not a Gong user has no userId key on the wire: null here, never undefined.
    expect(first.parties[2]).toMatchObject({ id: "6226613318763593308", userId: null, affiliation: "External" });
    expect(first.content?.outline[0]?.startTime).toBe(0.30399999022483826);
    expect(first.content?.topics).toHaveLength(6);
    expect(first.content?.callOutcome).toBeNull();
    expect(first.interaction?.speakers[0]).toEqual({
      partyId: "6870803902948827055",
      userId: "462145852615155750",
      talkTime: 497,
    });
    expect(first.interaction?.questions).toBeNull();
  });

  test("retention: 67 calls; the 3 hosts missing from parties stay the primary user; 2 calls without content", async () => {
    const { calls } = await detailedCallsOf("chrisedwards-retention-response");
    expect(calls.value).toHaveLength(67);
    const hostAbsent = calls.value.filter(
      (call) => !call.parties.some((party) => party.userId !== null && party.userId === call.primaryUserId),
    );
    expect(hostAbsent).toHaveLength(3);
    expect(hostAbsent.every((call) => call.primaryUserId !== null)).toBe(true);
    expect(calls.value.filter((call) => call.content === null)).toHaveLength(2);
  });

  test("january: a 61-call search page, speaker ids null for the silent, affiliations known", async () => {
    const raw = rawCalls("chrisedwards-january-response");
    const { gateway } = gatewayOver(inOrder(recorded("chrisedwards-january-response").response));
    const page = await gateway.searchCalls({ fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" }, null);
    if (!page.ok) throw new Error("expected a page");
    expect(page.value.items).toHaveLength(61);
    expect(page.value.nextCursor).toBeNull();
    const parties = page.value.items.flatMap((call) => call.parties);
    const rawParties = raw.flatMap((call) => call.parties ?? []);
    expect(parties).toHaveLength(rawParties.length);
    expect(parties.filter((party) => party.speakerId === null)).toHaveLength(
      rawParties.filter((party) => party.speakerId === null || party.speakerId === undefined).length,
    );
    expect(parties.filter((party) => party.userId !== null)).toHaveLength(
      rawParties.filter((party) => party.userId !== undefined).length,
    );
    expect(new Set(parties.map((party) => party.affiliation))).toEqual(new Set(["Internal", "External", "Unknown"]));
  });
});

describe("transcripts", () => {
  test("a transcript: 305 monologues, 834 sentences, null topics kept null", async () => {
    const { gateway, stub } = gatewayOver(inOrder(recorded("chrisedwards-transcript-response").response));
    const transcripts = await gateway.getTranscripts(["1860496513693944597"]);
    expect(stub.requests[0]?.body).toEqual({ filter: { callIds: ["1860496513693944597"] } });
    if (!transcripts.ok) throw new Error("expected transcripts");
    const [transcript] = transcripts.value;
    expect(transcript?.callId).toBe("1860496513693944597");
    expect(transcript?.monologues).toHaveLength(305);
    expect(transcript?.monologues.flatMap((monologue) => monologue.sentences)).toHaveLength(834);
    expect(transcript?.monologues.filter((monologue) => monologue.topic === null)).toHaveLength(236);
    expect(transcript?.monologues[0]?.sentences[0]).toEqual({ start: 130, end: 520, text: "X_98cc4972a6." });
  });
});
