import { describe, expect, test } from "vitest";
import { demoWorkspace, DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { ensureFreshBuild } from "./cli-process.js";
import { bearer, callIdsOf, hs256Token, httpSession, INITIALIZE, MCP_POST_HEADERS, startHttp, type HttpServer } from "./http-kit.js";
import { useScope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();
const SECRET = "an-hs256-secret-of-at-least-32-bytes!";
const WINDOW = { from_date_time: new Date(Date.now() - 60 * 86_400_000).toISOString(), to_date_time: new Date().toISOString(), limit: 100 };

const startJwt = (env: Record<string, string> = {}): Promise<HttpServer> => startHttp(scope, [], { GONG_MCP_JWT_SECRET: SECRET, ...env });

/** POSTs an initialize with `headers`; the status and WWW-Authenticate. */
async function initialize(server: HttpServer, headers: Record<string, string>): Promise<{ status: number; challenge: string | null }> {
  const response = await fetch(server.mcpUrl, { method: "POST", headers: { ...MCP_POST_HEADERS, ...headers }, body: JSON.stringify(INITIALIZE) });
  await response.arrayBuffer();
  return { status: response.status, challenge: response.headers.get("www-authenticate") };
}

describe("gong-mcp http with HS256 tokens", () => {
  test("the 401 matrix: missing, malformed, expired, badly signed, wrong algorithm or naming nobody, before any tool runs", async () => {
    const server = await startJwt();
    const forged = await hs256Token("another-secret-another-secret-another", { gong_user_id: DEMO_USERS.admin_all });
    const valid = await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all });
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify({ gong_user_id: DEMO_USERS.admin_all })).toString("base64url")}.`;
    const cases: [string, Record<string, string>][] = [
      ["no Authorization", {}],
      ["not a bearer", { Authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }],
      ["malformed", bearer("not-a-jwt")],
      ["expired", bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all }, { expiresIn: Math.floor(Date.now() / 1000) - 60 }))],
      ["badly signed", bearer(forged)],
      ["tampered", bearer(`${valid.slice(0, -4)}AAAA`)],
      ["alg none", bearer(unsigned)],
      ["no user claim", bearer(await hs256Token(SECRET, { sub: "someone" }))],
      ["a user claim that is neither id nor email", bearer(await hs256Token(SECRET, { gong_user_id: "Robert'); DROP TABLE" }))],
    ];
    for (const [name, headers] of cases) {
      const { status, challenge } = await initialize(server, headers);
      expect(status, name).toBe(401);
      expect(challenge, name).toMatch(/^Bearer /);
    }
    expect(server.cli.stderr()).not.toContain(valid);
    expect((await initialize(server, bearer(valid))).status).toBe(200);
  });

  test("each user sees their own calls, and nothing a client sends can change who they are", async () => {
    const server = await startJwt();
    const rep = await httpSession(scope, server.mcpUrl, { ...bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.rep_own })), "X-Gong-User-Id": DEMO_USERS.admin_all });
    const admin = await httpSession(scope, server.mcpUrl, bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all })));
    const mine = callIdsOf(await rep.call("list_gong_calls", WINDOW));
    const everything = callIdsOf(await admin.call("list_gong_calls", WINDOW));
    expect(mine.length).toBeGreaterThan(0);
    expect(everything.length).toBeGreaterThan(mine.length);
    // A header (above), _meta, or an argument naming another user: still the rep.
    expect(callIdsOf(await rep.call("list_gong_calls", WINDOW, { gong_user_id: DEMO_USERS.admin_all, userId: DEMO_USERS.admin_all }))).toEqual(mine);
    const withArgument = await rep.call("list_gong_calls", { ...WINDOW, user_id: DEMO_USERS.admin_all });
    expect(withArgument.isError).toBe(true);
    expect(withArgument.content[0]).toMatchObject({ text: expect.stringMatching(/^invalid_input: /) as unknown });
    expect((await rep.call("get_gong_user_details")).structuredContent).toMatchObject({ user: { id: DEMO_USERS.rep_own } });
  });

  test("a session is bound to the user who opened it: another user's token on its id is refused", async () => {
    const server = await startJwt();
    const rep = await httpSession(scope, server.mcpUrl, bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.rep_own })));
    const sessionId = rep.transport.sessionId ?? "";
    expect(sessionId).not.toBe("");
    const adminToken = await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all });
    const hijack = await fetch(server.mcpUrl, {
      method: "POST",
      headers: { ...MCP_POST_HEADERS, ...bearer(adminToken), "mcp-session-id": sessionId },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "list_gong_calls", arguments: WINDOW } }),
    });
    expect(hijack.status).toBe(404);
    // An unknown session id reads the same.
    const unknown = await fetch(server.mcpUrl, {
      method: "POST",
      headers: { ...MCP_POST_HEADERS, ...bearer(adminToken), "mcp-session-id": "00000000-0000-0000-0000-000000000000" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "ping" }),
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual(await hijack.json());
    // The owner, with a fresh token of the same user, goes on.
    expect((await rep.call("get_gong_user_details")).isError).not.toBe(true);
  });

  test("a token for a deactivated user: every tool answers unknown_user, the server stays up", async () => {
    const server = await startJwt();
    const inactive = await httpSession(scope, server.mcpUrl, bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.inactive_rep })));
    const answer = await inactive.call("list_gong_calls", WINDOW);
    expect(answer.isError).toBe(true);
    expect(answer.content[0]).toMatchObject({ text: expect.stringMatching(/^unknown_user: /) as unknown });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  test("GONG_MCP_JWT_USER_CLAIM=email: the caller is the active user with that email", async () => {
    const server = await startJwt({ GONG_MCP_JWT_USER_CLAIM: "email" });
    const dataset = demoWorkspace({ now: Date.now() });
    const email = (dataset.users ?? []).find((user) => user.id === DEMO_USERS.manager_report_to_them)?.emailAddress ?? "";
    const session = await httpSession(scope, server.mcpUrl, bearer(await hs256Token(SECRET, { email, gong_user_id: DEMO_USERS.admin_all })));
    expect((await session.call("get_gong_user_details")).structuredContent).toMatchObject({ user: { id: DEMO_USERS.manager_report_to_them } });
    const inactiveEmail = (dataset.users ?? []).find((user) => user.id === DEMO_USERS.inactive_rep)?.emailAddress ?? "";
    const inactive = await httpSession(scope, server.mcpUrl, bearer(await hs256Token(SECRET, { email: inactiveEmail })));
    expect((await inactive.call("get_gong_user_details")).content[0]).toMatchObject({ text: expect.stringMatching(/^unknown_user: /) as unknown });
  });

  test("the admin routes: no token 401, a user 403, an admin sees the status and never a secret", async () => {
    const server = await startJwt();
    expect((await fetch(`${server.url}/admin/gong/status`)).status).toBe(401);
    const user = await hs256Token(SECRET, { gong_user_id: DEMO_USERS.rep_own });
    expect((await fetch(`${server.url}/admin/gong/status`, { headers: bearer(user) })).status).toBe(403);
    expect((await fetch(`${server.url}/admin/gong/disconnect`, { method: "POST", headers: bearer(user) })).status).toBe(403);
    const admin = await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all, gong_admin: true });
    const status = await fetch(`${server.url}/admin/gong/status`, { headers: bearer(admin) });
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({ connected: true, scopes: [] });
  });

  test("GONG_MCP_JWT_AUDIENCE: a token for another audience, or without one, is refused", async () => {
    const server = await startJwt({ GONG_MCP_JWT_AUDIENCE: "gong-mcp" });
    const claims = { gong_user_id: DEMO_USERS.rep_own };
    expect((await initialize(server, bearer(await hs256Token(SECRET, claims)))).status).toBe(401);
    expect((await initialize(server, bearer(await hs256Token(SECRET, claims, { audience: "someone-else" })))).status).toBe(401);
    expect((await initialize(server, bearer(await hs256Token(SECRET, claims, { audience: "gong-mcp" })))).status).toBe(200);
  });
});
