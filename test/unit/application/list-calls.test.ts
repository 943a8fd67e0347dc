import { describe, expect, test } from "vitest";
import type { ListCallsInput } from "../../../src/application/use-cases/list-calls.js";
import { aCall, aParty, aProfile, aUser } from "../../arbitraries/domain-values.js";
import { errorOf, kitOver, valueOf } from "../../support/use-case-kit.js";

// Caller 1 (own in workspace 1, all in workspace 2) and 2; now is 2026-03-15T12:00Z.
const users = [aUser("1"), aUser("2")];
const profiles = [aProfile("100", "1", "own", { userIds: ["1"] }), aProfile("200", "2", "all", { userIds: ["1"] })];
const day = (d: number, hour = 10) => `2026-03-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00.000Z`;
const calls = [
  aCall("11", { primaryUserId: "1", started: day(1) }),
  aCall("12", { primaryUserId: "2", started: day(2) }), // hidden: someone else's, own level
  aCall("13", { primaryUserId: "2", started: day(3), parties: [aParty({ userId: "1" })] }),
  aCall("14", { primaryUserId: "2", started: day(4), workspaceId: "2" }), // all in workspace 2
  aCall("15", { primaryUserId: "2", started: day(5), workspaceId: "2", isPrivate: true }), // hidden: private
  aCall("16", { primaryUserId: "1", started: day(6) }),
  aCall("17", { primaryUserId: "1", started: "2026-01-01T10:00:00.000Z" }), // outside the default window
];
const me = { userId: "1" };

function kit(pageSize = 2) {
  return kitOver({ users, profiles, calls, pageSize });
}

async function allPages(input: ListCallsInput, k = kit()): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = valueOf(await k.useCases.listCalls.execute(me, { ...input, ...(cursor === undefined ? {} : { cursor }) }));
    pages.push(page.calls.map((call) => call.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && pages.length < 20);
  return pages;
}

describe("list_gong_calls", () => {
  test("the default window is the last 30 days: visible calls only, newest first", async () => {
    expect(await allPages({ limit: 20 })).toEqual([["16", "14", "13", "11"]]);
  });

  test("hidden calls take no room on a page: every page but the last is full", async () => {
    expect(await allPages({ limit: 2 })).toEqual([
      ["16", "14"],
      ["13", "11"],
    ]);
    expect(await allPages({ limit: 3 }, kit(1))).toEqual([["16", "14", "13"], ["11"]]);
  });

  test("from is inclusive and to exclusive", async () => {
    expect(await allPages({ limit: 20, fromDateTime: day(3), toDateTime: day(6) })).toEqual([["14", "13"]]);
  });

  test("workspace_id keeps one workspace", async () => {
    expect(await allPages({ limit: 20, workspaceId: "2" })).toEqual([["14"]]);
  });

  test("nothing visible: one empty page without a cursor", async () => {
    expect(valueOf(await kit().useCases.listCalls.execute({ userId: "2" }, { limit: 5, workspaceId: "3" }))).toEqual({
      calls: [],
      nextCursor: null,
    });
  });

  test("calls sharing a start instant are split across pages without loss or repeat", async () => {
    const same = ["5", "40", "300", "9007199254740993"].map((id) => aCall(id, { primaryUserId: "1", started: day(7) }));
    const k = kitOver({ users, profiles, calls: same, pageSize: 3 });
    expect(await allPages({ limit: 1 }, k)).toEqual([["9007199254740993"], ["300"], ["40"], ["5"]]);
  });

  test("an unreadable date or an empty window is invalid input naming the argument", async () => {
    const { listCalls } = kit().useCases;
    expect(errorOf(await listCalls.execute(me, { limit: 5, fromDateTime: "soon" }))).toMatchObject({ field: "from_date_time" });
    expect(errorOf(await listCalls.execute(me, { limit: 5, fromDateTime: day(5), toDateTime: day(5) }))).toMatchObject({
      _tag: "InvalidInput",
      field: "to_date_time",
    });
  });
});

describe("list_gong_calls cursors", () => {
  async function firstCursor(input: ListCallsInput = { limit: 1 }): Promise<string> {
    return valueOf(await kit().useCases.listCalls.execute(me, input)).nextCursor!;
  }
  const rejected = { ok: false, error: { _tag: "InvalidInput", field: "cursor", expected: expect.any(String) as string } };

  test("a cursor keeps its window even when now moves on", async () => {
    const cursor = await firstCursor();
    const later = kitOver({ users, profiles, calls }, Date.parse("2026-06-01T00:00:00Z"));
    expect(valueOf(await later.useCases.listCalls.execute(me, { limit: 1, cursor })).calls.map((c) => c.id)).toEqual(["14"]);
  });

  test("another user's cursor is refused", async () => {
    expect(await kit().useCases.listCalls.execute({ userId: "2" }, { limit: 1, cursor: await firstCursor() })).toEqual(rejected);
  });

  test("a cursor of another query is refused", async () => {
    const cursor = await firstCursor({ limit: 1, workspaceId: "1" });
    const { listCalls } = kit().useCases;
    expect(await listCalls.execute(me, { limit: 1, cursor })).toEqual(rejected);
    expect(await listCalls.execute(me, { limit: 1, workspaceId: "2", cursor })).toEqual(rejected);
    expect(await listCalls.execute(me, { limit: 1, workspaceId: "1", toDateTime: day(9), cursor })).toEqual(rejected);
    expect((await listCalls.execute(me, { limit: 5, workspaceId: "1", cursor })).ok).toBe(true);
  });

  test("never-issued, altered and foreign-shaped cursors are refused", async () => {
    const k = kit();
    const cursor = await firstCursor();
    const [body, signature] = cursor.split(".");
    const sealed = (state: Record<string, unknown>) => k.cursors.seal(state);
    const base = JSON.parse(Buffer.from(body!, "base64url").toString()) as Record<string, unknown>;
    for (const token of [
      "",
      "not-a-cursor",
      `${Buffer.from(JSON.stringify({ ...base, userId: "2" })).toString("base64url")}.${signature!}`,
      sealed({ ...base, kind: "flows" }),
      sealed({ ...base, afterTime: "yesterday" }),
      sealed({ ...base, window: null }),
      sealed({ ...base, window: { fromDateTime: 1, toDateTime: 2 } }),
      sealed({ kind: "flows", userId: "1", query: base.query, gong: "x" }),
    ]) {
      expect(await k.useCases.listCalls.execute(me, { limit: 1, cursor: token }), token).toEqual(rejected);
    }
  });
});
