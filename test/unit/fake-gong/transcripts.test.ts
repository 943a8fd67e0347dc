import { describe, expect, test } from "vitest";
import { fakeApi, post, type Records } from "./fake-gong-harness.js";
import { ids } from "./small-dataset.js";

interface Page {
  readonly records: Records;
  readonly callTranscripts: readonly { readonly callId: string; readonly transcript: readonly unknown[] }[];
}

const api = fakeApi();
const transcripts = (filter: unknown) => post<Page>(api, "/v2/calls/transcript", { filter });

describe("POST /v2/calls/transcript", () => {
  test("by call ids; a call without a transcript is left out", () => {
    const answer = transcripts({ callIds: [ids.richCall, ids.startedCall] });
    expect(answer.status).toBe(200);
    expect(answer.body.callTranscripts).toEqual([
      { callId: ids.richCall, transcript: [{ speakerId: "s1", topic: null, sentences: [{ start: 0, end: 1500, text: "Hi" }] }] },
    ]);
    expect(answer.body.records).toEqual({ totalRecords: 1, currentPageSize: 1, currentPageNumber: 0 });
  });

  test("by dates, oldest call first; an empty transcript is still a transcript", () => {
    expect(transcripts({ fromDateTime: "2026-04-01T00:00:00Z" }).body.callTranscripts.map((t) => t.callId)).toEqual([ids.richCall, ids.opsCall]);
  });

  test("ids outside the date range are not returned", () => {
    expect(transcripts({ callIds: [ids.richCall, ids.opsCall], toDateTime: "2026-05-02T00:00:00Z" }).body.callTranscripts).toHaveLength(1);
  });

  test.each([
    ["unknown ids", { callIds: ["12345"] }],
    ["only calls without transcripts", { callIds: [ids.startedCall] }],
    ["an empty range", { fromDateTime: "2030-01-01T00:00:00Z" }],
  ])("%s: the no-calls 404", (_name, filter) => {
    expect(transcripts(filter)).toMatchObject({ status: 404, body: { errors: ["No calls found corresponding to the provided filters"] } });
  });

  test("a body without a filter is a 400", () => {
    expect(post(api, "/v2/calls/transcript", { callIds: [ids.richCall] }).status).toBe(400);
  });
});
