import { describe, expect, test } from "vitest";
import type { Env } from "../../../src/composition/env.js";
import { readHttpConfig, type HttpConfig, type HttpFlags } from "../../../src/composition/http-config.js";

const DEMO_USER = "4000000000000000001";
// A data dir that holds no stored connection, so the developer's own one never picks the backend.
const NO_DATA: Env = { GONG_MCP_DATA_DIR: "/nonexistent/gong-mcp-http-config-test" };
const SECRET: Env = { ...NO_DATA, GONG_MCP_JWT_SECRET: "test-signing-secret" };
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

function configOf(flags: HttpFlags, env: Env): HttpConfig {
  const result = readHttpConfig(flags, env, DEMO_USER);
  if (!result.ok) throw new Error(`expected a config, got: ${result.error}`);
  return result.value;
}

function errorOf(flags: HttpFlags, env: Env): string {
  const result = readHttpConfig(flags, env, DEMO_USER);
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe("readHttpConfig: defaults", () => {
  test("loopback, port 3000, jwt with the HS256 secret, the demo, and the documented limits", () => {
    expect(configOf({}, SECRET)).toEqual({
      host: "127.0.0.1",
      port: 3000,
      auth: { mode: "jwt", keys: { kind: "secret", secret: "test-signing-secret" }, issuer: null, audience: null, userClaim: "gong_user_id" },
      publicUrl: null,
      allowedHosts: LOOPBACK_NAMES,
      allowedOrigins: [],
      maxSessions: 1000,
      maxSessionsPerUser: 10,
      sessionIdleMs: 1_800_000,
      maxBodyBytes: 1024 * 1024,
      backend: { kind: "fake", dataFile: null },
      logLevel: "info",
      callTimeoutMs: 50_000,
    });
  });

  test("jwt without a secret or a JWKS URL names GONG_MCP_JWT_SECRET", () => {
    expect(errorOf({}, NO_DATA)).toMatch(/^GONG_MCP_JWT_SECRET: expected the HS256 secret .*GONG_MCP_JWKS_URL/);
  });

  test("the JWT settings are read from their variables", () => {
    const env = { ...SECRET, GONG_MCP_JWT_ISSUER: "https://idp.example.com", GONG_MCP_JWT_AUDIENCE: "gong-mcp", GONG_MCP_JWT_USER_CLAIM: "email" };
    expect(configOf({}, env).auth).toMatchObject({ mode: "jwt", issuer: "https://idp.example.com", audience: "gong-mcp", userClaim: "email" });
  });

  test.each(["https://idp.example.com/.well-known/jwks.json", "http://127.0.0.1:9000/jwks"])("a JWKS URL %s gives published keys", (url) => {
    const auth = configOf({}, { ...NO_DATA, GONG_MCP_JWKS_URL: url }).auth;
    expect(auth.mode === "jwt" && auth.keys.kind === "jwks" ? auth.keys.url.href : null).toBe(url);
  });
});

describe("readHttpConfig: auth none", () => {
  test.each<[string, HttpFlags, Env, RegExp]>([
    ["--auth none on 0.0.0.0", { auth: "none", host: "0.0.0.0" }, NO_DATA, /^--auth: none is allowed only on a loopback address .*not on 0\.0\.0\.0/],
    ["GONG_MCP_AUTH=none on a public host", {}, { ...NO_DATA, GONG_MCP_AUTH: "none", GONG_MCP_HOST: "10.0.0.5" }, /^GONG_MCP_AUTH: none is allowed only on a loopback/],
  ])("%s is refused, naming its source", (_name, flags, env, message) => {
    expect(errorOf(flags, env)).toMatch(message);
  });

  test.each(["127.0.0.1", "::1", "localhost"])("on %s the demo's user is the default caller", (host) => {
    expect(configOf({ auth: "none", host }, NO_DATA).auth).toEqual({ mode: "none", defaultCaller: { kind: "user_id", userId: DEMO_USER } });
  });

  test("GONG_MCP_USER_ID overrides the demo's user, as an id or an email", () => {
    expect(configOf({ auth: "none" }, { ...NO_DATA, GONG_MCP_USER_ID: "12" }).auth).toEqual({ mode: "none", defaultCaller: { kind: "user_id", userId: "12" } });
    expect(configOf({ auth: "none" }, { ...NO_DATA, GONG_MCP_USER_ID: "Ada@Example.com" }).auth).toEqual({
      mode: "none",
      defaultCaller: { kind: "email", email: "ada@example.com" },
    });
  });

  test("with a dataset rather than the demo there is no default caller", () => {
    expect(configOf({ auth: "none", fakeData: "data.json" }, NO_DATA).auth).toEqual({ mode: "none", defaultCaller: null });
  });
});

describe("readHttpConfig: refusals are one line naming the flag or variable", () => {
  test.each<[string, HttpFlags, Env, RegExp]>([
    ["an unknown auth mode", { auth: "basic" }, SECRET, /^--auth: expected jwt or none, got "basic"$/],
    ["both a secret and a JWKS URL", {}, { ...SECRET, GONG_MCP_JWKS_URL: "https://idp.example.com/jwks" }, /^GONG_MCP_JWT_SECRET: .*not both$/],
    ["a plain-http JWKS URL off loopback", {}, { ...NO_DATA, GONG_MCP_JWKS_URL: "http://idp.example.com/jwks" }, /^GONG_MCP_JWKS_URL: expected an https URL/],
    ["a user claim that is no claim name", {}, { ...SECRET, GONG_MCP_JWT_USER_CLAIM: "user id" }, /^GONG_MCP_JWT_USER_CLAIM: /],
    ["a bad GONG_MCP_USER_ID", { auth: "none" }, { ...NO_DATA, GONG_MCP_USER_ID: "Ada Lovelace" }, /^GONG_MCP_USER_ID: /],
    ["a port above 65535", { port: "65536" }, SECRET, /^--port: expected a port from 0 to 65535/],
    ["a port that is no number", {}, { ...SECRET, GONG_MCP_PORT: "http" }, /^GONG_MCP_PORT: expected a port/],
    ["a negative port", { port: "-1" }, SECRET, /^--port: /],
    ["GONG_MCP_MAX_SESSIONS=0", {}, { ...SECRET, GONG_MCP_MAX_SESSIONS: "0" }, /^GONG_MCP_MAX_SESSIONS: expected a whole number from 1 to 100000, got "0"$/],
    ["GONG_MCP_SESSION_IDLE_S=abc", {}, { ...SECRET, GONG_MCP_SESSION_IDLE_S: "abc" }, /^GONG_MCP_SESSION_IDLE_S: expected a whole number/],
    ["a fractional GONG_MCP_MAX_SESSIONS_PER_USER", {}, { ...SECRET, GONG_MCP_MAX_SESSIONS_PER_USER: "1.5" }, /^GONG_MCP_MAX_SESSIONS_PER_USER: /],
    ["a body limit under 1 KiB", {}, { ...SECRET, GONG_MCP_MAX_BODY_BYTES: "1023" }, /^GONG_MCP_MAX_BODY_BYTES: /],
    ["a public URL with a query", {}, { ...SECRET, GONG_MCP_PUBLIC_URL: "https://mcp.example.com/?x=1" }, /^GONG_MCP_PUBLIC_URL: /],
    ["a plain-http public URL off loopback", {}, { ...SECRET, GONG_MCP_PUBLIC_URL: "http://mcp.example.com" }, /^GONG_MCP_PUBLIC_URL: /],
    ["an allowed origin that is no URL", {}, { ...SECRET, GONG_MCP_ALLOWED_ORIGINS: "https://ok.example.com, app.example.com" }, /^GONG_MCP_ALLOWED_ORIGINS: .*"app\.example\.com" is not one$/],
    ["a bad log level", {}, { ...SECRET, GONG_MCP_LOG_LEVEL: "loud" }, /^GONG_MCP_LOG_LEVEL: /],
  ])("%s", (_name, flags, env, message) => {
    const error = errorOf(flags, env);
    expect(error).toMatch(message);
    expect(error).not.toContain("\n");
  });

  test("the signing secret is never echoed", () => {
    const error = errorOf({}, { ...SECRET, GONG_MCP_JWKS_URL: "https://idp.example.com/jwks" });
    expect(error).not.toContain("test-signing-secret");
  });
});

describe("readHttpConfig: numbers", () => {
  test("each limit is read from its variable; the idle time is in seconds", () => {
    const env = { ...SECRET, GONG_MCP_MAX_SESSIONS: "5", GONG_MCP_MAX_SESSIONS_PER_USER: "2", GONG_MCP_SESSION_IDLE_S: "60", GONG_MCP_MAX_BODY_BYTES: "2048" };
    expect(configOf({}, env)).toMatchObject({ maxSessions: 5, maxSessionsPerUser: 2, sessionIdleMs: 60_000, maxBodyBytes: 2048 });
  });

  test("port 0 asks for a free port", () => {
    expect(configOf({ port: "0" }, SECRET).port).toBe(0);
  });
});

describe("readHttpConfig: allowed hosts and origins", () => {
  test("on loopback: the loopback names, GONG_MCP_ALLOWED_HOSTS (lower-cased) and the public URL's host", () => {
    const env = { ...SECRET, GONG_MCP_ALLOWED_HOSTS: " MCP.Internal , other.example.com", GONG_MCP_PUBLIC_URL: "https://gong-mcp.example.com/" };
    expect(configOf({}, env).allowedHosts).toEqual([...LOOPBACK_NAMES, "mcp.internal", "other.example.com", "gong-mcp.example.com"]);
  });

  test("on 0.0.0.0 without a list any host may be addressed", () => {
    expect(configOf({ host: "0.0.0.0" }, SECRET).allowedHosts).toBeNull();
  });

  test("on 0.0.0.0 with a list: the list and the public URL's host, but no loopback names", () => {
    const env = { ...SECRET, GONG_MCP_ALLOWED_HOSTS: "mcp.example.com", GONG_MCP_PUBLIC_URL: "https://public.example.com" };
    expect(configOf({ host: "0.0.0.0" }, env).allowedHosts).toEqual(["mcp.example.com", "public.example.com"]);
  });

  test("allowed origins are normalised, and the public URL's origin is one of them", () => {
    const env = { ...SECRET, GONG_MCP_ALLOWED_ORIGINS: "https://App.Example.com/, http://localhost:5173", GONG_MCP_PUBLIC_URL: "https://mcp.example.com:8443/base/" };
    const config = configOf({}, env);
    expect(config.publicUrl).toBe("https://mcp.example.com:8443/base");
    expect(config.allowedOrigins).toEqual(["https://app.example.com", "http://localhost:5173", "https://mcp.example.com:8443"]);
  });

  // A non-web URL's origin is the string "null": such an entry must not make `Origin: null` acceptable.
  test.each(["file:///tmp/page.html", "mailto:a@example.com"])("an entry with no http(s) origin (%s) is refused", (entry) => {
    expect(errorOf({}, { ...SECRET, GONG_MCP_ALLOWED_ORIGINS: entry })).toMatch(/^GONG_MCP_ALLOWED_ORIGINS: /);
  });
});

describe("readHttpConfig: flags win over the environment", () => {
  test("--host, --port and --auth", () => {
    const env = { ...NO_DATA, GONG_MCP_HOST: "0.0.0.0", GONG_MCP_PORT: "4000", GONG_MCP_AUTH: "jwt" };
    expect(configOf({ host: "localhost", port: "5000", auth: "none" }, env)).toMatchObject({ host: "localhost", port: 5000, auth: { mode: "none" } });
  });

  test("the environment is used when no flag is given", () => {
    expect(configOf({}, { ...SECRET, GONG_MCP_HOST: "0.0.0.0", GONG_MCP_PORT: "4000" })).toMatchObject({ host: "0.0.0.0", port: 4000 });
  });
});
