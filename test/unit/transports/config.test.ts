import { describe, expect, test } from "vitest";
import { readBackend, readLogLevel, readStdioConfig, type Env } from "../../../src/composition/config.js";

const DEMO_USER = "4000000000000000001";
const accessKey: Env = { GONG_ACCESS_KEY: "key", GONG_ACCESS_KEY_SECRET: "secret" };

describe("readBackend", () => {
  test.each<[string, { backend?: string; fakeData?: string }, Env, unknown]>([
    ["no credentials: the demo", {}, {}, { kind: "fake", dataFile: null }],
    ["an access key: real Gong", {}, accessKey, { kind: "gong", credentials: "access_key" }],
    ["an OAuth app: real Gong", {}, { GONG_OAUTH_CLIENT_ID: "id", GONG_OAUTH_CLIENT_SECRET: "s" }, { kind: "gong", credentials: "oauth" }],
    ["--backend fake wins over credentials", { backend: "fake" }, accessKey, { kind: "fake", dataFile: null }],
    ["GONG_MCP_BACKEND=fake", {}, { ...accessKey, GONG_MCP_BACKEND: "fake" }, { kind: "fake", dataFile: null }],
    ["the flag wins over the variable", { backend: "fake" }, { ...accessKey, GONG_MCP_BACKEND: "gong" }, { kind: "fake", dataFile: null }],
    ["--fake-data implies fake", { fakeData: "data.json" }, accessKey, { kind: "fake", dataFile: "data.json" }],
    ["GONG_MCP_FAKE_DATA", {}, { GONG_MCP_FAKE_DATA: "d.json" }, { kind: "fake", dataFile: "d.json" }],
    ["blank variables are unset", {}, { GONG_ACCESS_KEY: " ", GONG_ACCESS_KEY_SECRET: "", GONG_MCP_BACKEND: "" }, { kind: "fake", dataFile: null }],
  ])("%s", (_name, flags, env, expected) => {
    expect(readBackend(flags, env)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, { backend?: string; fakeData?: string }, Env, RegExp]>([
    ["a bad --backend", { backend: "prod" }, {}, /^--backend: expected gong or fake, got "prod"$/],
    ["a bad GONG_MCP_BACKEND", {}, { GONG_MCP_BACKEND: "live" }, /^GONG_MCP_BACKEND: expected gong or fake/],
    ["--backend gong without credentials", { backend: "gong" }, {}, /^GONG_ACCESS_KEY: expected GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET/],
    ["a key without its secret", {}, { GONG_ACCESS_KEY: "k" }, /^GONG_ACCESS_KEY_SECRET: /],
    ["a secret without its key", {}, { GONG_ACCESS_KEY_SECRET: "s" }, /^GONG_ACCESS_KEY: /],
    ["a dataset with --backend gong", { backend: "gong", fakeData: "d.json" }, accessKey, /^--fake-data: /],
    ["an empty --fake-data", { fakeData: "" }, {}, /^--fake-data: expected the path of a dataset file$/],
  ])("%s is one line naming the flag or variable", (_name, flags, env, message) => {
    const result = readBackend(flags, env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain("\n");
    }
  });

  test("a secret value is never echoed", () => {
    const result = readBackend({ backend: "gong" }, { GONG_ACCESS_KEY: "very-secret-key-value" });
    expect(JSON.stringify(result)).not.toContain("very-secret-key-value");
  });
});

describe("readLogLevel", () => {
  test("defaults to info and accepts pino's levels in any case", () => {
    expect(readLogLevel({})).toEqual({ ok: true, value: "info" });
    expect(readLogLevel({ GONG_MCP_LOG_LEVEL: "DEBUG" })).toEqual({ ok: true, value: "debug" });
  });

  test("refuses anything else, naming the variable", () => {
    expect(readLogLevel({ GONG_MCP_LOG_LEVEL: "loud" })).toEqual({
      ok: false,
      error: 'GONG_MCP_LOG_LEVEL: expected one of trace, debug, info, warn, error, fatal, silent, got "loud"',
    });
  });
});

describe("readStdioConfig", () => {
  test("takes the user id from --user-id, else GONG_MCP_USER_ID", () => {
    expect(readStdioConfig({ userId: "12" }, { GONG_MCP_USER_ID: "34" }, DEMO_USER)).toMatchObject({ ok: true, value: { userId: "12" } });
    expect(readStdioConfig({}, { GONG_MCP_USER_ID: "34" }, DEMO_USER)).toMatchObject({ ok: true, value: { userId: "34" } });
    // Contract 5b: an email names the active Gong user with it.
    expect(readStdioConfig({ userId: "Dana@Example.com" }, {}, DEMO_USER)).toMatchObject({ ok: true, value: { userId: "Dana@Example.com" } });
  });

  test("a missing user id is one line, suggesting the demo's user in demo mode", () => {
    expect(readStdioConfig({}, {}, DEMO_USER)).toEqual({
      ok: false,
      error: `--user-id: expected the Gong user id to act for, or set GONG_MCP_USER_ID (the demo workspace's default user is ${DEMO_USER})`,
    });
    const withData = readStdioConfig({ fakeData: "d.json" }, {}, DEMO_USER);
    expect(withData.ok ? "" : withData.error).not.toContain(DEMO_USER);
  });

  test("a user id that is not 1 to 20 digits is refused, naming where it came from", () => {
    expect(readStdioConfig({ userId: "jordan" }, {}, DEMO_USER)).toMatchObject({ ok: false, error: expect.stringMatching(/^--user-id: expected a Gong user id/) as unknown });
    expect(readStdioConfig({}, { GONG_MCP_USER_ID: "1".repeat(21) }, DEMO_USER)).toMatchObject({ ok: false, error: expect.stringMatching(/^GONG_MCP_USER_ID: /) as unknown });
  });
});
