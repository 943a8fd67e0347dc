import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GONG_OAUTH_SCOPES } from "../../src/adapters/oauth/oauth-config.js";
import { freePort } from "../support/free-port.js";
import { ensureFreshBuild, linesOf, runCli, startCli, type CliEnv, type CliProcess } from "./cli-process.js";

beforeAll(ensureFreshBuild, 120_000);

const URL_LINE = /^open this URL to connect Gong: (\S+)$/;
const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "gong-mcp-cli-"));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** `fake-gong --port 0` as a child; its URL comes from its one startup line. */
async function startFake(env: CliEnv = {}): Promise<{ cli: CliProcess; url: string }> {
  const cli = startCli(["fake-gong", "--port", "0"], { HOME: tempDir(), ...env });
  const [, url = ""] = await cli.line(/fake Gong listening on (http:\/\/[^\s]+)/);
  return { cli, url };
}

describe("gong-mcp fake-gong", () => {
  test("serves Gong's API at the URL it prints, and closes with exit 0 on SIGTERM", async () => {
    const { cli, url } = await startFake();
    const users = await fetch(`${url}/v2/users`, { headers: { authorization: `Basic ${Buffer.from("fake-key:fake-secret").toString("base64")}` } });
    expect(users.status).toBe(200);
    expect(cli.stdout()).toBe("");
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });

  test("--port abc is refused in one line, non-zero", async () => {
    const run = await runCli(["fake-gong", "--port", "abc"], { HOME: tempDir() });
    expect(run.code).not.toBe(0);
    expect(linesOf(run.stderr)).toEqual([expect.stringContaining("--port")]);
  });
});

