import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { connect, textOf, type Connected } from "./in-memory-client.js";
import { FLOW, REPORT_CALL } from "./tiny-gong.js";

const ids = (count: number): string[] => Array.from({ length: count }, (_, index) => String(1000 + index));
const megabyte = "1".repeat(1_000_000);

/** [tool, arguments, how the text must start]: every class of bad input names its argument. */
const cases: readonly (readonly [string, Record<string, unknown>, string])[] = [
  ["get_gong_call_details", { call_id: 778234227402593 }, "invalid_input: call_id: expected a Gong call id: a string of 1 to 20 digits."],
  ["get_gong_call_details", {}, "invalid_input: call_id: expected a Gong call id: a string of 1 to 20 digits (it is required)."],
  ["get_gong_call_details", { call_id: "12a" }, "invalid_input: call_id: expected a Gong call id"],
  ["get_gong_call_details", { call_id: "123456789012345678901" }, "invalid_input: call_id: expected a Gong call id"],
  ["get_gong_call_details", { call_id: megabyte }, "invalid_input: call_id: expected a Gong call id"],
  ["get_gong_call_details", { call_id: REPORT_CALL, extra: true }, "invalid_input: extra: expected only the arguments this tool accepts: call_id."],
  ["get_gong_user_details", { userId: "1" }, "invalid_input: userId: expected only the arguments this tool accepts: user_id."],
  ["get_gong_user_details", { user_id: null }, "invalid_input: user_id: expected a Gong user id"],
  ["get_gong_call_transcript", { call_ids: ids(101) }, "invalid_input: call_ids: expected a list of 1 to 100 Gong call ids"],
  ["get_gong_call_transcript", { call_ids: [] }, "invalid_input: call_ids: expected a list of 1 to 100 Gong call ids"],
  ["get_gong_call_transcript", { call_ids: "1" }, "invalid_input: call_ids: expected a list of 1 to 100 Gong call ids"],
  ["get_gong_call_transcript", { call_ids: ["1", 2] }, "invalid_input: call_ids[1]: expected a Gong call id"],
  ["get_detailed_gong_call_details", { call_ids: ["1", "x"] }, "invalid_input: call_ids[1]: expected a Gong call id"],
  ["get_detailed_gong_call_details", {}, "invalid_input: call_ids: expected a list of 1 to 100 Gong call ids, each a string of 1 to 20 digits (it is required)."],
  ["list_gong_calls", { from_date_time: "2026-01-31" }, "invalid_input: from_date_time: expected an ISO 8601 date-time"],
  ["list_gong_calls", { to_date_time: "2026-01-31T10:00:00" }, "invalid_input: to_date_time: expected an ISO 8601 date-time"],
  ["list_gong_calls", { from_date_time: "yesterday" }, "invalid_input: from_date_time: expected an ISO 8601 date-time"],
  ["list_gong_calls", { from_date_time: megabyte }, "invalid_input: from_date_time: expected an ISO 8601 date-time"],
  ["list_gong_calls", { limit: 0 }, "invalid_input: limit: expected an integer from 1 to 100."],
  ["list_gong_calls", { limit: 101 }, "invalid_input: limit: expected an integer from 1 to 100."],
  ["list_gong_calls", { limit: 2.5 }, "invalid_input: limit: expected an integer from 1 to 100."],
  ["list_gong_calls", { limit: "20" }, "invalid_input: limit: expected an integer from 1 to 100."],
  ["list_gong_calls", { workspace_id: "main" }, "invalid_input: workspace_id: expected a Gong workspace id"],
  ["list_gong_calls", { cursor: "never-issued" }, "invalid_input: cursor: expected a next_cursor returned by list_gong_calls"],
  ["list_gong_calls", { cursor: "x".repeat(5000) }, "invalid_input: cursor: expected the next_cursor of an earlier list_gong_calls answer"],
  ["list_gong_calls", { cursor: "" }, "invalid_input: cursor: expected the next_cursor of an earlier list_gong_calls answer"],
  ["gong_engage_flows_list", { cursor: "abc.def" }, "invalid_input: cursor: expected a next_cursor returned by gong_engage_flows_list"],
  ["gong_engage_flows_list", { flow_owner_email: "not-an-email" }, "invalid_input: flow_owner_email: expected an email address"],
  ["gong_engage_flows_for_prospects", { crm_prospect_ids: ids(201) }, "invalid_input: crm_prospect_ids: expected a list of 1 to 200 CRM prospect ids"],
  ["gong_engage_flows_for_prospects", { crm_prospect_ids: [""] }, "invalid_input: crm_prospect_ids[0]: expected a CRM prospect id"],
  ["gong_engage_flows_for_prospects", { crm_prospect_ids: ["x".repeat(101)] }, "invalid_input: crm_prospect_ids[0]: expected a CRM prospect id"],
  ["gong_engage_flows_assign_to_prospect", { crm_prospect_ids: ["a"] }, "invalid_input: flow_id: expected a Gong flow id: a string of 1 to 20 digits (it is required)."],
  ["gong_engage_flows_assign_to_prospect", { flow_id: FLOW, crm_prospect_ids: ["a"], flow_instance_owner_email: 5 }, "invalid_input: flow_instance_owner_email: expected an email address"],
];

describe("bad input", () => {
  let session: Connected;
  beforeAll(async () => {
    session = await connect();
  });
  afterAll(async () => {
    await session.close();
  });

  test.each(cases)("%s %j is refused naming the argument", async (tool, args, start) => {
    const result = await session.call(tool, args);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    expect(textOf(result).startsWith(start), textOf(result)).toBe(true);
    expect(textOf(result).length).toBeLessThan(400);
  });

  test("an unknown argument with a huge name is cut in the message", async () => {
    const text = textOf(await session.call("get_gong_user_details", { ["k".repeat(100_000)]: 1 }));
    expect(text).toMatch(/^invalid_input: k{64}…: expected only the arguments this tool accepts: user_id\.$/);
  });

  test("a misspelt argument is reported as unknown rather than the real one as missing", async () => {
    const text = textOf(await session.call("get_gong_call_details", { callId: REPORT_CALL }));
    expect(text).toBe("invalid_input: callId: expected only the arguments this tool accepts: call_id.");
  });

  // JSON.parse makes "__proto__" an own key; before, zod's strict object let it (and "constructor") through.
  test.each(['{"__proto__":{"admin":true}}', '{"constructor":{}}', '{"toString":"x"}'])("%s is an unknown argument", async (json) => {
    const text = textOf(await session.call("get_gong_user_details", JSON.parse(json) as Record<string, unknown>));
    expect(text).toMatch(/^invalid_input: (__proto__|constructor|toString): expected only the arguments this tool accepts/);
  });

  test("the server keeps answering after bad input", async () => {
    for (const [tool, args] of cases) await session.call(tool, args);
    const result = await session.call("get_gong_call_details", { call_id: REPORT_CALL });
    expect(result.isError).toBeFalsy();
  });
});
