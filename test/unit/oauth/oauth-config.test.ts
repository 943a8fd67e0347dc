import { describe, expect, test } from "vitest";
import { GONG_OAUTH_SCOPES, parseOAuthConfig } from "../../../src/adapters/oauth/oauth-config.js";

const full = {
  GONG_OAUTH_CLIENT_ID: "cid",
  GONG_OAUTH_CLIENT_SECRET: "very-secret-value",
  GONG_OAUTH_REDIRECT_URI: "https://mcp.example.com/admin/gong/callback",
};

describe("parseOAuthConfig", () => {
  test("nothing set: OAuth is simply not configured", () => {
    expect(parseOAuthConfig({})).toEqual({ ok: true, value: null });
  });

  test("all set: Gong's default endpoints and the contract's scopes", () => {
    const parsed = parseOAuthConfig(full);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value === null) return;
    expect(parsed.value.authorizeUrl.href).toBe("https://app.gong.io/oauth2/authorize");
    expect(parsed.value.tokenUrl.href).toBe("https://app.gong.io/oauth2/generate-customer-token");
    expect(parsed.value.scopes.join(" ")).toBe(
      "api:users:read api:calls:read:basic api:calls:read:extensive api:calls:read:transcript api:flows:read api:flows:write api:permission-profile:read api:workspaces:read",
    );
    expect(parsed.value.scopes).toBe(GONG_OAUTH_SCOPES);
    expect(parsed.value.redirectUri).toBe(full.GONG_OAUTH_REDIRECT_URI);
  });

  test("the redirect URI is sent exactly as configured, not normalised (Gong matches it literally)", () => {
    const parsed = parseOAuthConfig({ ...full, GONG_OAUTH_REDIRECT_URI: "https://mcp.example.com" });
    expect(parsed.ok && parsed.value?.redirectUri).toBe("https://mcp.example.com");
  });

  test("plain http is allowed only on loopback", () => {
    expect(parseOAuthConfig({ ...full, GONG_OAUTH_TOKEN_URL: "http://127.0.0.1:9999/token" }).ok).toBe(true);
    expect(parseOAuthConfig({ ...full, GONG_OAUTH_AUTHORIZE_URL: "http://localhost:9999/authorize" }).ok).toBe(true);
    expect(parseOAuthConfig({ ...full, GONG_OAUTH_REDIRECT_URI: "http://[::1]:8765/callback" }).ok).toBe(true);
  });

  test.each([
    [{ ...full, GONG_OAUTH_CLIENT_SECRET: "" }, /^GONG_OAUTH_CLIENT_SECRET is not set/],
    [{ GONG_OAUTH_CLIENT_ID: "cid" }, /^GONG_OAUTH_CLIENT_SECRET is not set/],
    [{ ...full, GONG_OAUTH_REDIRECT_URI: "/callback" }, /^GONG_OAUTH_REDIRECT_URI must be an absolute URL/],
    [{ ...full, GONG_OAUTH_TOKEN_URL: "http://gong.example.com/token" }, /^GONG_OAUTH_TOKEN_URL must use https/],
    [{ ...full, GONG_OAUTH_AUTHORIZE_URL: "ftp://app.gong.io/x" }, /^GONG_OAUTH_AUTHORIZE_URL must use https/],
    [{ ...full, GONG_OAUTH_TOKEN_URL: "https://u:p@app.gong.io/t" }, /^GONG_OAUTH_TOKEN_URL must not contain a user name/],
    [{ GONG_OAUTH_TOKEN_URL: "nonsense" }, /^GONG_OAUTH_TOKEN_URL must be an absolute URL/],
  ])("a bad setting gives one line naming the variable (%#)", (env, message) => {
    const parsed = parseOAuthConfig(env);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(message);
    expect(parsed.error).not.toContain("\n");
    expect(parsed.error).not.toContain(full.GONG_OAUTH_CLIENT_SECRET);
  });
});
