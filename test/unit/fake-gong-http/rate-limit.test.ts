import { describe, expect, test } from "vitest";
import { RateLimiter } from "../../../src/adapters/fake-gong-http/rate-limiter.js";
import { startFakeGongServer } from "../../../src/adapters/fake-gong-http/fake-gong-server.js";
import { connectByOAuth, gongErrorOf, KEY_AUTH, tinyDataset, tokenRequest, fakesClosedAfterEach } from "../../support/fake-gong-kit.js";

const start = fakesClosedAfterEach();

describe("fake Gong over HTTP: Gong's rate limits", () => {
  test("on the real clock, a 4th quick request gets 429 with an integer Retry-After and an error body", async () => {
    const server = await startFakeGongServer({ dataset: tinyDataset(), log: () => undefined });
    try {
      const get = (): Promise<Response> => fetch(`${server.url}/v2/workspaces`, { headers: { authorization: KEY_AUTH } });
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await get()).status);
      const limited = await get();
      // Three requests over loopback take far less than a second, so the 4th lands in the same window.
      expect(statuses).toEqual([200, 200, 200]);
      expect(limited.status).toBe(429);
      const retryAfter = limited.headers.get("retry-after") ?? "";
      expect(retryAfter).toMatch(/^\d+$/);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      await gongErrorOf(limited);
      expect(server.stats().rateLimited).toBe(1);
    } finally {
      await server.close();
    }
  });

  test("the window slides: one second after the first request, one more is admitted", async () => {
    const fake = await start();
    const { call, advance } = fake;
    for (let i = 0; i < 3; i += 1) {
      expect((await call("/v2/workspaces")).status).toBe(200);
      advance(300);
    }
    expect((await call("/v2/workspaces")).status).toBe(429); // at 900 ms: three in the window
    advance(100);
    expect((await call("/v2/workspaces")).status).toBe(200); // at 1000 ms the first has left it
    expect((await call("/v2/workspaces")).status).toBe(429);
  });

  test("the per-second limit is configurable", async () => {
    const fake = await start({ requestsPerSecond: 5 });
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await fake.call("/v2/workspaces")).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  test("the daily cap answers 429 until the next UTC day, with Retry-After counting down to it", async () => {
    const fake = await start({ dailyLimit: 2 });
    const { call, advance } = fake;
    expect((await call("/v2/workspaces")).status).toBe(200);
    advance(2000);
    expect((await call("/v2/workspaces")).status).toBe(200);
    advance(2000);
    const capped = await call("/v2/workspaces");
    expect(capped.status).toBe(429);
    // The clock started at 12:00:00 UTC and moved 4 s: 12 h minus 4 s remain in the day.
    expect(capped.headers.get("retry-after")).toBe(String(12 * 3600 - 4));
    advance(12 * 3600 * 1000);
    expect((await call("/v2/workspaces")).status).toBe(200);
  });

  test("OAuth token requests are not rate limited and do not use the API budget", async () => {
    const fake = await start();
    const tokens = await connectByOAuth(fake);
    for (let i = 0; i < 5; i += 1) {
      const refreshed = await tokenRequest(fake, { grant_type: "refresh_token", refresh_token: i === 0 ? tokens.refresh_token : "x" });
      expect(refreshed.status).not.toBe(429);
    }
    for (let i = 0; i < 3; i += 1) expect((await fake.call("/v2/workspaces")).status).toBe(200);
  });

  test("an unauthenticated request does not take a slot", async () => {
    const fake = await start();
    for (let i = 0; i < 5; i += 1) expect((await fake.call("/v2/workspaces", { auth: null })).status).toBe(401);
    expect((await fake.call("/v2/workspaces")).status).toBe(200);
  });
});

describe("RateLimiter", () => {
  test("never admits more than the limit in any 1-second window", () => {
    let now = 0;
    const limiter = new RateLimiter({ perSecond: 3, perDay: 1_000_000 }, () => now);
    const admitted: number[] = [];
    for (now = 0; now < 5000; now += 37) if (limiter.admit().admitted) admitted.push(now);
    for (const start of admitted) expect(admitted.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(3);
    expect(admitted.length).toBeGreaterThanOrEqual(15);
  });
});
