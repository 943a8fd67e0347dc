import { describe, expect, test } from "vitest";
import type { FakeGongApi } from "../../../src/adapters/fake-gong/fake-gong-api.js";
import type { WireDatasetInput } from "../../../src/adapters/gong-wire/wire/dataset.js";
import { fakeApi, get, recorded, type Recorded } from "./fake-gong-harness.js";

/** Real exchanges (test/fixtures/gong-real) replayed against a fake holding the same data. */
type Json = Readonly<Record<string, unknown>>;

function replay(api: FakeGongApi, exchange: Recorded) {
  const { method, path, query, body } = exchange.request;
  return api.handle({ method: method as "GET" | "POST", path, query: query ?? {}, ...(body === null ? {} : { body }) });
}

/** The body without its random requestId; real and fake ids differ by nature. */
const withoutRequestId = (body: unknown): Json => {
  const { requestId, ...rest } = body as Json;
  expect(requestId).toEqual(expect.any(String));
  return rest;
};

const responseBody = (exchange: Recorded): Json => exchange.response.body as Json;
const listOf = (exchange: Recorded, key: string): readonly Json[] => responseBody(exchange)[key] as Json[];

/** The tenant Nango recorded: 4 users, 1 workspace, 5 profiles, no calls, no flows. */
function nangoTenant(): WireDatasetInput {
  return {
    users: listOf(recorded("nango-list-users.json"), "users") as WireDatasetInput["users"],
    workspaces: listOf(recorded("nango-list-workspaces.json"), "workspaces") as WireDatasetInput["workspaces"],
    permissionProfiles: listOf(recorded("nango-list-permission-profiles.json"), "profiles").map((p) => ({
      ...(p as { id: string }),
      workspaceId: "7273476131570014205",
      userIds: [],
    })),
  };
}

describe("replaying Nango's recordings of a live tenant", () => {
  const api = fakeApi(nangoTenant());

  test.each([
    "nango-list-users.json",
    "nango-list-workspaces.json",
    "nango-list-permission-profiles.json",
    "nango-list-flows.json",
    "nango-list-flow-prospects.json",
    "nango-list-calls.json",
    "nango-fetch-call-extensive-data.json",
    "nango-fetch-call-transcripts.json",
    "nango-get-call.json",
    "nango-list-permission-profile-users.json",
    "nango-assign-prospects-cool-off-override.json",
  ])("%s: same status, same body but the requestId", (name) => {
    const exchange = recorded(name);
    const answer = replay(api, exchange);
    expect(answer.status).toBe(exchange.response.status);
    expect(withoutRequestId(answer.body)).toEqual(withoutRequestId(exchange.response.body));
  });

  test("nango-get-user.json: one user, every field as recorded", () => {
    const exchange = recorded("nango-get-user.json");
    const user = responseBody(exchange).user as { id: string };
    const answer = replay(fakeApi({ ...nangoTenant(), users: [user] }), exchange);
    expect(withoutRequestId(answer.body)).toEqual(withoutRequestId(exchange.response.body));
  });

  test("nango-ask-entity.json: a 405 has the recorded body shape and text", () => {
    const answer = get(api, "/v2/flows/prospects/assign");
    expect(Object.keys(answer.body)).toEqual(Object.keys(responseBody(recorded("nango-ask-entity.json"))));
    expect(answer.body.errors).toEqual(responseBody(recorded("nango-ask-entity.json")).errors);
  });
});

describe("serving ChrisEdwards' sanitized captures back", () => {
  test("chrisedwards-extensive-response.json: 13 real calls come back as captured, in Gong's order", () => {
    const exchange = recorded("chrisedwards-extensive-response.json");
    const calls = listOf(exchange, "calls") as unknown as { metaData: { primaryUserId: string; workspaceId: string } }[];
    const api = fakeApi({
      workspaces: [{ id: calls[0]!.metaData.workspaceId }],
      users: [...new Set(calls.map((c) => c.metaData.primaryUserId))].map((id) => ({ id })),
      calls: calls as unknown as WireDatasetInput["calls"],
    });
    const everything = {
      parties: true,
      content: {
        ...{ structure: true, topics: true, trackers: true, trackerOccurrences: true, brief: true },
        ...{ outline: true, highlights: true, callOutcome: true, keyPoints: true },
      },
      interaction: { speakers: true, video: true, personInteractionStats: true, questions: true },
      collaboration: { publicComments: true },
      media: true,
    };
    const body = { filter: {}, contentSelector: { context: "Extended", exposedFields: everything } };
    const answer = api.handle({ method: "POST", path: "/v2/calls/extensive", body });
    expect(answer.status).toBe(200);
    expect(withoutRequestId(answer.body)).toEqual(withoutRequestId(exchange.response.body));
  });

  test("chrisedwards-transcript-response.json: a real transcript comes back as captured", () => {
    const exchange = recorded("chrisedwards-transcript-response.json");
    const [transcript] = listOf(exchange, "callTranscripts") as unknown as { callId: string }[];
    const api = fakeApi({
      calls: [{ metaData: { id: transcript!.callId, started: "2026-05-19T03:30:46.814-07:00" } }],
      transcripts: [transcript as unknown as NonNullable<WireDatasetInput["transcripts"]>[number]],
    });
    const answer = api.handle({ method: "POST", path: "/v2/calls/transcript", body: { filter: { callIds: [transcript!.callId] } } });
    expect(withoutRequestId(answer.body)).toEqual(withoutRequestId(exchange.response.body));
  });
});
