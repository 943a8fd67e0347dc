import type { NextFunction, Request, Response } from "express";
import { describe, expect, test } from "vitest";
import { originGuard, type OriginPolicy } from "../../../src/transports/http/origin-guard.js";

interface Outcome {
  readonly passed: boolean;
  readonly status: number | null;
  readonly body: unknown;
}

/** Runs the middleware on a request with these headers: did it call next(), or what did it answer? */
function guard(policy: OriginPolicy, headers: { host?: string; origin?: string }): Outcome {
  let status: number | null = null;
  let body: unknown = undefined;
  let passed = false;
  const res = {
    headersSent: false,
    status(code: number) {
      status = code;
      return res;
    },
    set() {
      return res;
    },
    json(value: unknown) {
      body = value;
      return res;
    },
  };
  const next: NextFunction = () => {
    passed = true;
  };
  void originGuard(policy)({ headers } as unknown as Request, res as unknown as Response, next);
  return { passed, status, body };
}

const LOOPBACK: OriginPolicy = { allowedHosts: ["localhost", "127.0.0.1", "[::1]", "mcp.example.com"], allowedOrigins: ["https://app.example.com"] };
const ANY_HOST: OriginPolicy = { allowedHosts: null, allowedOrigins: ["https://app.example.com"] };
const PASSED: Outcome = { passed: true, status: null, body: undefined };

function refusedWith(message: RegExp): Outcome {
  return { passed: false, status: 403, body: { jsonrpc: "2.0", error: { code: -32000, message: expect.stringMatching(message) as unknown }, id: null } };
}

describe("originGuard: Host", () => {
  test.each(["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "mcp.example.com", "MCP.Example.COM:443", "LocalHost"])("an allowed Host (%s) passes", (host) => {
    expect(guard(LOOPBACK, { host })).toEqual(PASSED);
  });

  test.each(["evil.example.com", "attacker.test:3000", "127.0.0.2:3000", "mcp.example.com.evil.test"])("an unknown Host (%s) gets a 403 JSON-RPC error", (host) => {
    expect(guard(LOOPBACK, { host })).toEqual(refusedWith(/^Host not allowed: .*GONG_MCP_ALLOWED_HOSTS$/));
  });

  test("a missing or empty Host is refused", () => {
    expect(guard(LOOPBACK, {})).toEqual(refusedWith(/^Host not allowed: \(none\)/));
    expect(guard(LOOPBACK, { host: "" })).toEqual(refusedWith(/^Host not allowed/));
  });

  test("without an allow-list any Host passes", () => {
    expect(guard(ANY_HOST, { host: "whatever.example.net:8080" })).toEqual(PASSED);
    expect(guard(ANY_HOST, {})).toEqual(PASSED);
  });
});

describe("originGuard: Origin", () => {
  test.each(["http://localhost:5173", "https://mcp.example.com", "HTTP://LOCALHOST:3000", "http://[::1]:3000"])(
    "an Origin whose hostname is an allowed host (%s) passes",
    (origin) => {
      expect(guard(LOOPBACK, { host: "localhost:3000", origin })).toEqual(PASSED);
    },
  );

  test("an explicitly allowed origin passes, with or without a Host allow-list", () => {
    expect(guard(LOOPBACK, { host: "localhost:3000", origin: "https://app.example.com" })).toEqual(PASSED);
    expect(guard(ANY_HOST, { host: "mcp.example.com", origin: "https://app.example.com" })).toEqual(PASSED);
  });

  test.each(["https://evil.example.com", "null", "file:///etc/passwd", "chrome-extension://localhost", "not a url"])(
    "a foreign Origin (%s) is refused even for an allowed Host",
    (origin) => {
      expect(guard(LOOPBACK, { host: "localhost:3000", origin })).toEqual(refusedWith(/^Origin not allowed: .*GONG_MCP_ALLOWED_ORIGINS$/));
    },
  );

  test("without a Host allow-list, any origin not listed is refused, even one naming the Host itself", () => {
    expect(guard(ANY_HOST, { host: "mcp.example.com", origin: "https://evil.example.com" })).toEqual(refusedWith(/^Origin not allowed/));
    expect(guard(ANY_HOST, { host: "mcp.example.com", origin: "https://mcp.example.com" })).toEqual(refusedWith(/^Origin not allowed/));
  });

  test("a long refused value is clipped in the message", () => {
    const outcome = guard(LOOPBACK, { host: `${"a".repeat(500)}.example.com` });
    expect(outcome.status).toBe(403);
    expect(JSON.stringify(outcome.body).length).toBeLessThan(300);
  });
});
