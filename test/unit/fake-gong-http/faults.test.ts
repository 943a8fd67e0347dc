import { describe, expect, test } from "vitest";
import { connectByOAuth, gongErrorOf, fakesClosedAfterEach, tokenRequest, type TestFake } from "../../support/fake-gong-kit.js";

const start = fakesClosedAfterEach({ requestsPerSecond: 1000 });

function postFaults(f: TestFake, body: unknown): Promise<Response> {
  return fetch(`${f.server.url}/__faults`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

describe("fake Gong over HTTP: injected faults", () => {
  test("status: the next `count` matching requests get it, then answers are normal again", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "status", status: 503, count: 2 });
    expect((await f.call("/v2/users")).status).toBe(503);
    const second = await f.call("/v2/workspaces");
    expect(second.status).toBe(503);
    await gongErrorOf(second);
    expect((await f.call("/v2/users")).status).toBe(200);
  });

  test("status 429 carries Retry-After (1 by default, as given, or none with null)", async () => {
    const f = await start();
    f.server.faults.inject([
      { kind: "status", status: 429 },
      { kind: "status", status: 429, retryAfter: 7 },
      { kind: "status", status: 429, retryAfter: null },
    ]);
    const headers = [];
    for (let i = 0; i < 3; i += 1) headers.push((await f.call("/v2/users")).headers.get("retry-after"));
    expect(headers).toEqual(["1", "7", null]);
    expect(f.server.stats().rateLimited).toBe(0);
  });

  test("status 500 uses Gong's real text", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "status", status: 500 });
    expect(await gongErrorOf(await f.call("/v2/users"))).toBe("Internal server error occurred");
  });

  test("pathPrefix limits a fault to matching paths", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "status", status: 502, pathPrefix: "/v2/calls" });
    expect((await f.call("/v2/users")).status).toBe(200);
    expect((await f.call("/v2/calls/extensive", { json: { filter: {} } })).status).toBe(502);
  });

  test("latency delays the normal answer", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "latency", ms: 300, count: 1 });
    const started = performance.now();
    const response = await f.call("/v2/users");
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { users: unknown[] }).users).toHaveLength(2);
  });

  test("malformed: a 200 whose body is not valid JSON", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "malformed", count: 1 });
    const response = await f.call("/v2/users");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const text = await response.text();
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  test("wrong-shape: a 200 with valid JSON whose fields are the string 'nope'", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "wrong-shape", count: 1 });
    const response = await f.call("/v2/users");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ users: "nope", records: "nope" });
    expect(typeof body.requestId).toBe("string");
  });

  test("huge: a valid JSON body of exactly the given size", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "huge", bytes: 3 * 1024 * 1024, count: 1 });
    const response = await f.call("/v2/users");
    expect(response.headers.get("content-length")).toBe(String(3 * 1024 * 1024));
    const text = await response.text();
    expect(text.length).toBe(3 * 1024 * 1024);
    expect(JSON.parse(text)).toHaveProperty("padding");
  });

  test("drop: the socket is cut without an answer, and the next request works", async () => {
    const f = await start();
    f.server.faults.inject({ kind: "drop", count: 1 });
    await expect(f.call("/v2/users")).rejects.toThrow();
    expect((await f.call("/v2/users")).status).toBe(200);
  });

  test("a fault for the token endpoint applies to token requests only when its path is named", async () => {
    const f = await start();
    const tokens = await connectByOAuth(f);
    f.server.faults.inject({ kind: "status", status: 503, pathPrefix: "/oauth2/generate-customer-token" });
    const failed = await tokenRequest(f, { grant_type: "refresh_token", refresh_token: tokens.refresh_token });
    expect(failed.status).toBe(503);
    // The faulted request never reached the grant, so the refresh token is still good.
    expect((await tokenRequest(f, { grant_type: "refresh_token", refresh_token: tokens.refresh_token })).status).toBe(200);
  });

  test("POST /__faults queues faults from another process; GET lists them; DELETE clears them", async () => {
    const f = await start();
    const queued = await postFaults(f, [{ kind: "status", status: 500, count: 2 }, { kind: "drop" }]);
    expect(queued.status).toBe(200);
    const listed = (await (await fetch(`${f.server.url}/__faults`)).json()) as { pending: { remaining: number }[] };
    expect(listed.pending.map((p) => p.remaining)).toEqual([2, 1]);
    expect((await f.call("/v2/users")).status).toBe(500);
    expect((await fetch(`${f.server.url}/__faults`, { method: "DELETE" })).status).toBe(200);
    expect((await f.call("/v2/users")).status).toBe(200);
  });

  test.each([
    ["an unknown kind", { kind: "explode" }],
    ["a status out of range", { kind: "status", status: 200 }],
    ["a count of 0", { kind: "drop", count: 0 }],
    ["latency without ms", { kind: "latency" }],
  ])("POST /__faults with %s is 400 and queues nothing", async (_label, spec) => {
    const f = await start();
    const response = await postFaults(f, spec);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).not.toBe("");
    expect(f.server.faults.pending()).toEqual([]);
  });

  test("in-process, an invalid fault throws", async () => {
    const f = await start();
    expect(() => {
      // @ts-expect-error: a kind the type does not allow, as a careless test might send
      f.server.faults.inject({ kind: "explode" });
    }).toThrow(TypeError);
  });
});
