import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CONTRACT_TOOLS } from "../support/contract-tools.js";
import { DEMO_USERS, demoWorkspace, type DemoUserRole } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { CLI, ensureBuilt, ROOT, startStdio, textOf, type StdioSession } from "./built-cli.js";

beforeAll(ensureBuilt, 120_000);

interface CallRow { id: string }
const ids = (result: { structuredContent?: unknown }, key: "calls" | "flows"): string[] =>
  ((result.structuredContent as Record<string, CallRow[]> | undefined)?.[key] ?? []).map((row) => row.id);

/** Every calls-access level of the demo, and the edge cases its users stand for. */
const ROLES: readonly DemoUserRole[] = [
  "admin_all", "manager_managers_team", "manager_report_to_them", "rep_managers_team_with_leads",
  "rep_own", "rep_no_profile", "user_none", "inactive_rep",
];

describe("over stdio, on the demo workspace", () => {
  let admin: StdioSession;
  let adminCalls: string[];
  const prospectIds = [...new Set((demoWorkspace().prospectFlows ?? []).map((flow) => flow.crmProspectId))].slice(0, 3);

  beforeAll(async () => {
    admin = await startStdio(DEMO_USERS.admin_all);
    adminCalls = ids(await admin.call("list_gong_calls", { limit: 100 }), "calls");
  });
  afterAll(async () => {
    await admin.close();
  });

  test("tools/list: the contract's tools, with annotations and output schemas", async () => {
    const { tools } = await admin.client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...CONTRACT_TOOLS].sort());
    for (const tool of tools) {
      expect(tool.annotations?.openWorldHint, tool.name).toBe(true);
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(tool.name !== "gong_engage_flows_assign_to_prospect");
      expect(tool.outputSchema?.type, tool.name).toBe("object");
      expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
    }
  });

  test("the demo banner is one line on stderr", () => {
    const banner = admin.stderr().split("\n").filter((line) => line.startsWith("gong-mcp: "));
    expect(banner).toHaveLength(1);
    expect(banner[0]).toContain("demo workspace");
  });

  test("an admin with `all` sees calls", () => {
    expect(adminCalls.length).toBeGreaterThan(0);
  });

  test.each(ROLES)("every tool answers for %s", async (role) => {
    const userId = DEMO_USERS[role];
    const session = role === "admin_all" ? admin : await startStdio(userId);
    try {
      const me = await session.call("get_gong_user_details");
      if (role === "inactive_rep") {
        // A deactivated user is not an active Gong user: every tool says so.
        expect(textOf(me)).toMatch(/^unknown_user: /);
        expect(textOf(await session.call("list_gong_calls"))).toMatch(/^unknown_user: /);
        return;
      }
      expect(me.structuredContent).toMatchObject({ user: { id: userId, active: true } });

      const listed = await session.call("list_gong_calls", { limit: 100 });
      expect(listed.isError, textOf(listed)).toBeFalsy();
      const mine = ids(listed, "calls");
      if (role === "user_none") expect(mine).toEqual([]);
      const hidden = adminCalls.find((id) => !mine.includes(id));
      const asked = [...mine.slice(0, 3), ...(hidden === undefined ? [] : [hidden]), "1"];

      const first = mine[0];
      if (first !== undefined) {
        const details = await session.call("get_gong_call_details", { call_id: first });
        expect(details.structuredContent).toMatchObject({ call: { id: first, parties: expect.any(Array) as unknown } });
      }
      if (hidden !== undefined) {
        expect(textOf(await session.call("get_gong_call_details", { call_id: hidden }))).toBe(
          `not_found: Call ${hidden} was not found, or you do not have access to it.`,
        );
      }

      const transcripts = await session.call("get_gong_call_transcript", { call_ids: asked });
      expect(transcripts.structuredContent).toMatchObject({ unavailable_call_ids: asked.filter((id) => !mine.includes(id)) });
      expect((transcripts.structuredContent as { transcripts: { call_id: string }[] }).transcripts.map((t) => t.call_id)).toEqual(mine.slice(0, 3));

      const detailed = await session.call("get_detailed_gong_call_details", { call_ids: asked });
      expect(ids(detailed, "calls")).toEqual(mine.slice(0, 3));
      expect(detailed.structuredContent).toMatchObject({ unavailable_call_ids: asked.filter((id) => !mine.includes(id)) });

      const flows = await session.call("gong_engage_flows_list");
      expect(flows.isError, textOf(flows)).toBeFalsy();

      const prospects = await session.call("gong_engage_flows_for_prospects", { crm_prospect_ids: [...prospectIds, "none-such"] });
      expect((prospects.structuredContent as { prospects: { crm_prospect_id: string }[] }).prospects.map((p) => p.crm_prospect_id))
        .toEqual([...prospectIds, "none-such"]);

      const flowId = ids(flows, "flows")[0];
      const assigned = await session.call("gong_engage_flows_assign_to_prospect", { flow_id: flowId ?? "1", crm_prospect_ids: [`e2e-${role}`] });
      if (flowId === undefined) expect(textOf(assigned)).toMatch(/^not_found: /);
      else expect(assigned.isError, textOf(assigned)).toBeFalsy();
    } finally {
      if (session !== admin) await session.close();
    }
  });

  test("bad input is invalid_input and the server keeps serving", async () => {
    const bad = await admin.call("get_gong_call_transcript", { call_ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) });
    expect(textOf(bad)).toMatch(/^invalid_input: call_ids: /);
    expect(textOf(await admin.call("list_gong_calls", { limit: 0, from_date_time: "soon" }))).toMatch(/^invalid_input: /);
    expect(textOf(await admin.call("no_such_tool"))).toContain("no_such_tool");
    expect((await admin.call("get_gong_user_details")).isError).toBeFalsy();
  });

  test("an unknown user gets unknown_user", async () => {
    const stranger = await startStdio("123");
    expect(textOf(await stranger.call("get_gong_user_details"))).toMatch(/^unknown_user: 123 /);
    await stranger.close();
  });

  test("--read-only: the assign tool is not listed; called anyway it answers forbidden", async () => {
    const transport = await startStdio(DEMO_USERS.rep_own, {}, ["--read-only"]);
    const names = (await transport.client.listTools()).tools.map((tool) => tool.name);
    expect(names).not.toContain("gong_engage_flows_assign_to_prospect");
    expect(names.sort()).toEqual(CONTRACT_TOOLS.filter((name) => name !== "gong_engage_flows_assign_to_prospect").sort());
    const refused = await transport.call("gong_engage_flows_assign_to_prospect", { flow_id: "1", crm_prospect_ids: ["a"] });
    expect(textOf(refused)).toMatch(/^forbidden: this server is read-only/);
    await transport.close();
  });

  test("--user-id takes an email (any case); an unknown email does not stop the server: every tool says unknown_user", async () => {
    const email = (demoWorkspace({ now: Date.now() }).users ?? []).find((user) => user.id === DEMO_USERS.rep_own)?.emailAddress ?? "";
    const byEmail = await startStdio(email.toUpperCase());
    expect((await byEmail.call("get_gong_user_details")).structuredContent).toMatchObject({ user: { id: DEMO_USERS.rep_own } });
    await byEmail.close();
    const stranger = await startStdio("nobody@example.com");
    expect(textOf(await stranger.call("list_gong_calls"))).toMatch(/^unknown_user: nobody@example\.com /);
    await stranger.close();
  });
});

