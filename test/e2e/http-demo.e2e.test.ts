import { describe, expect, test } from "vitest";
import { demoWorkspace, DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { ensureFreshBuild } from "./cli-process.js";
import { callIdsOf, httpSession, INITIALIZE, MCP_POST_HEADERS, startHttp } from "./http-kit.js";
import { GONG_TOOLS, inMemorySession, useScope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();

/** A fixed window, so that the reference and the server list the same calls whatever the clock does between them. */
const WINDOW = { from_date_time: new Date(Date.now() - 60 * 86_400_000).toISOString(), to_date_time: new Date().toISOString(), limit: 100 };

describe("gong-mcp http on the demo, auth off on loopback", () => {
  test("answers /healthz and serves the eight tools at /mcp", async () => {
    const server = await startHttp(scope, ["--auth", "none"], {});
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const session = await httpSession(scope, server.mcpUrl);
    expect((await session.client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([...GONG_TOOLS].sort());
    expect(server.cli.stderr()).toMatch(/claude mcp add --transport http gong http:\/\/127\.0\.0\.1:\d+\/mcp/);
  });

  test("several users at once on one server each see exactly their own calls", async () => {
    const server = await startHttp(scope, ["--auth", "none"], {});
    const users = [DEMO_USERS.admin_all, DEMO_USERS.manager_report_to_them, DEMO_USERS.rep_own, DEMO_USERS.manager_managers_team, DEMO_USERS.user_none];
    const dataset = demoWorkspace({ now: Date.now() });
    const answers = await Promise.all(
      users.map(async (userId) => {
        const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": userId });
        const reference = await inMemorySession(scope, dataset, userId);
        const [served, expected] = await Promise.all([session.call("list_gong_calls", WINDOW), reference("list_gong_calls", WINDOW)]);
        return { userId, served: callIdsOf(served), expected: callIdsOf(expected) };
      }),
    );
    for (const { userId, served, expected } of answers) expect(served, userId).toEqual(expected);
    // The levels differ, so the answers do: the filter is per request, not per process.
    expect(new Set(answers.map((answer) => answer.served.length)).size).toBeGreaterThan(2);
  });

  test("X-Gong-User-Id takes an email address; an unknown one answers unknown_user", async () => {
    const server = await startHttp(scope, ["--auth", "none"], {});
    const dataset = demoWorkspace({ now: Date.now() });
    const rep = (dataset.users ?? []).find((user) => user.id === DEMO_USERS.rep_own);
    const byEmail = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": String(rep?.emailAddress).toUpperCase() });
    const me = await byEmail.call("get_gong_user_details");
    expect(me.structuredContent).toMatchObject({ user: { id: DEMO_USERS.rep_own } });
    const stranger = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": "nobody@example.com" });
    const refused = await stranger.call("list_gong_calls");
    expect(refused.isError).toBe(true);
    expect(refused.content[0]).toMatchObject({ text: expect.stringMatching(/^unknown_user: /) as unknown });
  });

  test("one audit line per tool call: user, tool, outcome, Gong requests and duration, no arguments", async () => {
    const server = await startHttp(scope, ["--auth", "none"], { GONG_MCP_LOG_LEVEL: "info" });
    const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.rep_own });
    await session.call("list_gong_calls", WINDOW);
    await session.call("get_gong_call_details", { call_id: "1" });
    await server.stop();
    const audit = server.cli
      .stderr()
      .split("\n")
      .filter((line) => line.includes('"msg":"tool call"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(audit).toEqual([
      expect.objectContaining({ user: DEMO_USERS.rep_own, tool: "list_gong_calls", outcome: "ok", upstream_requests: expect.any(Number) as unknown, ms: expect.any(Number) as unknown }),
      expect.objectContaining({ user: DEMO_USERS.rep_own, tool: "get_gong_call_details", outcome: "not_found", upstream_requests: expect.any(Number) as unknown }),
    ]);
    expect(audit[0]?.upstream_requests).toBeGreaterThan(0);
    expect(server.cli.stderr()).not.toContain(WINDOW.from_date_time);
  });

  test("a raw initialize over POST answers with a session id", async () => {
    const server = await startHttp(scope, ["--auth", "none"], {});
    const response = await fetch(server.mcpUrl, { method: "POST", headers: MCP_POST_HEADERS, body: JSON.stringify(INITIALIZE) });
    expect(response.status).toBe(200);
    expect(response.headers.get("mcp-session-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
