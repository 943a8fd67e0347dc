import { describe, expect, test } from "vitest";
import type { WireGongGateway } from "../../../src/adapters/gong-wire/wire-gong-gateway.js";
import { gatewayOver, gongError, inOrder, NO_CALLS } from "../../support/stub-exchange.js";

/** One call of each gateway method, with the OAuth scope its endpoint needs (gong-api.md section 4). */
const METHODS: readonly { name: string; scope: string; engage: boolean; run: (g: WireGongGateway) => Promise<unknown> }[] = [
  { name: "listUsers", scope: "api:users:read", engage: false, run: (g) => g.listUsers() },
  { name: "getUser", scope: "api:users:read", engage: false, run: (g) => g.getUser("1") },
  { name: "listWorkspaces", scope: "api:workspaces:read", engage: false, run: (g) => g.listWorkspaces() },
  { name: "listPermissionProfiles", scope: "api:permission-profile:read", engage: false, run: (g) => g.listPermissionProfiles("1") },
  { name: "listProfileMembers", scope: "api:users:read", engage: false, run: (g) => g.listProfileMembers("1") },
  {
    name: "searchCalls",
    scope: "api:calls:read:extensive",
    engage: false,
    run: (g) => g.searchCalls({ fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" }, null),
  },
  { name: "getCalls", scope: "api:calls:read:extensive", engage: false, run: (g) => g.getCalls(["1"]) },
  { name: "getDetailedCalls", scope: "api:calls:read:extensive", engage: false, run: (g) => g.getDetailedCalls(["1"]) },
  { name: "getTranscripts", scope: "api:calls:read:transcript", engage: false, run: (g) => g.getTranscripts(["1"]) },
  { name: "listFlows", scope: "api:flows:read", engage: true, run: (g) => g.listFlows("a@example.com", null, null) },
  { name: "flowsForProspects", scope: "api:flows:read", engage: true, run: (g) => g.flowsForProspects(["p1"]) },
  { name: "assignFlow", scope: "api:flows:write", engage: true, run: (g) => g.assignFlow("7", ["p1"], "a@example.com") },
];

describe.each(METHODS)("$name", ({ scope, engage, run }) => {
  const answerWith = async (status: number, message = "whatever") => {
    const { gateway } = gatewayOver(inOrder(gongError(status, message)));
    return run(gateway);
  };

  test("401 naming a missing scope is Forbidden, naming the scope", async () => {
    const result = await answerWith(401, "You don't have permission to use 'api:calls:read:transcript' in your app.");
    expect(result).toEqual({
      ok: false,
      error: { _tag: "Forbidden", detail: expect.stringContaining("api:calls:read:transcript") as unknown },
    });
  });

  test("any other 401 is Unauthorized", async () => {
    expect(await answerWith(401, "Unauthorized")).toEqual({
      ok: false,
      error: { _tag: "Unauthorized", detail: expect.any(String) as unknown },
    });
  });

  test("403 is Forbidden, naming the endpoint's scope (and the Engage licence on flow endpoints)", async () => {
    const result = (await answerWith(403, "Forbidden")) as { ok: false; error: { _tag: string; detail: string } };
    expect(result.error._tag).toBe("Forbidden");
    expect(result.error.detail).toContain(scope);
    expect(result.error.detail.includes("Engage licence")).toBe(engage);
  });

  test("429 (the exchange gave up retrying) is UpstreamFailed Throttled", async () => {
    expect(await answerWith(429, "Too many requests")).toEqual({
      ok: false,
      error: { _tag: "UpstreamFailed", reason: "Throttled", status: 429 },
    });
  });

  test.each([400, 405, 409, 500, 502, 503, 302])("%i is UpstreamFailed Status", async (status) => {
    expect(await answerWith(status)).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Status", status } });
  });

  test("a 2xx body that does not decode is UpstreamFailed Decode", async () => {
    const { gateway, logger } = gatewayOver(inOrder({ status: 200, body: "<html>oops</html>" }));
    expect(await run(gateway)).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Decode" } });
    expect(logger.lines.some((line) => line.level === "warn" && !JSON.stringify(line).includes("oops"))).toBe(true);
  });

  test("a failed exchange passes through; a throwing one becomes UpstreamFailed Transport", async () => {
    const notConnected = gatewayOver(() => ({ ok: false, error: { _tag: "NotConnected" } }));
    expect(await run(notConnected.gateway)).toEqual({ ok: false, error: { _tag: "NotConnected" } });
    const throwing = gatewayOver(() => {
      throw new TypeError("fetch failed for https://secret.example/?token=abc");
    });
    expect(await run(throwing.gateway)).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Transport" } });
    expect(throwing.logger.lines).toEqual([
      expect.objectContaining({ level: "error", fields: expect.objectContaining({ error: "TypeError" }) as unknown }),
    ]);
    expect(JSON.stringify(throwing.logger.lines)).not.toContain("token");
  });
});

describe("404 means something different per endpoint", () => {
  test("getUser: NotFound user", async () => {
    const { gateway } = gatewayOver(inOrder(gongError(404, "User not found")));
    expect(await gateway.getUser("42")).toEqual({ ok: false, error: { _tag: "NotFound", what: "user", id: "42" } });
  });

  test("call endpoints: 'No calls found' is empty, any other 404 is UpstreamFailed", async () => {
    const empty = gatewayOver(inOrder(NO_CALLS));
    expect(await empty.gateway.getTranscripts(["1"])).toEqual({ ok: true, value: [] });
    expect(await empty.gateway.getCalls(["1"])).toEqual({ ok: true, value: [] });
    const other = gatewayOver(inOrder(gongError(404, "Not Found")));
    expect(await other.gateway.getTranscripts(["1"])).toEqual({
      ok: false,
      error: { _tag: "UpstreamFailed", reason: "Status", status: 404 },
    });
  });

  test("'No calls found' on a non-call endpoint is still a failure", async () => {
    const { gateway } = gatewayOver(inOrder(NO_CALLS));
    expect(await gateway.listUsers()).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Status", status: 404 } });
  });

  test("assignFlow: NotFound flow", async () => {
    const { gateway } = gatewayOver(inOrder(gongError(404, "Flow not found")));
    expect(await gateway.assignFlow("99", ["p"], "a@example.com")).toEqual({
      ok: false,
      error: { _tag: "NotFound", what: "flow", id: "99" },
    });
  });
});

describe("what reaches the log", () => {
  test("a decode failure logs the path and what was expected, never the values", async () => {
    const body = { users: [{ id: 12345, emailAddress: "secret-person@example.com" }] };
    const { gateway, logger } = gatewayOver(inOrder({ status: 200, body }));
    expect(await gateway.listUsers()).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Decode" } });
    const [line] = logger.lines;
    expect(line?.level).toBe("warn");
    expect(line?.fields["endpoint"]).toBe("GET /v2/users");
    const path = String(line?.fields["path"]);
    expect(path).toContain('["users"]');
    expect(path).toContain('["id"]');
    expect(path).toContain("Expected string");
    expect(path).not.toContain("12345");
    expect(path).not.toContain("secret-person");
  });

  test("an error status logs the status and Gong's requestId, not Gong's error text", async () => {
    const { gateway, logger } = gatewayOver(inOrder(gongError(500, "failed for bob@example.com")));
    await gateway.listWorkspaces();
    expect(logger.lines).toEqual([
      {
        level: "warn",
        message: expect.any(String) as unknown,
        fields: { endpoint: "GET /v2/workspaces", status: 500, requestId: "req-test" },
      },
    ]);
  });
});