describe("stdin garbage", () => {
  test("lines that are not JSON-RPC do not stop the server, and stdout carries only protocol", async () => {
    const child = spawn(process.execPath, [CLI, "stdio", "--user-id", DEMO_USERS.rep_own], {
      cwd: ROOT, env: { PATH: process.env.PATH ?? "", GONG_MCP_LOG_LEVEL: "warn" }, stdio: ["pipe", "pipe", "pipe"],
    });
    const lines = createInterface({ input: child.stdout });
    const received: unknown[] = [];
    const waiting = new Map<number, (message: unknown) => void>();
    lines.on("line", (line) => {
      const message = JSON.parse(line) as { id?: number };
      received.push(message);
      if (message.id !== undefined) waiting.get(message.id)?.(message);
    });
    const request = (id: number, method: string, params: unknown = {}) =>
      new Promise<unknown>((resolve) => {
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`);
      });

    await request(1, "initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } });
    child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" })}\n`);
    child.stdin.write("this is not json\n{\"half\": \n\u0000\u0001binary\n[1,2,3]\n{\"jsonrpc\":\"2.0\"}\n\n");
    child.stdin.write(`${"x".repeat(200_000)}\n`);
    const listed = (await request(2, "tools/list")) as { result?: { tools?: unknown[] } };
    expect(listed.result?.tools).toHaveLength(CONTRACT_TOOLS.length);
    const called = (await request(3, "tools/call", { name: "get_gong_user_details", arguments: {} })) as { result?: { isError?: boolean } };
    expect(called.result?.isError).toBeFalsy();

    expect(child.exitCode).toBeNull();
    for (const message of received) expect(message).toMatchObject({ jsonrpc: "2.0" });
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.stdin.end();
    expect(await exited).toBe(0);
  });
});
