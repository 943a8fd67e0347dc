import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  authorizeCode,
  basic,
  connectByOAuth,
  gongErrorOf,
  REDIRECT_URI,
  fakesClosedAfterEach,
  tokenRequest,
} from "../../support/fake-gong-kit.js";

const start = fakesClosedAfterEach({ requestsPerSecond: 1000 });

const bearer = (token: string): string => `Bearer ${token}`;

describe("fake Gong over HTTP: OAuth", () => {
  test("authorize redirects to redirect_uri with a code and the state, keeping its query", async () => {
    const { call } = await start();
    const query = new URLSearchParams({ client_id: "fake-client-id", response_type: "code", redirect_uri: `${REDIRECT_URI}?x=1`, state: "abc" });
    const response = await call(`/oauth2/authorize?${query.toString()}`, { auth: null });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get("x")).toBe("1");
    expect(location.searchParams.get("state")).toBe("abc");
    expect(location.searchParams.get("code")).toMatch(/.{20,}/);
  });

  test.each([
    ["an unknown client_id", { client_id: "other", response_type: "code", redirect_uri: REDIRECT_URI }],
    ["no redirect_uri", { client_id: "fake-client-id", response_type: "code" }],
    ["a relative redirect_uri", { client_id: "fake-client-id", response_type: "code", redirect_uri: "/cb" }],
    ["response_type token", { client_id: "fake-client-id", response_type: "token", redirect_uri: REDIRECT_URI }],
  ])("authorize with %s is 400", async (_label, params) => {
    const { call } = await start();
    const response = await call(`/oauth2/authorize?${new URLSearchParams(params).toString()}`, { auth: null });
    expect(response.status).toBe(400);
  });

  test("code flow end to end: token response in Gong's shape, then an API call with the Bearer token", async () => {
    const f = await start({ accessTokenTtlSeconds: 5 });
    const tokens = await connectByOAuth(f);
    expect(tokens).toMatchObject({ token_type: "bearer", expires_in: 5, api_base_url_for_customer: f.server.url });
    expect(tokens.scope.split(" ")).toContain("api:users:read");
    expect(tokens.refresh_token).not.toBe(tokens.access_token);
    const response = await f.call("/v2/users", { auth: bearer(tokens.access_token) });
    expect(response.status).toBe(200);
  });

  test("token parameters in the query string work too", async () => {
    const f = await start();
    const code = await authorizeCode(f);
    const response = await tokenRequest(f, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI }, { inQuery: true });
    expect(response.status).toBe(200);
  });

  test("a code is single-use", async () => {
    const f = await start();
    const code = await authorizeCode(f);
    const params = { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI };
    expect((await tokenRequest(f, params)).status).toBe(200);
    const again = await tokenRequest(f, params);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });
  });

  test("a code expires after 5 minutes", async () => {
    const f = await start();
    const code = await authorizeCode(f);
    f.advance(5 * 60_000);
    const response = await tokenRequest(f, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_grant" });
  });

  test("the token request's redirect_uri must match the authorize one", async () => {
    const f = await start();
    const code = await authorizeCode(f);
    const response = await tokenRequest(f, { grant_type: "authorization_code", code, redirect_uri: "http://127.0.0.1:9/other" });
    expect(response.status).toBe(400);
  });

  test("wrong or missing client credentials get 401 invalid_client", async () => {
    const f = await start();
    const code = await authorizeCode(f);
    const params = { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI };
    const wrong = await tokenRequest(f, params, { auth: basic("fake-client-id", "nope") });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: "invalid_client" });
    const unknownGrant = await tokenRequest(f, { grant_type: "password" });
    expect(unknownGrant.status).toBe(400);
    expect(await unknownGrant.json()).toMatchObject({ error: "unsupported_grant_type" });
  });

  test("refresh rotates: the new refresh token works, the old one is invalid_grant", async () => {
    const f = await start();
    const first = await connectByOAuth(f);
    const refreshed = await tokenRequest(f, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await f.call("/v2/users", { auth: bearer(second.access_token) })).status).toBe(200);

    const reused = await tokenRequest(f, { grant_type: "refresh_token", refresh_token: first.refresh_token });
    expect(reused.status).toBe(400);
    expect(await reused.json()).toMatchObject({ error: "invalid_grant" });
    expect((await tokenRequest(f, { grant_type: "refresh_token", refresh_token: second.refresh_token })).status).toBe(200);
  });

  test("an access token past its lifetime gets 401; a refresh gives a working one", async () => {
    const f = await start({ accessTokenTtlSeconds: 3 });
    const tokens = await connectByOAuth(f);
    f.advance(2_999);
    expect((await f.call("/v2/users", { auth: bearer(tokens.access_token) })).status).toBe(200);
    f.advance(1);
    const expired = await f.call("/v2/users", { auth: bearer(tokens.access_token) });
    expect(expired.status).toBe(401);
    expect(await gongErrorOf(expired)).toMatch(/expired/);
    const refreshed = (await (await tokenRequest(f, { grant_type: "refresh_token", refresh_token: tokens.refresh_token })).json()) as {
      access_token: string;
    };
    expect((await f.call("/v2/users", { auth: bearer(refreshed.access_token) })).status).toBe(200);
  });

  test("POST /__expire-tokens expires every access token at once", async () => {
    const f = await start();
    const a = await connectByOAuth(f);
    const b = await connectByOAuth(f);
    const expire = await fetch(`${f.server.url}/__expire-tokens`, { method: "POST" });
    expect(await expire.json()).toEqual({ expired: 2 });
    for (const tokens of [a, b]) expect((await f.call("/v2/users", { auth: bearer(tokens.access_token) })).status).toBe(401);
    const refreshed = await tokenRequest(f, { grant_type: "refresh_token", refresh_token: a.refresh_token });
    expect(refreshed.status).toBe(200);
  });

  test("a token without an endpoint's scope gets Gong's 401 text", async () => {
    const f = await start();
    const tokens = await connectByOAuth(f, "api:users:read");
    expect(tokens.scope).toBe("api:users:read");
    expect((await f.call("/v2/users", { auth: bearer(tokens.access_token) })).status).toBe(200);
    const denied = await f.call("/v2/workspaces", { auth: bearer(tokens.access_token) });
    expect(denied.status).toBe(401);
    expect(await gongErrorOf(denied)).toBe("You don't have permission to use 'api:workspaces:read' in your app.");
    expect((await f.call("/v2/workspaces/", { auth: bearer(tokens.access_token) })).status).toBe(401);
  });

  test("a PKCE verifier, when sent, must match the challenge", async () => {
    const VERIFIER = "a-verifier-of-at-least-forty-three-characters-long";
    const f = await start();
    const query = new URLSearchParams({
      client_id: "fake-client-id",
      response_type: "code",
      redirect_uri: REDIRECT_URI,
      code_challenge: createHash("sha256").update(VERIFIER).digest("base64url"),
      code_challenge_method: "S256",
    });
    const codeOf = async (): Promise<string> => {
      const location = (await f.call(`/oauth2/authorize?${query.toString()}`, { auth: null })).headers.get("location") ?? "";
      return new URL(location).searchParams.get("code") ?? "";
    };
    const good = { grant_type: "authorization_code", redirect_uri: REDIRECT_URI, code_verifier: VERIFIER };
    expect((await tokenRequest(f, { ...good, code: await codeOf() })).status).toBe(200);
    expect((await tokenRequest(f, { ...good, code: await codeOf(), code_verifier: "wrong" })).status).toBe(400);
  });
});
