import { createServer } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { GongOAuthClient } from "../../../src/adapters/oauth/gong-oauth-client.js";
import { explainOAuthFailure } from "../../../src/adapters/oauth/oauth-failure.js";
import { parseOAuthConfig, type OAuthConfig } from "../../../src/adapters/oauth/oauth-config.js";
import { ManualClock } from "./manual-clock.js";
import { CLIENT_ID, CLIENT_SECRET, GOOD_CODE, REDIRECT_URI, startTokenStub, stubOAuthEnv, type TokenStub, type TokenStubOptions } from "./token-endpoint-stub.js";

let stub: TokenStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

function configFor(tokenUrl: string, extra: Record<string, string> = {}): OAuthConfig {
  const parsed = parseOAuthConfig({ ...stubOAuthEnv(tokenUrl), ...extra });
  if (!parsed.ok || parsed.value === null) throw new Error("test config did not parse");
  return parsed.value;
}

async function clientWithStub(options: TokenStubOptions = {}, timeoutMs?: number) {
  stub = await startTokenStub(options);
  const clock = new ManualClock();
  return { client: new GongOAuthClient(configFor(stub.url), { clock, ...(timeoutMs ? { timeoutMs } : {}) }), clock, stub };
}

describe("GongOAuthClient.authorizeUrl", () => {
  test("carries exactly response_type, client_id, redirect_uri, the contract's scopes (%20-separated) and state", () => {
    const client = new GongOAuthClient(configFor("https://app.gong.io/oauth2/generate-customer-token"), { clock: new ManualClock() });
    const url = new URL(client.authorizeUrl("st4te"));
    expect(`${url.origin}${url.pathname}`).toBe("https://app.gong.io/oauth2/authorize");
    expect([...url.searchParams.keys()]).toEqual(["response_type", "client_id", "redirect_uri", "scope", "state"]);
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT_URI);
    expect(url.searchParams.get("state")).toBe("st4te");
    expect(url.searchParams.get("scope")?.split(" ")).toHaveLength(8);
    expect(url.search).toContain("scope=api%3Ausers%3Aread%20api%3Acalls%3Aread%3Abasic%20");
    expect(url.href).not.toContain(CLIENT_SECRET);
  });
});

describe("GongOAuthClient token requests", () => {
  test("exchange: POST form body with raw Basic client auth; Gong's lowercase bearer and api_base_url_for_customer are read", async () => {
    const { client, clock } = await clientWithStub();
    const result = await client.exchangeCode(GOOD_CODE);
    expect(result).toEqual({
      ok: true,
      value: {
        method: "oauth",
        accessToken: "access-1",
        refreshToken: "refresh-1",
        issuedAt: clock.now(),
        expiresAt: clock.now() + 86_400_000,
        scopes: ["api:users:read", "api:calls:read:basic"],
        apiBaseUrl: "https://us-4242.api.gong.io",
      },
    });
    const [request] = stub?.requests ?? [];
    expect(request?.authorization).toBe(`Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`);
    expect(request?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.form).toEqual({ grant_type: "authorization_code", code: GOOD_CODE, redirect_uri: REDIRECT_URI });
    expect(request?.query).toBe("");
  });

  test("refresh: sends grant_type=refresh_token; a reused refresh token is Rejected with invalid_grant", async () => {
    const { client } = await clientWithStub();
    const first = await client.exchangeCode(GOOD_CODE);
    if (!first.ok) throw new Error("exchange failed");
    const second = await client.refresh("refresh-1", first.value);
    expect(second.ok && second.value.refreshToken).toBe("refresh-2");
    expect(stub?.requests[1]?.form).toEqual({ grant_type: "refresh_token", refresh_token: "refresh-1" });
    const reused = await client.refresh("refresh-1", first.value);
    expect(reused).toEqual({ ok: false, error: { _tag: "OAuthFailed", reason: "Rejected", status: 400, error: "invalid_grant" } });
  });

  test("a refresh answer without refresh_token, scope or base URL keeps the previous ones", async () => {
    const { client } = await clientWithStub({
      apiBaseUrl: null,
      reply: (r) => (r.form["grant_type"] === "refresh_token" ? { status: 200, body: JSON.stringify({ access_token: "a2", token_type: "Bearer", expires_in: 60 }) } : undefined),
    });
    const first = await client.exchangeCode(GOOD_CODE);
    if (!first.ok) throw new Error("exchange failed");
    const previous = { ...first.value, apiBaseUrl: "https://eu-1.api.gong.io" };
    const next = await client.refresh("refresh-1", previous);
    expect(next.ok && next.value).toMatchObject({ accessToken: "a2", refreshToken: "refresh-1", scopes: previous.scopes, apiBaseUrl: "https://eu-1.api.gong.io" });
  });

  test.each([
    ["a wrong client secret", { reply: () => ({ status: 401, body: '{"error":"invalid_client"}' }) }, { reason: "Rejected", status: 401, error: "invalid_client" }],
    ["a 500", { reply: () => ({ status: 500, body: "oops", contentType: "text/plain" }) }, { reason: "Status", status: 500 }],
    ["a body that is not JSON", { reply: () => ({ status: 200, body: "<html>", contentType: "text/html" }) }, { reason: "Decode" }],
    ["no access_token", { reply: () => ({ status: 200, body: '{"token_type":"bearer"}' }) }, { reason: "Decode" }],
    ["an http base URL off loopback", { apiBaseUrl: "http://evil.example.com" }, { reason: "Decode" }],
  ])("%s becomes a failure without secrets", async (_, options, expected) => {
    const { client } = await clientWithStub(options);
    const result = await client.exchangeCode(GOOD_CODE);
    expect(result).toEqual({ ok: false, error: { _tag: "OAuthFailed", ...expected } });
    if (result.ok) return;
    const line = explainOAuthFailure(result.error);
    for (const secret of [CLIENT_SECRET, GOOD_CODE, "access-1", "refresh-1"]) expect(line).not.toContain(secret);
  });

  test("a slow endpoint times out; an unreachable one is a transport failure", async () => {
    const { client } = await clientWithStub({ delayMs: 500 }, 100);
    expect(await client.exchangeCode(GOOD_CODE)).toMatchObject({ ok: false, error: { reason: "Timeout" } });

    const closedPort = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const { port } = s.address() as { port: number };
        s.close(() => {
          resolve(port);
        });
      });
    });
    const offline = new GongOAuthClient(configFor(`http://127.0.0.1:${closedPort}/token`), { clock: new ManualClock() });
    expect(await offline.exchangeCode(GOOD_CODE)).toMatchObject({ ok: false, error: { reason: "Transport" } });
  });
});
