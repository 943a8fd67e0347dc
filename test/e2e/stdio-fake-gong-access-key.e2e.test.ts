import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDataset } from "../../src/adapters/fake-gong/dataset.js";
import { DEMO_USERS, demoWorkspace } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { textOf } from "./built-cli.js";
import { ensureFreshBuild } from "./cli-process.js";
import { accessKeyEnv, admin, GONG_TOOLS, inMemorySession, startFake, startGongStdio, timed, toolNames, useScope, type CallTool } from "./fake-gong-server-kit.js";

beforeAll(ensureFreshBuild, 120_000);
const scope = useScope();

const DAY_MS = 86_400_000;

interface CallRow {
  readonly id: string;
}

/** What the contract fixes about an answer: an error's text, or the structured content less its cursor (a per-process secret). */
function answer(result: CallToolResult): unknown {
  if (result.isError === true) return { error: textOf(result) };
  return Object.fromEntries(Object.entries(result.structuredContent ?? {}).filter(([key]) => key !== "next_cursor"));
}

/** An answer with the instance ids and times a flow assignment makes anew masked. */
const withoutFresh = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, field: unknown) => (key === "flow_instance_id" || key === "created_at" ? "(fresh)" : field));

/** Every call a user may see in the window, page by page, newest first. */
async function allCalls(call: CallTool, fromDateTime: string): Promise<CallRow[]> {
  const rows: CallRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await call("list_gong_calls", { from_date_time: fromDateTime, limit: 100, ...(cursor === null ? {} : { cursor }) });
    expect(page.isError, textOf(page)).toBeFalsy();
    const content = page.structuredContent as { calls: CallRow[]; next_cursor: string | null };
    rows.push(...content.calls);
    cursor = content.next_cursor;
  } while (cursor !== null);
  return rows;
}

describe("the real-Gong path over HTTP, with an access key", () => {
  // The demo is a function of the UTC day of `now`: the fake and the reference each get their own copy of it.
  const now = Date.now();
  const from = new Date(now - 120 * DAY_MS).toISOString();
  const prospectIds = [...new Set((demoWorkspace({ now }).prospectFlows ?? []).map((flow) => flow.crmProspectId))].slice(0, 3);
  const datasetIds = new Set(demoWorkspace({ now }).calls?.map((call) => call.metaData.id));
  /** What an admin (`all`) sees: every call in the window but others' private ones. Not in a user's list, hidden from them. */
  let everyone: string[];
  const reference = useScope(afterAll);
  beforeAll(async () => {
    everyone = (await allCalls(await inMemorySession(reference, demoWorkspace({ now }), DEMO_USERS.admin_all), from)).map((row) => row.id);
    expect(everyone.length).toBeGreaterThan(100);
  });

  test.each(["manager_report_to_them", "rep_own", "user_none"] as const)("%s: every tool answers as the same use cases do in memory", async (role) => {
    const served = parseDataset(demoWorkspace({ now }));
    if (!served.ok) throw new Error(served.error);
    const fake = await startFake(scope, { dataset: served.value });
    const userId = DEMO_USERS[role];
    const overHttp = await startGongStdio(scope, userId, accessKeyEnv(fake, scope));
    const inMemory = await inMemorySession(scope, demoWorkspace({ now }), userId);
    expect((await toolNames(overHttp)).sort()).toEqual([...GONG_TOOLS].sort());

    const rows = await allCalls((name, args) => overHttp.call(name, args), from);
    expect(rows).toEqual(await allCalls(inMemory, from));
    const mine = rows.map((row) => row.id);
    if (role === "user_none") expect(mine).toEqual([]);
    else expect(mine.length).toBeGreaterThan(0);
    for (const id of mine) expect(datasetIds.has(id)).toBe(true);
    const hidden = everyone.find((id) => !mine.includes(id));
    if (hidden === undefined) throw new Error(`${role} sees every call an admin sees`);
    const asked = [...mine.slice(0, 3), hidden, "1"];

    /** Calls both; the answers must be equal, up to `fresh` (what a write made anew on each side: ids, times). */
    const same = async (name: string, args: Record<string, unknown> = {}, fresh = (a: unknown) => a): Promise<CallToolResult> => {
      const result = await overHttp.call(name, args);
      expect(fresh(answer(result)), `${name} ${JSON.stringify(args)}`).toEqual(fresh(answer(await inMemory(name, args))));
      return result;
    };
    expect((await same("get_gong_user_details")).structuredContent).toMatchObject({ user: { id: userId, active: true } });
    await same("list_gong_calls", { limit: 5 }); // the default window: the last 30 days
    if (mine[0] !== undefined) expect((await same("get_gong_call_details", { call_id: mine[0] })).isError).toBeFalsy();
    expect(textOf(await same("get_gong_call_details", { call_id: hidden }))).toMatch(/^not_found: /);
    const transcripts = await same("get_gong_call_transcript", { call_ids: asked });
    expect(transcripts.structuredContent).toMatchObject({ unavailable_call_ids: [hidden, "1"] });
    const detailed = await same("get_detailed_gong_call_details", { call_ids: asked });
    expect(detailed.structuredContent).toMatchObject({ unavailable_call_ids: [hidden, "1"] });

    const flows = await same("gong_engage_flows_list");
    expect(flows.isError, textOf(flows)).toBeFalsy();
    await same("gong_engage_flows_for_prospects", { crm_prospect_ids: [...prospectIds, "none-such"] });
    const flowId = (flows.structuredContent as { flows: { id: string }[] }).flows[0]?.id ?? "1";
    const prospect = `e2e-${role}`;
    const assigned = await same("gong_engage_flows_assign_to_prospect", { flow_id: flowId, crm_prospect_ids: [prospect] }, withoutFresh);
    if (flowId !== "1") expect(assigned.structuredContent).toMatchObject({ assigned: [prospect], failed: [] });
    // The assignment reached the fake over HTTP: it reads back as it does in memory.
    await same("gong_engage_flows_for_prospects", { crm_prospect_ids: [prospect] }, withoutFresh);

    const stats = await admin.stats(fake);
    const paths = ["/v2/users", "/v2/calls/extensive", "/v2/flows", "/v2/flows/prospects", ...(mine.length > 0 ? ["/v2/calls/transcript"] : [])];
    expect(Object.keys(stats.byPath)).toEqual(expect.arrayContaining(paths));
    expect(stats).toMatchObject({ rateLimited: 0, unauthorized: 0, tokenRequests: 0 });
  }, 30_000);

  test("at Gong's own 3 requests per second (both defaults), a burst of calls is spread out and nothing is refused", async () => {
    const fake = await startFake(scope, { requestsPerSecond: 3 });
    const env = accessKeyEnv(fake, scope);
    delete env.GONG_MCP_RATE_LIMIT_RPS; // the server's default: Gong's 3
    const session = await startGongStdio(scope, DEMO_USERS.rep_own, env);
    const flows = (): Promise<CallToolResult> => session.call("gong_engage_flows_list"); // one request each, once the users are in
    expect((await flows()).isError).toBeFalsy();

    const burst = await timed(() => Promise.all(Array.from({ length: 7 }, flows)));
    for (const result of burst.value) expect(result.isError, textOf(result)).toBeFalsy();
    // Seven requests at three per second: the seventh starts at least two seconds after the first.
    expect(burst.ms).toBeGreaterThanOrEqual(2_000);
    const stats = await admin.stats(fake);
    expect(stats.byPath["/v2/flows"]).toBe(8);
    expect(stats.rateLimited).toBe(0);
  }, 30_000);
});
