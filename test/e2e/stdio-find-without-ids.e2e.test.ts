import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-users.js";
import { startStdio, textOf, type StdioSession } from "./built-cli.js";
import { ensureFreshBuild } from "./cli-process.js";

/**
 * Issue 10, end to end over stdio on the demo, as an assistant would go: from a first name to that person's
 * calls, to a transcript hit, to the prospect on the call, to the prospect's Engage flows. Every id used is
 * read from an earlier answer; none is typed by hand.
 */
let session: StdioSession;
beforeAll(async () => {
  ensureFreshBuild();
  // The demo's RevOps admin sees every call that is not private.
  session = await startStdio(DEMO_USERS.admin_all);
}, 120_000);
afterAll(async () => {
  await session.close();
});

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the answer's shape, as the tool's outputSchema says
const structured = <T>(result: CallToolResult): T => result.structuredContent as T;
const from = new Date(Date.now() - 90 * 86_400_000).toISOString();

test("a first name → their calls → a transcript hit → the prospect on that call → the prospect's flows", async () => {
  // 1. "Ethan" is a person, not an id.
  const ethan = structured<{ users: { id: string; first_name: string }[] }>(await session.call("search_gong_users", { query: "ethan" })).users[0];
  expect(ethan?.first_name).toBe("Ethan");

  // 2. His calls of the last 90 days.
  const listed = structured<{ calls: { id: string }[] }>(await session.call("list_gong_calls", { participant: ethan?.id, from_date_time: from, limit: 100 }));
  const hisCalls = new Set(listed.calls.map((call) => call.id));
  expect(hisCalls.size).toBeGreaterThan(0);

  // 3. What was said: a phrase most calls hold, found in his calls (every page of hits, by cursor).
  const hits: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const searched = await session.call("search_gong_transcripts", { query: "thanks", from_date_time: from, limit: 50, ...(cursor === null ? {} : { cursor }) });
    if (page === 0) expect(textOf(searched)).toMatch(/in \d+ calls searched; \d+ Gong requests?/);
    const answer = structured<{ hits: { call_id: string }[]; next_cursor: string | null }>(searched);
    hits.push(...answer.hits.map((hit) => hit.call_id));
    cursor = answer.next_cursor;
    if (cursor === null) break;
  }
  const hitCalls = [...new Set(hits.filter((id) => hisCalls.has(id)))];
  expect(hitCalls.length).toBeGreaterThan(0);

  // 4. The prospects on those calls (the contacts Gong links in the CRM), then 5. their flows.
  let inFlows = 0;
  let withAccount = 0;
  for (const callId of hitCalls) {
    const { call } = structured<{ call: { crm_objects: { type: string }[]; parties: { crm_objects: { type: string; id: string }[] }[] } }>(
      await session.call("get_gong_call_details", { call_id: callId }),
    );
    // Internal meetings have no CRM account; customer calls do.
    if (call.crm_objects.some((object) => object.type === "Account")) withAccount += 1;
    const prospects = call.parties.flatMap((party) => party.crm_objects.filter((object) => object.type === "Contact").map((object) => object.id));
    if (prospects.length === 0) continue;
    const flows = structured<{ prospects: { flows: unknown[] }[] }>(await session.call("gong_engage_flows_for_prospects", { crm_prospect_ids: prospects }));
    inFlows += flows.prospects.filter((prospect) => prospect.flows.length > 0).length;
    if (inFlows > 0) break;
  }
  expect(withAccount).toBeGreaterThan(0);
  expect(inFlows).toBeGreaterThan(0);
}, 60_000);
