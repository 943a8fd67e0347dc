import { describe, expect, test } from "vitest";
import { fakeApi, get, post, type Records } from "./fake-gong-harness.js";
import { ids, manyCalls, smallDataset } from "./small-dataset.js";

interface CallsPage {
  readonly records: Records;
  readonly calls: readonly { readonly id: string }[];
}
interface ExtensivePage {
  readonly records: Records;
  readonly calls: readonly { readonly metaData: { readonly id: string } }[];
}

const api = fakeApi({ ...smallDataset(), calls: manyCalls(250), transcripts: [] });
const range = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2027-01-01T00:00:00Z" };

describe("paging like Gong", () => {
  test("250 calls come as 100, 100 and 50, with a cursor only while more remain", () => {
    const first = get<CallsPage>(api, "/v2/calls", range);
    expect(first.status).toBe(200);
    expect(first.body.records).toMatchObject({ totalRecords: 250, currentPageSize: 100, currentPageNumber: 0 });
    const second = get<CallsPage>(api, "/v2/calls", { ...range, cursor: first.body.records.cursor! });
    expect(second.body.records).toMatchObject({ totalRecords: 250, currentPageSize: 100, currentPageNumber: 1 });
    const third = get<CallsPage>(api, "/v2/calls", { ...range, cursor: second.body.records.cursor! });
    expect(third.body.records).toEqual({ totalRecords: 250, currentPageSize: 50, currentPageNumber: 2 });
    expect(Object.keys(third.body.records)).not.toContain("cursor");
    const seen = [first, second, third].flatMap((page) => page.body.calls.map((c) => c.id));
    expect(new Set(seen).size).toBe(250);
    expect(seen).toEqual(manyCalls(250).map((c) => c.metaData.id));
  });

  test("a single page has no cursor key at all", () => {
    const page = get<CallsPage>(fakeApi(), "/v2/calls");
    expect(page.body.records).toEqual({ totalRecords: 4, currentPageSize: 4, currentPageNumber: 0 });
  });

  test("POST takes the cursor at the top level of the body, next to the unchanged filter", () => {
    const body = { filter: range, contentSelector: { exposedFields: { parties: true } } };
    const first = post<ExtensivePage>(api, "/v2/calls/extensive", body);
    const second = post<ExtensivePage>(api, "/v2/calls/extensive", { ...body, cursor: first.body.records.cursor });
    expect(second.status).toBe(200);
    expect(second.body.calls[0]?.metaData.id).toBe(manyCalls(250)[100]?.metaData.id);
  });

  test.each([
    ["garbage", "not-a-cursor"],
    ["an empty string", ""],
    ["base64 of something else", Buffer.from(JSON.stringify({ o: 100 })).toString("base64url")],
  ])("%s as a cursor is a 400", (_name, cursor) => {
    const answer = get(api, "/v2/calls", { ...range, cursor });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual(["Invalid cursor"]);
  });

  test("a cursor used with another query is a 400", () => {
    const cursor = get<CallsPage>(api, "/v2/calls", range).body.records.cursor!;
    expect(get(api, "/v2/calls", { ...range, toDateTime: "2026-12-01T00:00:00Z", cursor }).status).toBe(400);
    expect(post(api, "/v2/calls/extensive", { filter: range, cursor }).status).toBe(400);
  });

  test("the page size is an option", () => {
    const small = fakeApi(smallDataset(), { pageSize: 3 });
    const first = get<{ records: Records; users: readonly { id: string }[] }>(small, "/v2/users");
    expect(first.body.records).toMatchObject({ totalRecords: 4, currentPageSize: 3, currentPageNumber: 0 });
    const last = get<{ records: Records; users: readonly { id: string }[] }>(small, "/v2/users", { cursor: first.body.records.cursor! });
    expect(last.body.users.map((u) => u.id)).toEqual([ids.dee]);
    expect(last.body.records).toEqual({ totalRecords: 4, currentPageSize: 1, currentPageNumber: 1 });
  });
});
