import { describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { freePort } from "../support/free-port.js";
import { ensureFreshBuild } from "./cli-process.js";
import { bearer, hs256Token, httpSession, startHttp, type HttpSession } from "./http-kit.js";
import { accessKeyEnv, admin, GONG_TOOLS, oauthEnv, startFake, useScope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();
const SECRET = "an-hs256-secret-of-at-least-32-bytes!";

const gongToolsOf = async (session: HttpSession): Promise<string[]> =>
  (await session.client.listTools()).tools.map((tool) => tool.name).filter((name) => GONG_TOOLS.includes(name));

/** Resolves once `check` holds, polling; fails after `ms`. */
async function eventually(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the admin connection over the web, against gong-mcp fake-gong's OAuth endpoints", () => {
  test("connect, status and disconnect; every open session is told the tools appeared and went", { timeout: 60_000 }, async () => {
    const fake = await startFake(scope);
    const port = await freePort();
    const env = { ...(await oauthEnv(fake, scope)), GONG_OAUTH_REDIRECT_URI: `http://127.0.0.1:${port}/admin/gong/callback`, GONG_MCP_JWT_SECRET: SECRET };
    const server = await startHttp(scope, ["--port", String(port)], env);
    const adminToken = bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all, gong_admin: true }));
    const sessions = await Promise.all(
      [DEMO_USERS.rep_own, DEMO_USERS.manager_report_to_them].map(async (userId) => httpSession(scope, server.mcpUrl, bearer(await hs256Token(SECRET, { gong_user_id: userId })))),
    );
    for (const session of sessions) expect(await gongToolsOf(session)).toEqual([]);
    const before = sessions[0];
    expect((await before?.call("list_gong_calls"))?.content[0]).toMatchObject({ text: expect.stringMatching(/^not_connected: /) as unknown });
    expect(await (await fetch(`${server.url}/admin/gong/status`, { headers: adminToken })).json()).toMatchObject({ connected: false, method: null });

    // The admin is sent to Gong with a state; Gong (the fake approves at once) sends the browser back.
    const connect = await fetch(`${server.url}/admin/gong/connect`, { headers: adminToken, redirect: "manual" });
    expect(connect.status).toBe(302);
    const authorize = new URL(connect.headers.get("location") ?? "");
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${fake.url}/oauth2/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ response_type: "code", client_id: "fake-client-id", redirect_uri: env.GONG_OAUTH_REDIRECT_URI });
    expect(authorize.searchParams.get("scope")).toContain("api:calls:read:transcript");
    const approved = await fetch(authorize, { redirect: "manual" });
    const callback = approved.headers.get("location") ?? "";
    expect(callback.startsWith(env.GONG_OAUTH_REDIRECT_URI)).toBe(true);
    const connected = await fetch(callback);
    expect(connected.status).toBe(200);
    expect(await connected.text()).toMatch(/connected/i);

    await eventually(() => sessions.every((session) => session.listChanges() >= 1), 5_000, "list_changed on every session after connect");
    for (const session of sessions) expect((await gongToolsOf(session)).sort()).toEqual([...GONG_TOOLS].sort());
    expect((await before?.call("get_gong_user_details"))?.isError).not.toBe(true);
    const status = await (await fetch(`${server.url}/admin/gong/status`, { headers: adminToken })).json();
    expect(status).toMatchObject({ connected: true, method: "oauth", expires_at: expect.any(String) as unknown });
    expect(JSON.stringify(status)).not.toMatch(/token/i);

    // The callback is single-use: replaying it stores nothing new and says so.
    expect((await fetch(callback)).status).toBe(400);
    expect((await fetch(`${server.url}/admin/gong/callback?code=x&state=forged`)).status).toBe(400);

    const disconnected = await fetch(`${server.url}/admin/gong/disconnect`, { method: "POST", headers: adminToken });
    expect(disconnected.status).toBe(200);
    expect(await disconnected.json()).toMatchObject({ connected: false });
    await eventually(() => sessions.every((session) => session.listChanges() >= 2), 5_000, "list_changed on every session after disconnect");
    for (const session of sessions) expect(await gongToolsOf(session)).toEqual([]);
    expect((await before?.call("list_gong_calls"))?.content[0]).toMatchObject({ text: expect.stringMatching(/^not_connected: /) as unknown });
  });

  test("connecting needs an admin; a server without an OAuth app says which variable to set", async () => {
    const fake = await startFake(scope);
    const server = await startHttp(scope, [], { ...accessKeyEnv(fake, scope), GONG_MCP_JWT_SECRET: SECRET });
    const user = bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.rep_own }));
    expect((await fetch(`${server.url}/admin/gong/connect`, { headers: user, redirect: "manual" })).status).toBe(403);
    expect((await fetch(`${server.url}/admin/gong/connect`, { redirect: "manual" })).status).toBe(401);
    const adminToken = bearer(await hs256Token(SECRET, { gong_user_id: DEMO_USERS.admin_all, gong_admin: true }));
    const refused = await fetch(`${server.url}/admin/gong/connect`, { headers: adminToken, redirect: "manual" });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ message: expect.stringContaining("GONG_OAUTH_CLIENT_ID") as unknown });
    expect(await (await fetch(`${server.url}/admin/gong/status`, { headers: adminToken })).json()).toEqual({ connected: true, method: "access_key", expires_at: null, scopes: [] });
  });

  test("SIGTERM while a call waits on Gong: the call answers, then the process exits 0", { timeout: 30_000 }, async () => {
    const fake = await startFake(scope);
    const server = await startHttp(scope, ["--auth", "none"], accessKeyEnv(fake, scope));
    const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.rep_own });
    await admin.faults(fake, { kind: "latency", ms: 1_500, count: 1 });
    const running = session.call("get_gong_user_details");
    await new Promise((resolve) => setTimeout(resolve, 400));
    const exited = server.stop();
    const answer = await running;
    expect(answer.isError, JSON.stringify(answer.content)).not.toBe(true);
    expect(await exited).toBe(0);
    expect((await admin.stats(fake)).apiRequests).toBeGreaterThan(0);
  });
});
