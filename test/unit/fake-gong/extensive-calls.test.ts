import { describe, expect, test } from "vitest";
import { fakeApi, post } from "./fake-gong-harness.js";
import { ids } from "./small-dataset.js";

type Call = Readonly<Record<string, unknown>> & { readonly metaData: { readonly id: string } };
interface Page {
  readonly calls: readonly Call[];
}

const api = fakeApi();
const extensive = (body: unknown) => post<Page>(api, "/v2/calls/extensive", body);
const rich = (exposedFields: unknown, context?: string): Call => {
  const answer = extensive({ filter: { callIds: [ids.richCall] }, contentSelector: { exposedFields, ...(context ? { context } : {}) } });
  expect(answer.status).toBe(200);
  return answer.body.calls[0]!;
};

describe("POST /v2/calls/extensive", () => {
  test.each([
    ["a bare {}", {}],
    ["no body", undefined],
    ["a filter that is not an object", { filter: "all" }],
    ["empty callIds", { filter: { callIds: [] } }],
    ["callIds that are not strings", { filter: { callIds: [Number(ids.richCall)] } }],
  ])("%s is a 400", (_name, body) => {
    const answer = post(api, "/v2/calls/extensive", body);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toHaveLength(1);
  });

  test("an empty filter is an unbounded scan, oldest first", () => {
    expect(extensive({ filter: {} }).body.calls.map((c) => c.metaData.id)).toEqual([ids.earlyCall, ids.richCall, ids.startedCall, ids.opsCall]);
  });

  test("without a contentSelector only metaData comes back", () => {
    const answer = extensive({ filter: { callIds: [ids.richCall] } });
    expect(Object.keys(answer.body.calls[0]!)).toEqual(["metaData"]);
  });

  test("parties only when asked", () => {
    expect(Object.keys(rich({ parties: true }))).toEqual(["metaData", "parties"]);
    expect(Object.keys(rich({ parties: false }))).toEqual(["metaData"]);
  });

  test("content holds only the items set true", () => {
    const call = rich({ content: { brief: true, topics: false, keyPoints: true, outline: true } });
    // The call has no outline: the item stays missing rather than empty.
    expect(call.content).toEqual({ brief: "Pricing talk", keyPoints: [{ text: "Budget approved" }] });
  });

  test("interaction items likewise; personInteractionStats answers as interactionStats", () => {
    expect(rich({ interaction: { personInteractionStats: true, video: true } }).interaction).toEqual({
      interactionStats: [{ name: "Talk Ratio", value: 0.4 }],
    });
    expect(rich({ interaction: { speakers: true, questions: true } }).interaction).toEqual({
      speakers: [{ id: "s1", userId: ids.bob, talkTime: 600 }],
      questions: { companyCount: 3, nonCompanyCount: 1 },
    });
  });

  test("tracker occurrences only with trackerOccurrences", () => {
    const without = rich({ content: { trackers: true } }).content as { trackers: readonly Record<string, unknown>[] };
    expect(without.trackers[0]).not.toHaveProperty("occurrences");
    expect(without.trackers[0]).toHaveProperty("phrases", [{ count: 1, phrase: "Initech" }]);
    const withOccurrences = rich({ content: { trackers: true, trackerOccurrences: true } }).content as { trackers: readonly Record<string, unknown>[] };
    expect(withOccurrences.trackers[0]).toHaveProperty("occurrences", [{ startTime: 12.5, speakerId: "s2" }]);
  });

  test("collaboration, media and context when asked", () => {
    const call = rich({ collaboration: { publicComments: true }, media: true }, "Extended");
    expect(Object.keys(call)).toEqual(["metaData", "context", "collaboration", "media"]);
    expect(call.media).toEqual({ audioUrl: "https://media.test/a.mp3", videoUrl: null });
    expect(Object.keys(rich({}, "None"))).toEqual(["metaData"]);
  });

  test("a call without a block asked for simply lacks it", () => {
    const answer = extensive({ filter: { callIds: [ids.startedCall] }, contentSelector: { exposedFields: { parties: true, content: { brief: true } } } });
    expect(Object.keys(answer.body.calls[0]!)).toEqual(["metaData"]);
  });

  test("primaryUserIds matches the host only", () => {
    const answer = extensive({ filter: { primaryUserIds: [ids.bob] } });
    expect(answer.body.calls.map((c) => c.metaData.id)).toEqual([ids.earlyCall, ids.richCall]);
  });

  test("callIds are narrowed by the dates and the workspace", () => {
    const both = [ids.richCall, ids.opsCall];
    expect(extensive({ filter: { callIds: both, fromDateTime: "2026-05-02T00:00:00Z" } }).body.calls.map((c) => c.metaData.id)).toEqual([ids.opsCall]);
    expect(extensive({ filter: { callIds: both, workspaceId: ids.sales } }).body.calls.map((c) => c.metaData.id)).toEqual([ids.richCall]);
  });

  test("nothing found, unknown ids included, is the no-calls 404", () => {
    const answer = post(api, "/v2/calls/extensive", { filter: { callIds: ["1"] } });
    expect(answer).toMatchObject({ status: 404, body: { errors: ["No calls found corresponding to the provided filters"] } });
  });

  test("an answer is a copy: editing it leaves the fake unchanged", () => {
    const call = rich({ parties: true });
    (call.parties as unknown[]).length = 0;
    expect(rich({ parties: true }).parties).toHaveLength(2);
  });
});
