import { request } from "node:http";
import { describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { ensureFreshBuild, runCli } from "./cli-process.js";
import { httpSession, INITIALIZE, MCP_POST_HEADERS, startHttp, type HttpServer } from "./http-kit.js";
import { useScope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();

/** A POST to /mcp over node:http, which (unlike fetch) lets a test send any Host header. */
function post(server: HttpServer, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(server.mcpUrl, { method: "POST", headers: { ...MCP_POST_HEADERS, ...headers } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => {
        let json: unknown = null;
        try {
          json = JSON.parse(text);
        } catch {
          // An SSE answer: not JSON, and not what these tests look at.
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const init = JSON.stringify(INITIALIZE);

describe("protection: every bad request is a clean 4xx, and the server stays up for everyone else", () => {
  test("DNS rebinding: a foreign Host or Origin is refused with 403 before anything runs", async () => {
    const server = await startHttp(scope, ["--auth", "none"], {});
    expect((await post(server, init, { host: "evil.example.com" })).status).toBe(403);
    expect((await post(server, init, { origin: "https://evil.example.com" })).status).toBe(403);
    expect((await post(server, init, { origin: "http://localhost:5173" })).status).toBe(200);
    expect((await post(server, init)).status).toBe(200);
  });

  test("GONG_MCP_ALLOWED_HOSTS and GONG_MCP_ALLOWED_ORIGINS widen the lists", async () => {
    const server = await startHttp(scope, ["--auth", "none"], { GONG_MCP_ALLOWED_HOSTS: "mcp.internal", GONG_MCP_ALLOWED_ORIGINS: "https://app.example.com" });
    expect((await post(server, init, { host: "mcp.internal" })).status).toBe(200);
    expect((await post(server, init, { host: "other.internal" })).status).toBe(403);
    expect((await post(server, init, { origin: "https://app.example.com" })).status).toBe(200);
    expect((await post(server, init, { origin: "https://app.example.com.evil.example" })).status).toBe(403);
  });

  test("malformed JSON, a body over the limit, a wrong content type, a non-initialize without a session, an unknown session", async () => {
    const server = await startHttp(scope, ["--auth", "none"], { GONG_MCP_MAX_BODY_BYTES: "4096" });
    const malformed = await post(server, "{ this is not json");
    expect(malformed.status).toBe(400);
    expect(malformed.json).toMatchObject({ jsonrpc: "2.0", error: { code: -32700 } });
    expect((await post(server, JSON.stringify({ ...INITIALIZE, padding: "x".repeat(8192) }))).status).toBe(413);
    expect((await post(server, init, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(server, JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/list" }))).status).toBe(400);
    expect((await post(server, JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/list" }), { "mcp-session-id": "nope" })).status).toBe(404);
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
    // Still serving.
    const session = await httpSession(scope, server.mcpUrl);
    expect((await session.call("get_gong_user_details")).isError).not.toBe(true);
  });

  test("a flood of sessions: one user's oldest idle sessions make room, the server cap refuses with 429, others are unaffected", async () => {
    const server = await startHttp(scope, ["--auth", "none"], { GONG_MCP_MAX_SESSIONS_PER_USER: "3", GONG_MCP_MAX_SESSIONS: "5" });
    const other = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.admin_all });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await post(server, init, { "x-gong-user-id": DEMO_USERS.rep_own })).status);
    // Each new session of the flooding user closed their least recently used one: always room, never more than 3.
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect((await other.call("get_gong_user_details")).isError).not.toBe(true);
    // Two more users fill the server (1 + 3 + 1 = 5); the next user is refused, the open ones go on.
    expect((await post(server, init, { "x-gong-user-id": DEMO_USERS.manager_sdr })).status).toBe(200);
    const refused = await post(server, init, { "x-gong-user-id": DEMO_USERS.manager_emea });
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ error: { message: expect.stringContaining("too many sessions") as unknown } });
    expect((await other.call("get_gong_user_details")).isError).not.toBe(true);
  });

  test("an idle session is closed after GONG_MCP_SESSION_IDLE_S; its id then answers 404", { timeout: 20_000 }, async () => {
    const server = await startHttp(scope, ["--auth", "none"], { GONG_MCP_SESSION_IDLE_S: "1" });
    const session = await httpSession(scope, server.mcpUrl);
    const sessionId = session.transport.sessionId ?? "";
    await new Promise((resolve) => setTimeout(resolve, 2_600));
    const stale = await post(server, JSON.stringify({ jsonrpc: "2.0", id: 9, method: "ping" }), { "mcp-session-id": sessionId });
    expect(stale.status).toBe(404);
  });

  test("auth none on a public address stops the start, naming the variable", async () => {
    const run = await runCli(["http", "--host", "0.0.0.0", "--port", "0"], { HOME: scope.tempDir(), GONG_MCP_AUTH: "none" });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/GONG_MCP_AUTH: none is allowed only on a loopback address/);
    const noSecret = await runCli(["http", "--port", "0"], { HOME: scope.tempDir() });
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toMatch(/GONG_MCP_JWT_SECRET/);
  });
});