describe("gong-mcp connect, status, disconnect against the fake Gong", () => {
  let fake: { cli: CliProcess; url: string };
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    fake.cli.child.kill("SIGTERM");
    await fake.cli.exited;
  });

  const key = randomBytes(32).toString("hex");
  /** A fresh data dir and redirect port for each scenario; the fake's own demo client is the OAuth app. */
  async function setup(): Promise<{ env: CliEnv; dataDir: string; file: string }> {
    const dataDir = tempDir();
    const env: CliEnv = {
      HOME: dataDir,
      GONG_MCP_DATA_DIR: dataDir,
      GONG_MCP_ENCRYPTION_KEY: key,
      GONG_OAUTH_CLIENT_ID: "fake-client-id",
      GONG_OAUTH_CLIENT_SECRET: "fake-client-secret",
      GONG_OAUTH_REDIRECT_URI: `http://127.0.0.1:${await freePort()}/gong/callback`,
      GONG_OAUTH_AUTHORIZE_URL: `${fake.url}/oauth2/authorize`,
      GONG_OAUTH_TOKEN_URL: `${fake.url}/oauth2/generate-customer-token`,
    };
    return { env, dataDir, file: join(dataDir, "connection.json") };
  }

  /** Starts connect, lets the fake approve, and returns the redirect the browser would follow. */
  async function approve(env: CliEnv): Promise<{ cli: CliProcess; redirect: URL; authorizeUrl: string }> {
    const cli = startCli(["connect", "--no-browser"], env);
    const [, authorizeUrl = ""] = await cli.line(URL_LINE);
    const approved = await fetch(authorizeUrl, { redirect: "manual" });
    expect(approved.status).toBe(302);
    return { cli, authorizeUrl, redirect: new URL(approved.headers.get("location") ?? "") };
  }

  const status = async (env: CliEnv): Promise<unknown> => {
    const run = await runCli(["status"], env);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toHaveLength(1);
    return JSON.parse(run.stdout);
  };

  test("connect → status → disconnect: the whole round trip", async () => {
    const { env, file } = await setup();
    const { cli, redirect, authorizeUrl } = await approve(env);
    expect(authorizeUrl.startsWith(`${fake.url}/oauth2/authorize?`)).toBe(true);
    expect(new URL(authorizeUrl).searchParams.get("redirect_uri")).toBe(env.GONG_OAUTH_REDIRECT_URI);
    expect(new URL(authorizeUrl).searchParams.get("scope")).toBe(GONG_OAUTH_SCOPES.join(" "));
    expect(`${redirect.origin}${redirect.pathname}`).toBe(env.GONG_OAUTH_REDIRECT_URI);

    // A browser asks for a favicon too: that must not end the wait.
    expect((await fetch(new URL("/favicon.ico", redirect))).status).toBe(404);
    const page = await fetch(redirect);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/connected/i);
    expect(await cli.exited).toBe(0);
    expect(linesOf(cli.stderr())).toEqual([expect.stringMatching(URL_LINE), "connected"]);
    expect(cli.stdout()).toBe("");

    const connected = (await status(env)) as { connected: boolean; method: string; expires_at: string; scopes: string[] };
    expect(connected).toMatchObject({ connected: true, method: "oauth", scopes: [...GONG_OAUTH_SCOPES] });
    expect(Date.parse(connected.expires_at)).toBeGreaterThan(Date.now());

    expect(statSync(file).mode & 0o777).toBe(0o600);
    const sealed = readFileSync(file, "utf8");
    // The fake's tokens start with fga_ / fgr_; none may be readable on disk.
    expect(sealed).not.toMatch(/fg[ar]_|accessToken|refreshToken|api:calls/);

    const disconnect = await runCli(["disconnect"], env);
    expect(disconnect.code).toBe(0);
    expect(disconnect.stdout).toBe("");
    expect(existsSync(file)).toBe(false);
    expect(await status(env)).toEqual({ connected: false, method: null, expires_at: null, scopes: [] });
    expect((await runCli(["disconnect"], env)).code).toBe(0); // nothing stored: still 0
  });

  test("a redirect whose state does not match: 400 to the browser, one line, non-zero, nothing stored", async () => {
    const { env, file } = await setup();
    const { cli, redirect } = await approve(env);
    redirect.searchParams.set("state", "forged");
    expect((await fetch(redirect)).status).toBe(400);
    expect(await cli.exited).not.toBe(0);
    const lines = linesOf(cli.stderr());
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/state/);
    expect(existsSync(file)).toBe(false);
  });

  test("an error redirect (the admin declined) fails and stores nothing", async () => {
    const { env, file } = await setup();
    const { cli, redirect } = await approve(env);
    const declined = new URL(redirect.pathname, redirect);
    declined.searchParams.set("error", "access_denied");
    declined.searchParams.set("state", redirect.searchParams.get("state") ?? "");
    expect((await fetch(declined)).status).toBe(400);
    expect(await cli.exited).not.toBe(0);
    expect(linesOf(cli.stderr()).at(-1)).toContain("access_denied");
    expect(existsSync(file)).toBe(false);
  });

  test("a token endpoint that rejects the client: one line, no secret, nothing stored", async () => {
    const { env, file } = await setup();
    const { cli, redirect } = await approve({ ...env, GONG_OAUTH_CLIENT_SECRET: "wrong-secret" });
    expect((await fetch(redirect)).status).toBe(502);
    expect(await cli.exited).not.toBe(0);
    expect(linesOf(cli.stderr())).toEqual([expect.stringMatching(URL_LINE), expect.stringMatching(/rejected the OAuth client.*GONG_OAUTH_CLIENT_SECRET.*nothing was stored/)]);
    expect(cli.stderr()).not.toContain("wrong-secret");
    expect(existsSync(file)).toBe(false);
  });

  test("no redirect within --timeout-seconds: one line, non-zero, nothing stored", async () => {
    const { env, file } = await setup();
    const run = await runCli(["connect", "--no-browser", "--timeout-seconds", "1"], env);
    expect(run.code).not.toBe(0);
    expect(linesOf(run.stderr)).toEqual([expect.stringMatching(URL_LINE), expect.stringContaining("within 1 s")]);
    expect(existsSync(file)).toBe(false);
  });

  test.each([
    ["GONG_MCP_ENCRYPTION_KEY", { GONG_MCP_ENCRYPTION_KEY: "" }],
    ["GONG_MCP_ENCRYPTION_KEY", { GONG_MCP_ENCRYPTION_KEY: "not-a-key" }],
    ["GONG_OAUTH_REDIRECT_URI", { GONG_OAUTH_REDIRECT_URI: "https://example.com/gong/callback" }],
    ["GONG_OAUTH_REDIRECT_URI", { GONG_OAUTH_REDIRECT_URI: "http://127.0.0.1/gong/callback" }],
    ["GONG_OAUTH_CLIENT_SECRET", { GONG_OAUTH_CLIENT_SECRET: "" }],
  ])("a bad %s is refused in one line naming it, non-zero", async (variable, override) => {
    const { env } = await setup();
    const run = await runCli(["connect", "--no-browser"], { ...env, ...override });
    expect(run.code).not.toBe(0);
    expect(linesOf(run.stderr)).toEqual([expect.stringContaining(variable)]);
  });

  test("only an access key: connect says none is needed and exits 0; status says access_key, checked with Gong", async () => {
    const dataDir = tempDir();
    const env = { HOME: dataDir, GONG_MCP_DATA_DIR: dataDir, GONG_BASE_URL: fake.url, GONG_ACCESS_KEY: "fake-key", GONG_ACCESS_KEY_SECRET: "fake-secret" };
    const run = await runCli(["connect", "--no-browser"], env);
    expect(run.code).toBe(0);
    expect(linesOf(run.stderr)).toEqual([expect.stringContaining("needs no connect")]);
    expect(await status(env)).toEqual({ connected: true, method: "access_key", expires_at: null, scopes: [], verified: true });
  });

  // Before: status said connected: true for a secret Gong would refuse.
  test("a wrong access-key secret: status asks Gong once and says not connected, and why", async () => {
    const dataDir = tempDir();
    const env = { HOME: dataDir, GONG_MCP_DATA_DIR: dataDir, GONG_BASE_URL: fake.url, GONG_ACCESS_KEY: "fake-key", GONG_ACCESS_KEY_SECRET: "not-the-secret" };
    const sent = async (): Promise<number> => ((await (await fetch(`${fake.url}/__stats`)).json()) as { apiRequests: number }).apiRequests;
    const before = await sent();
    expect(await status(env)).toMatchObject({ connected: false, method: "access_key", verified: false, problem: expect.stringMatching(/^unauthorized: /) as unknown });
    expect((await sent()) - before).toBe(1);
  });

  test("a store sealed with another key: status exits 0 with connected:false and one line; disconnect needs no key", async () => {
    const { env, file } = await setup();
    const { cli, redirect } = await approve(env);
    await fetch(redirect);
    expect(await cli.exited).toBe(0);

    const otherKey = { ...env, GONG_MCP_ENCRYPTION_KEY: randomBytes(32).toString("hex") };
    const run = await runCli(["status"], otherKey);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ connected: false, method: null });
    expect(linesOf(run.stderr)).toEqual([expect.stringContaining("different key")]);

    const withoutKey: CliEnv = { HOME: env.HOME ?? "", GONG_MCP_DATA_DIR: env.GONG_MCP_DATA_DIR ?? "" };
    expect((await runCli(["disconnect"], withoutKey)).code).toBe(0);
    expect(existsSync(file)).toBe(false);
  });
});
