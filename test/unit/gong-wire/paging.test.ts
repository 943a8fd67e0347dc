import { describe, expect, test } from "vitest";
import type { WireResponse } from "../../../src/adapters/gong-wire/wire-exchange.js";
import { gatewayOver, inOrder } from "../../support/stub-exchange.js";

/** A Gong page: `records.cursor` only while more pages remain (absent, not null, on the last). */
function page(key: string, items: readonly unknown[], cursor?: string): WireResponse {
  const records = { totalRecords: 5, currentPageSize: items.length, currentPageNumber: 0, ...(cursor ? { cursor } : {}) };
  return { status: 200, body: { requestId: "r", records, [key]: items } };
}
const user = (id: string) => ({ id, active: true });
const call = (id: string) => ({ metaData: { id }, parties: [] });

describe("GET endpoints: the cursor goes in the query", () => {
  test("listUsers follows cursors to the last page", async () => {
    const { gateway, stub } = gatewayOver(
      inOrder(page("users", [user("1"), user("2")], "c1"), page("users", [user("3")], "c2"), page("users", [user("4")])),
    );
    const users = await gateway.listUsers();
    expect(users.ok && users.value.map((found) => found.id)).toEqual(["1", "2", "3", "4"]);
    expect(stub.requests.map((request) => request.query)).toEqual([{}, { cursor: "c1" }, { cursor: "c2" }]);
  });

  test("listFlows returns one page and passes the cursor back with the same owner and workspace", async () => {
    const flows = [{ id: "11" }, { id: "12" }];
    const { gateway, stub } = gatewayOver(inOrder(page("flows", flows, "next-flows")));
    const answer = await gateway.listFlows("a@example.com", "77", "prev-flows");
    expect(answer.ok && answer.value.nextCursor).toBe("next-flows");
    expect(answer.ok && answer.value.items.map((flow) => [flow.id, flow.workspaceId])).toEqual([
      ["11", "77"],
      ["12", "77"],
    ]);
    expect(stub.requests).toEqual([
      { method: "GET", path: "/v2/flows", query: { flowOwnerEmail: "a@example.com", workspaceId: "77", cursor: "prev-flows" } },
    ]);
  });

  test("listFlows without a workspace sends none and leaves the flows' workspace unknown", async () => {
    const { gateway, stub } = gatewayOver(inOrder(page("flows", [{ id: "11" }])));
    const answer = await gateway.listFlows("a@example.com", null, null);
    expect(answer.ok && answer.value.items[0]?.workspaceId).toBeNull();
    expect(stub.requests[0]?.query).toEqual({ flowOwnerEmail: "a@example.com" });
  });
});

describe("POST endpoints: the cursor goes top-level in the body, the rest repeated unchanged", () => {
  test("getCalls follows cursors, same filter and selector on every page", async () => {
    const { gateway, stub } = gatewayOver(inOrder(page("calls", [call("1")], "k1"), page("calls", [call("2")])));
    const calls = await gateway.getCalls(["1", "2"]);
    expect(calls.ok && calls.value.map((found) => found.id)).toEqual(["1", "2"]);
    const first = { filter: { callIds: ["1", "2"] }, contentSelector: { context: "Extended", exposedFields: { parties: true } } };
    expect(stub.requests.map((request) => request.body)).toEqual([first, { ...first, cursor: "k1" }]);
  });

  test("getTranscripts follows cursors", async () => {
    const transcript = (callId: string) => ({ callId, transcript: [] });
    const { gateway, stub } = gatewayOver(
      inOrder(page("callTranscripts", [transcript("1")], "t1"), page("callTranscripts", [transcript("2")])),
    );
    const transcripts = await gateway.getTranscripts(["1", "2"]);
    expect(transcripts.ok && transcripts.value.map((found) => found.callId)).toEqual(["1", "2"]);
    expect(stub.requests.map((request) => request.body)).toEqual([
      { filter: { callIds: ["1", "2"] } },
      { filter: { callIds: ["1", "2"] }, cursor: "t1" },
    ]);
  });

  test("searchCalls sends the given cursor and returns Gong's next one", async () => {
    const { gateway, stub } = gatewayOver(inOrder(page("calls", [call("5")], "k2")));
    const search = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z", workspaceId: "9" };
    const answer = await gateway.searchCalls(search, "k1");
    expect(answer).toEqual({ ok: true, value: { items: [expect.objectContaining({ id: "5" })], nextCursor: "k2" } });
    expect(stub.requests).toEqual([
      {
        method: "POST",
        path: "/v2/calls/extensive",
        body: { filter: search, contentSelector: { exposedFields: { parties: true } }, cursor: "k1" },
      },
    ]);
  });

  test("a 'no calls' 404 on a later page ends the list", async () => {
    const noCalls = { status: 404, body: { requestId: "r", errors: ["No calls found corresponding to the provided filters"] } };
    const { gateway } = gatewayOver(inOrder(page("calls", [call("1")], "k1"), noCalls));
    expect(await gateway.getCalls(["1", "2"])).toEqual({ ok: true, value: [expect.objectContaining({ id: "1" })] });
  });
});

describe("cursors that do not end", () => {
  test("an empty-string cursor is the last page", async () => {
    const { gateway, stub } = gatewayOver(inOrder(page("users", [user("1")], "")));
    expect((await gateway.listUsers()).ok).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  test("a cursor Gong already returned stops paging with UpstreamFailed Paging, logged", async () => {
    const { gateway, stub, logger } = gatewayOver(inOrder(page("users", [user("1")], "same")));
    expect(await gateway.listUsers()).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Paging" } });
    expect(stub.requests).toHaveLength(2);
    expect(logger.lines.map((line) => line.level)).toEqual(["error"]);
  });
});
