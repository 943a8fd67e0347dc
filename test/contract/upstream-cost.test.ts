import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { CachingGongGateway, DEFAULT_CACHE_OPTIONS } from "../../src/adapters/cache/caching-gong-gateway.js";
import { FileDirectorySnapshot } from "../../src/adapters/cache/directory-snapshot.js";
import { parseDataset } from "../../src/adapters/fake-gong/dataset.js";
import { DEMO_DEFAULT_USER_ID, DEMO_USERS, demoWorkspace } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import type { FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";
import { CallerAccess } from "../../src/application/caller-access.js";
import type { GongGateway } from "../../src/application/ports/gong-gateway.js";
import { GetCallDetails } from "../../src/application/use-cases/get-call-details.js";
import { ListCalls } from "../../src/application/use-cases/list-calls.js";
import { SearchTranscripts } from "../../src/application/use-cases/search-transcripts.js";
import { SearchUsers } from "../../src/application/use-cases/search-users.js";
import { TestCursorCodec } from "../support/test-cursor-codec.js";
import { valueOf } from "../support/use-case-kit.js";
import { accessKey, httpGateway, startQuietFake } from "./http-gateway-kit.js";

/**
 * What a question costs in requests to Gong (10,000 a day for the whole company), measured on the demo
 * workspace over HTTP, wired as the composition wires it: use cases over CachingGongGateway over
 * HttpGongGateway. The counts are asserted so that a change that spends more fails here, on purpose.
 */

const NOW = Date.now();
const actor = { userId: DEMO_DEFAULT_USER_ID };
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

function useCasesOver(gong: GongGateway) {
  const cached = new CachingGongGateway(gong);
  const access = new CallerAccess(cached);
  return {
    listCalls: new ListCalls(cached, access, { now: () => NOW }, new TestCursorCodec()),
    getCallDetails: new GetCallDetails(cached, access),
    searchUsers: new SearchUsers(access),
    searchTranscripts: new SearchTranscripts(cached, access, { now: () => NOW }, new TestCursorCodec()),
  };
}

async function cost<T>(fake: FakeGongServer, run: () => Promise<T>): Promise<{ value: T; requests: number; byPath: Record<string, number> }> {
  fake.resetStats();
  const value = await run();
  const { apiRequests, byPath } = fake.stats();
  return { value, requests: apiRequests, byPath: { ...byPath } };
}

test("upstream requests per question, cold and warm (demo workspace, over HTTP)", async () => {
  const dataset = parseDataset(demoWorkspace({ now: NOW }), "demo");
  if (!dataset.ok) throw new Error(dataset.error);
  const fake = await startQuietFake(dataset.value, { requestsPerSecond: 50 });
  try {
    const { gateway } = httpGateway(accessKey(fake), { requestsPerSecond: 50 });
    const app = useCasesOver(gateway);
    const coldList = await cost(fake, () => app.listCalls.execute(actor, { limit: 20 }));
    const warmList = await cost(fake, () => app.listCalls.execute(actor, { limit: 20 }));
    const otherUser = await cost(fake, () => app.listCalls.execute({ userId: DEMO_USERS.rep_own }, { limit: 20 }));
    const callId = valueOf(coldList.value).calls[0]?.id ?? "";
    const warmDetails = await cost(fake, () => app.getCallDetails.execute(actor, callId));
    const cold = useCasesOver(gateway);
    const coldDetails = await cost(fake, () => cold.getCallDetails.execute(actor, callId));
    const warmSearch = await cost(fake, () => app.searchUsers.execute(actor, "a", 10));
    const coldSearch = await cost(fake, () => useCasesOver(gateway).searchUsers.execute(actor, "a", 10));
    expect(valueOf(warmSearch.value).length).toBeGreaterThan(0);
    // After the listing (window and directory warm): the visible calls' transcripts, 100 a request; then nothing.
    const searchAfterList = await cost(fake, () => app.searchTranscripts.execute(actor, { query: "pricing", limit: 20 }));
    const searchAgain = await cost(fake, () => app.searchTranscripts.execute(actor, { query: "budget", limit: 20 }));
    expect(valueOf(searchAfterList.value).callsSearched).toBeGreaterThan(0);
    expect(valueOf(warmDetails.value).id).toBe(callId);
    expect(valueOf(coldDetails.value).id).toBe(callId);

    const measured = {
      "list_gong_calls, cold": coldList.requests,
      "list_gong_calls, warm": warmList.requests,
      "list_gong_calls, another user after": otherUser.requests,
      "get_gong_call_details, cold": coldDetails.requests,
      "get_gong_call_details, after the list": warmDetails.requests,
      "search_gong_users, cold": coldSearch.requests,
      "search_gong_users, warm": warmSearch.requests,
      "search_gong_transcripts, after the list": searchAfterList.requests,
      "search_gong_transcripts, another phrase": searchAgain.requests,
    };
    console.log("upstream requests per question:", JSON.stringify(measured, null, 2));
    console.log("cold list by path:", JSON.stringify(coldList.byPath), "cold details by path:", JSON.stringify(coldDetails.byPath));
    // Cold, the directory dominates: Gong has no user-to-profile endpoint, so each workspace's profiles are asked
    // for their members one by one until one holds the caller (12 of the 17: the default user's profile is the
    // 5th of 9 in Americas and the last of 7 in EMEA). Every workspace is walked, whichever calls are at hand,
    // so that a hidden call costs the same as a missing one (ADR 0006). Warm, the cache answers everything, and
    // another user pays only for the profiles no one has asked about yet (here the 6th in Americas, Zoe's).
    expect(measured).toEqual({
      "list_gong_calls, cold": 17,
      "list_gong_calls, warm": 0,
      "list_gong_calls, another user after": 1,
      "get_gong_call_details, cold": 17,
      // 1, the lower bound for one call's details: a listing does not fill the by-id cache, so that a call the
      // caller may not see costs what a missing one does (contract section 6: no hint by timing).
      "get_gong_call_details, after the list": 1,
      // The user list, which is the lower bound (whether the caller is active, and whom to search); then nothing.
      "search_gong_users, cold": 1,
      "search_gong_users, warm": 0,
      // ceil(calls searched / 100): the lower bound, as the window and the directory are already known.
      "search_gong_transcripts, after the list": Math.ceil(valueOf(searchAfterList.value).callsSearched / 100),
      "search_gong_transcripts, another phrase": 0,
    });
    expect(coldList.byPath).toEqual({
      "/v2/users": 1,
      "/v2/calls/extensive": 1,
      "/v2/workspaces": 1,
      "/v2/all-permission-profiles": 2,
      "/v2/permission-profile/users": 12,
    });
    expect(otherUser.byPath).toEqual({ "/v2/permission-profile/users": 1 });

    // Hidden and missing ids cost the same, first asked and asked again.
    const everyCall = (dataset.value.calls ?? []).map((call) => call.metaData.id);
    const visible = new Set(valueOf(await app.listCalls.execute(actor, { limit: 100, fromDateTime: new Date(NOW - 89 * 86_400_000).toISOString() })).calls.map((call) => call.id));
    const hidden = everyCall.find((id) => !visible.has(id)) ?? "";
    const missing = "1234567890123456789";
    const asked = async (id: string) => (await cost(fake, () => app.getCallDetails.execute(actor, id))).requests;
    const [hiddenFirst, missingFirst] = [await asked(hidden), await asked(missing)];
    const [hiddenAgain, missingAgain] = [await asked(hidden), await asked(missing)];
    expect({ hiddenFirst, hiddenAgain }).toEqual({ hiddenFirst: missingFirst, hiddenAgain: missingAgain });
    expect(hiddenFirst).toBe(1);
    expect(hiddenAgain).toBe(0);
  } finally {
    await fake.close();
  }
});

test("a new process whose neighbour's directory snapshot is fresh asks Gong only for the calls (ADR 0020)", async () => {
  const dataset = parseDataset(demoWorkspace({ now: NOW }), "demo");
  if (!dataset.ok) throw new Error(dataset.error);
  const fake = await startQuietFake(dataset.value, { requestsPerSecond: 50 });
  const dir = await mkdtemp(join(tmpdir(), "gong-mcp-snapshot-"));
  try {
    const { gateway } = httpGateway(accessKey(fake), { requestsPerSecond: 50 });
    const snapshotIn = () => new FileDirectorySnapshot({ file: join(dir, "directory.json"), key: null, maxAgeMs: 5 * 60_000, logger: quiet });
    const processOf = () => {
      const cached = new CachingGongGateway(gateway, DEFAULT_CACHE_OPTIONS, snapshotIn());
      return new ListCalls(cached, new CallerAccess(cached), { now: () => NOW }, new TestCursorCodec());
    };
    const first = await cost(fake, () => processOf().execute(actor, { limit: 20 }));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the snapshot is written just after the answer
    const second = await cost(fake, () => processOf().execute(actor, { limit: 20 }));
    expect(valueOf(second.value).calls).toEqual(valueOf(first.value).calls);
    expect(first.requests).toBe(17);
    // The lower bound: one request for the calls of the window; the directory comes from the snapshot.
    expect(second.byPath).toEqual({ "/v2/calls/extensive": 1 });
  } finally {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
});
