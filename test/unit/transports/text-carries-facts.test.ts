import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../../src/adapters/fake-gong/demo/demo-users.js";
import { demoWorkspace } from "../../../src/adapters/fake-gong/demo/demo-workspace.js";
import { createFakeGongGateway } from "../../../src/adapters/fake-gong/fake-gong-gateway.js";
import { elapsed, elapsedSeconds } from "../../../src/transports/mcp/shapes/elapsed.js";
import { DEMO_PUBLIC_CALL_IDS, NOW, silent } from "../../support/counting-gateway.js";
import { connect, textOf, type Connected } from "./in-memory-client.js";
import { useCasesOver } from "./tiny-gong.js";

/**
 * Issue 9: "the text of every tool result carries every fact its structured part holds that a user may ask
 * about". Many clients hand the model only the text, so each leaf of structuredContent is looked for in the
 * text, as it is rendered there: strings as they are, counts as numbers, times into the call as m:ss, a call's
 * length in minutes, flags as words. Left out, on purpose: references that only tie one structured part to
 * another (a party's own id, a transcript speaker's id, a turn's speaker index) and the turns of transcripts,
 * whose words transcript-size.test.ts checks one by one.
 */
const demo = demoWorkspace({ now: NOW });
const gateway = () => createFakeGongGateway(demo, { logger: silent, now: () => NOW });
const REFERENCES = new Set(["parties.id", "interaction.speakers.party_id", "speakers.speaker_id", "turns"]);
const COUNTS = new Set(["count", "value", "company_count", "non_company_count", "calls_searched"]);
const INTO_THE_CALL = new Set(["start_time", "start_times", "talk_time", "outline.duration", "topics.duration"]);
const FLAGS: Readonly<Record<string, readonly [string, string]>> = {
  is_private: ["private", "not private"],
  active: ["active", "deactivated"],
  exclusive: ["exclusive", "not exclusive"],
  // Said only when true ("capped"); when false the text says nothing of it.
  capped: ["capped", ""],
};

/** Every leaf of `value` with its path of keys (array indices left out): what a user may ask about. */
function leaves(value: unknown, path: readonly string[] = []): { path: string[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, path));
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [{ path: [...path], value }];
}

function expectFactsInText(result: CallToolResult): number {
  expect(result.isError, textOf(result)).not.toBe(true);
  const text = textOf(result);
  let checked = 0;
  for (const { path, value } of leaves(result.structuredContent)) {
    const key = path[path.length - 1] ?? "";
    const where = path.join(".");
    if ([...REFERENCES].some((reference) => where.endsWith(reference) || path.includes(reference))) continue;
    if (value === null) continue;
    let shown: string;
    if (typeof value === "string") shown = value;
    else if (typeof value === "boolean") shown = (FLAGS[key] ?? ["true", "false"])[value ? 0 : 1];
    else if (typeof value === "number" && COUNTS.has(key)) shown = String(value);
    else if (typeof value === "number" && key === "start_ms") shown = elapsed(value);
    else if (typeof value === "number" && (INTO_THE_CALL.has(key) || [...INTO_THE_CALL].some((suffix) => where.endsWith(suffix)))) shown = elapsedSeconds(value);
    else if (typeof value === "number" && key === "duration") shown = `${Math.round(value / 60)} min`;
    else throw new Error(`no rule for ${where} = ${JSON.stringify(value)}: say how the text shows it`);
    expect(text, `${where} = ${JSON.stringify(value)}`).toContain(shown);
    checked += 1;
  }
  return checked;
}

let admin: Connected;
beforeAll(async () => {
  admin = await connect(DEMO_USERS.admin_all, useCasesOver(gateway()));
});
afterAll(async () => {
  await admin.close();
});

const calls = DEMO_PUBLIC_CALL_IDS.slice(-12);

describe("the text carries every fact of the structured answer", () => {
  test("get_gong_user_details", async () => {
    expect(expectFactsInText(await admin.call("get_gong_user_details", { user_id: DEMO_USERS.rep_managers_team }))).toBeGreaterThan(5);
  });

  test("search_gong_users", async () => {
    expect(expectFactsInText(await admin.call("search_gong_users", { query: "a", limit: 20 }))).toBeGreaterThan(50);
  });

  test("search_gong_transcripts", async () => {
    const window = { from_date_time: new Date(NOW - 30 * 86_400_000).toISOString(), to_date_time: new Date(NOW).toISOString() };
    expect(expectFactsInText(await admin.call("search_gong_transcripts", { query: "the", limit: 30, ...window }))).toBeGreaterThan(100);
  });

  test("list_gong_calls", async () => {
    const window = { from_date_time: new Date(NOW - 30 * 86_400_000).toISOString(), to_date_time: new Date(NOW).toISOString() };
    expect(expectFactsInText(await admin.call("list_gong_calls", { ...window, limit: 30 }))).toBeGreaterThan(100);
  });

  test("get_gong_call_details", async () => {
    for (const id of calls.slice(0, 4)) expect(expectFactsInText(await admin.call("get_gong_call_details", { call_id: id }))).toBeGreaterThan(10);
  });

  test("get_detailed_gong_call_details: next steps, trackers, talk stats and the rest", async () => {
    const result = await admin.call("get_detailed_gong_call_details", { call_ids: calls });
    expect(expectFactsInText(result)).toBeGreaterThan(300);
    expect(textOf(result)).toMatch(/Highlights:\n- Next steps: /);
    expect(textOf(result)).toMatch(/\nTalk time: /);
  });

  test("get_gong_call_transcript (the call and its speakers)", async () => {
    expect(expectFactsInText(await admin.call("get_gong_call_transcript", { call_ids: calls.slice(0, 3) }))).toBeGreaterThan(10);
  });

  test("gong_engage_flows_list, gong_engage_flows_for_prospects and the assignment", async () => {
    const flows = await admin.call("gong_engage_flows_list");
    expect(expectFactsInText(flows)).toBeGreaterThan(10);
    const prospectIds = (demo.prospectFlows ?? []).slice(0, 20).map((instance) => instance.crmProspectId);
    expect(expectFactsInText(await admin.call("gong_engage_flows_for_prospects", { crm_prospect_ids: prospectIds }))).toBeGreaterThan(40);
    const flowId = (flows.structuredContent as { flows: { id: string }[] }).flows[0]?.id ?? "";
    expect(expectFactsInText(await admin.call("gong_engage_flows_assign_to_prospect", { flow_id: flowId, crm_prospect_ids: ["003NEWPROSPECT01"] }))).toBeGreaterThan(5);
  });
});
