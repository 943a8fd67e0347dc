import { expect, test } from "vitest";
import { CallerAccess } from "../../../src/application/caller-access.js";
import { MAX_CALLS_SEARCHED, SearchTranscripts } from "../../../src/application/use-cases/search-transcripts.js";
import { aCall, aProfile, aUser } from "../../arbitraries/domain-values.js";
import { counting } from "../../support/counting-gateway.js";
import { StaticGongGateway } from "../../support/static-gong-gateway.js";
import { TestCursorCodec } from "../../support/test-cursor-codec.js";
import { valueOf } from "../../support/use-case-kit.js";

const ADMIN = "1000000000000000001";
const NOW = Date.parse("2026-03-31T00:00:00Z");

test(`a window of more calls than one search reads: the ${MAX_CALLS_SEARCHED} newest are searched, the answer says capped`, async () => {
  const calls = Array.from({ length: 250 }, (_, i) => aCall(String(7_000_000_000_000_000_000 + i), { started: new Date(NOW - (i + 1) * 3_600_000).toISOString(), workspaceId: "1" }));
  const transcripts = calls.map((call) => ({ callId: call.id, monologues: [{ speakerId: null, topic: null, sentences: [{ start: 0, end: 1, text: "What is the budget?" }] }] }));
  const gong = counting(new StaticGongGateway({ users: [aUser(ADMIN, { active: true })], profiles: [aProfile("1", "1", "all", { userIds: [ADMIN] })], calls, transcripts }));
  const search = new SearchTranscripts(gong.gateway, new CallerAccess(gong.gateway), { now: () => NOW }, new TestCursorCodec());
  const page = valueOf(await search.execute({ userId: ADMIN }, { query: "budget", limit: 50 }));
  expect(page.callsSearched).toBe(MAX_CALLS_SEARCHED);
  expect(page.capped).toBe(true);
  expect(page.hits.map((hit) => hit.call.id)).toEqual(calls.slice(0, 50).map((call) => call.id));
  const asked = gong.sent.filter((sent) => sent.method === "getTranscripts").flatMap((sent) => sent.args[0] as string[]);
  expect(asked).toEqual(calls.slice(0, MAX_CALLS_SEARCHED).map((call) => call.id));
});
