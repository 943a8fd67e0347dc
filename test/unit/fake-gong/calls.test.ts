import { describe, expect, test } from "vitest";
import { fakeApi, get } from "./fake-gong-harness.js";
import { ids } from "./small-dataset.js";

interface CallsPage {
  readonly calls: readonly Readonly<Record<string, unknown>>[];
}

const api = fakeApi();
const listed = (query: Record<string, string>): string[] | number => {
  const answer = get<CallsPage>(api, "/v2/calls", query);
  return answer.status === 200 ? answer.body.calls.map((c) => c.id as string) : answer.status;
};

describe("GET /v2/calls", () => {
  test("lists metaData only, oldest first by scheduled ?? started", () => {
    const answer = get<CallsPage>(api, "/v2/calls");
    expect(answer.body.calls.map((c) => c.id)).toEqual([ids.earlyCall, ids.richCall, ids.startedCall, ids.opsCall]);
    expect(answer.body.calls[1]).not.toHaveProperty("parties");
    expect(answer.body.calls[1]).not.toHaveProperty("metaData");
    expect(answer.body.calls[1]).toHaveProperty("customData", null);
  });

  test("fromDateTime is inclusive and toDateTime exclusive", () => {
    expect(listed({ fromDateTime: "2026-05-01T10:00:00Z", toDateTime: "2026-05-03T00:00:00Z" })).toEqual([ids.richCall, ids.startedCall]);
    expect(listed({ fromDateTime: "2026-05-01T10:00:00.001Z" })).toEqual([ids.startedCall, ids.opsCall]);
  });

  test("web conferences are filed by scheduled time, not by when they started", () => {
    // The early call started on 2026-05-09 but was scheduled for 2026-04-30.
    expect(listed({ toDateTime: "2026-05-01T00:00:00Z" })).toEqual([ids.earlyCall]);
    expect(listed({ fromDateTime: "2026-05-05T00:00:00Z" })).toBe(404);
  });

  test("a call with only a start time is filed by it, offsets included", () => {
    // 09:00-07:00 is 16:00Z.
    expect(listed({ fromDateTime: "2026-05-02T16:00:00Z", toDateTime: "2026-05-02T16:00:01Z" })).toEqual([ids.startedCall]);
    expect(listed({ fromDateTime: "2026-05-02T15:00:00Z", toDateTime: "2026-05-02T16:00:00Z" })).toBe(404);
  });

  test("filters by workspace", () => {
    expect(listed({ workspaceId: ids.ops })).toEqual([ids.opsCall]);
  });

  test("no calls is a 404 with Gong's text", () => {
    const answer = get(api, "/v2/calls", { fromDateTime: "2020-01-01T00:00:00Z", toDateTime: "2020-02-01T00:00:00Z" });
    expect(answer.status).toBe(404);
    expect(answer.body.errors).toEqual(["No calls found corresponding to the provided filters"]);
  });

  test("a date Gong cannot read is a 400", () => {
    expect(get(api, "/v2/calls", { fromDateTime: "yesterday" }).status).toBe(400);
  });
});

describe("GET /v2/calls/{id}", () => {
  test("answers the call's metaData", () => {
    const answer = get<{ call: Record<string, unknown> }>(api, `/v2/calls/${ids.richCall}`);
    expect(answer.status).toBe(200);
    expect(answer.body.call).toMatchObject({ id: ids.richCall, primaryUserId: ids.bob, scheduled: "2026-05-01T10:00:00Z" });
  });

  test("an unknown id is a 404 naming it", () => {
    const answer = get(api, "/v2/calls/123");
    expect(answer).toMatchObject({ status: 404, body: { errors: ["Call ID 123 was not found"] } });
  });
});
