import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { connect, textOf, type Connected } from "./in-memory-client.js";
import { FLOW, MANAGER, OUTSIDER_CALL, REPORT, REPORT_CALL, SILENT_CALL } from "./tiny-gong.js";

describe("the tools over a tiny Gong, as the manager", () => {
  let session: Connected;
  beforeAll(async () => {
    session = await connect(MANAGER);
  });
  afterAll(async () => {
    await session.close();
  });

  test("get_gong_user_details describes the caller by default, in snake_case", async () => {
    const result = await session.call("get_gong_user_details");
    expect(result.structuredContent).toEqual({
      user: {
        id: MANAGER, email_address: "manny@acme.example", first_name: "Manny", last_name: "Test", title: "AE",
        manager_id: null, active: true, created: "2025-01-01T00:00:00Z",
      },
    });
    expect(textOf(result)).toContain(MANAGER);
  });

  test("get_gong_user_details finds another user by id", async () => {
    const result = await session.call("get_gong_user_details", { user_id: REPORT });
    expect(result.structuredContent).toMatchObject({ user: { id: REPORT, manager_id: MANAGER } });
  });

  test("search_gong_users finds users by part of a name or email, best first; anyone in the company, not call data", async () => {
    const rita = await session.call("search_gong_users", { query: "RIT" });
    expect(rita.structuredContent).toMatchObject({ users: [{ id: REPORT, first_name: "Rita" }] });
    expect(textOf(rita)).toContain(`Rita Test (id ${REPORT})`);
    const everyone = await session.call("search_gong_users", { query: "acme.example", limit: 2 });
    expect((everyone.structuredContent as { users: unknown[] }).users).toHaveLength(2);
    const exact = await session.call("search_gong_users", { query: "otto@acme.example" });
    expect((exact.structuredContent as { users: { first_name: string }[] }).users.map((user) => user.first_name)).toEqual(["Otto"]);
    expect(textOf(await session.call("search_gong_users", { query: "zz" }))).toBe('No active Gong user\'s name or email contains "zz".');
  });

  test("search_gong_users refuses a query of only spaces, or too long, naming the argument", async () => {
    expect(textOf(await session.call("search_gong_users", { query: "   " }))).toMatch(/^invalid_input: query: expected text of 1 to 100 characters/);
    expect(textOf(await session.call("search_gong_users", { query: "x".repeat(101) }))).toMatch(/^invalid_input: query: /);
    expect(textOf(await session.call("search_gong_users", { query: "a", limit: 51 }))).toMatch(/^invalid_input: limit: /);
  });

  test("list_gong_calls filters by participant (id or email), company and title, after visibility", async () => {
    const window = { from_date_time: "2026-02-01T00:00:00Z", to_date_time: "2026-03-01T00:00:00Z" };
    const idsOf = async (args: Record<string, unknown>) =>
      ((await session.call("list_gong_calls", { ...window, ...args })).structuredContent as { calls: { id: string }[] }).calls.map((call) => call.id);
    expect(await idsOf({ participant: REPORT })).toEqual([REPORT_CALL]);
    // The host's email, from the directory: Rita is not among the parties under her email.
    expect(await idsOf({ participant: "RITA@acme.example" })).toEqual([REPORT_CALL]);
    expect(await idsOf({ title_contains: "call 3" })).toEqual([SILENT_CALL]);
    expect(await idsOf({ participant: MANAGER, title_contains: "call 1" })).toEqual([]);
    // The outsider's call exists and matches, but the manager may not see it: nothing hints at it.
    const hidden = await session.call("list_gong_calls", { ...window, title_contains: "call 2" });
    expect(hidden.structuredContent).toEqual({ calls: [], next_cursor: null });
    expect(textOf(hidden)).toBe("No calls found that you can see in this range with these filters.");
    expect(textOf(await session.call("list_gong_calls", { participant: "abc" }))).toMatch(/^invalid_input: participant: expected a Gong user id/);
    expect(textOf(await session.call("list_gong_calls", { company: " " }))).toMatch(/^invalid_input: company: /);
  });

  test("search_gong_transcripts finds what was said in the calls the caller may see, and says how many it searched", async () => {
    const window = { from_date_time: "2026-02-01T00:00:00Z", to_date_time: "2026-03-01T00:00:00Z" };
    const result = await session.call("search_gong_transcripts", { query: "HELLO", ...window });
    expect(result.structuredContent).toEqual({
      hits: [{ call_id: REPORT_CALL, title: "Call 1", started: "2026-02-27T10:00:00Z", speaker_name: "Host", affiliation: "internal", start_ms: 0, snippet: "Hello there." }],
      // The manager sees their report's call and their own; the outsider's is neither searched nor counted.
      calls_searched: 2,
      capped: false,
      next_cursor: null,
    });
    expect(textOf(result)).toContain(`- ${REPORT_CALL} · 2026-02-27T10:00:00Z · Call 1 · [0:00] Host (internal): Hello there.`);
    expect(textOf(await session.call("search_gong_transcripts", { query: "goodbye", ...window }))).toBe('No hits for "goodbye" in 2 calls searched.');
  });

  test("list_gong_calls lists only visible calls, newest first, and pages with a cursor", async () => {
    const all = await session.call("list_gong_calls");
    expect(all.structuredContent).toMatchObject({ calls: [{ id: REPORT_CALL }, { id: SILENT_CALL }], next_cursor: null });
    expect(JSON.stringify(all)).not.toContain(OUTSIDER_CALL);

    const first = await session.call("list_gong_calls", { limit: 1 });
    const cursor = (first.structuredContent as { next_cursor: string }).next_cursor;
    expect(cursor).toEqual(expect.any(String));
    expect(textOf(first)).toContain(cursor);
    const second = await session.call("list_gong_calls", { limit: 1, cursor });
    expect(second.structuredContent).toMatchObject({ calls: [{ id: SILENT_CALL }], next_cursor: null });
  });

  test("a cursor used with another query is invalid_input naming cursor", async () => {
    const first = await session.call("list_gong_calls", { limit: 1 });
    const cursor = (first.structuredContent as { next_cursor: string }).next_cursor;
    const other = await session.call("list_gong_calls", { limit: 1, cursor, workspace_id: "1" });
    expect(textOf(other)).toMatch(/^invalid_input: cursor: /);
  });

  test("get_gong_call_details shows the call with its parties", async () => {
    const result = await session.call("get_gong_call_details", { call_id: REPORT_CALL });
    expect(result.structuredContent).toMatchObject({
      call: { id: REPORT_CALL, duration: 1800, primary_user_id: REPORT, parties: [{ user_id: REPORT, speaker_id: `s-${REPORT}`, affiliation: "Internal" }] },
    });
  });

  test("a hidden call and a missing call read the same", async () => {
    const hidden = textOf(await session.call("get_gong_call_details", { call_id: OUTSIDER_CALL }));
    const missing = textOf(await session.call("get_gong_call_details", { call_id: "1" }));
    expect(hidden).toBe(`not_found: Call ${OUTSIDER_CALL} was not found, or you do not have access to it.`);
    expect(missing.replace("1 was", `${OUTSIDER_CALL} was`)).toBe(hidden);
  });

  test("get_gong_call_transcript: a visible call without transcript has no turns; hidden and missing ids are unavailable", async () => {
    const result = await session.call("get_gong_call_transcript", { call_ids: [REPORT_CALL, SILENT_CALL, OUTSIDER_CALL, "1", REPORT_CALL] });
    expect(result.structuredContent).toEqual({
      transcripts: [
        { call_id: REPORT_CALL, title: "Call 1", started: "2026-02-27T10:00:00Z",
          speakers: [{ speaker_id: `s-${REPORT}`, name: "Host", affiliation: "Internal" }],
          turns: [{ speaker: 0, topic: "Intro", start_ms: 0, end_ms: 900, text: "Hello there." }] },
        { call_id: SILENT_CALL, title: "Call 3", started: "2026-02-25T10:00:00Z", speakers: [], turns: [] },
      ],
      unavailable_call_ids: [OUTSIDER_CALL, "1"],
      next_cursor: null,
    });
    // Many clients show a model only the text: the words are there, each line naming its speaker.
    expect(textOf(result)).toContain("[0:00] Host: Hello there.");
    expect(textOf(result)).toContain("Gong has no transcript for this call.");
  });

  test("get_detailed_gong_call_details flattens content, with nulls and empty lists when Gong has none", async () => {
    const result = await session.call("get_detailed_gong_call_details", { call_ids: [SILENT_CALL, OUTSIDER_CALL] });
    expect(result.structuredContent).toMatchObject({
      calls: [{ id: SILENT_CALL, brief: null, key_points: [], outline: [], call_outcome: null, interaction: null }],
      unavailable_call_ids: [OUTSIDER_CALL],
    });
  });

  test("gong_engage_flows_list lists the caller's flows", async () => {
    const result = await session.call("gong_engage_flows_list");
    expect(result.structuredContent).toMatchObject({ flow_owner_email: "manny@acme.example", flows: [{ id: FLOW, name: "Q1 outreach" }], next_cursor: null });
  });

  test("gong_engage_flows_for_prospects lists each prospect once, with flows: [] when none", async () => {
    const result = await session.call("gong_engage_flows_for_prospects", { crm_prospect_ids: ["a", "b", "a"] });
    expect(result.structuredContent).toEqual({ prospects: [{ crm_prospect_id: "a", flows: [] }, { crm_prospect_id: "b", flows: [] }] });
  });

  test("gong_engage_flows_assign_to_prospect reports assigned ids and failures", async () => {
    const result = await session.call("gong_engage_flows_assign_to_prospect", { flow_id: FLOW, crm_prospect_ids: ["a", "a"] });
    expect(result.structuredContent).toMatchObject({ assigned: ["a"], failed: [], flow_instances: [{ crm_prospect_id: "a", flow_id: FLOW }] });
  });

  test("assigning for someone else without the profile right is forbidden", async () => {
    const result = await session.call("gong_engage_flows_assign_to_prospect", {
      flow_id: FLOW, crm_prospect_ids: ["a"], flow_instance_owner_email: "rita@acme.example",
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^forbidden: /);
  });

  test("an unknown flow is not_found", async () => {
    const result = await session.call("gong_engage_flows_assign_to_prospect", { flow_id: "42", crm_prospect_ids: ["a"] });
    expect(textOf(result)).toBe("not_found: Flow 42 was not found, or you do not have access to it.");
  });
});

test("a user who is not a Gong user gets unknown_user from every tool", async () => {
  const session = await connect("1999");
  const calls: [string, Record<string, unknown>][] = [
    ["get_gong_user_details", {}], ["list_gong_calls", {}], ["get_gong_call_details", { call_id: REPORT_CALL }],
    ["get_gong_call_transcript", { call_ids: [REPORT_CALL] }], ["get_detailed_gong_call_details", { call_ids: [REPORT_CALL] }],
    ["gong_engage_flows_list", {}], ["gong_engage_flows_for_prospects", { crm_prospect_ids: ["a"] }],
    ["gong_engage_flows_assign_to_prospect", { flow_id: FLOW, crm_prospect_ids: ["a"] }],
  ];
  for (const [tool, args] of calls) expect(textOf(await session.call(tool, args))).toMatch(/^unknown_user: 1999 /);
  await session.close();
});
