import { beforeAll, describe, expect, test } from "vitest";
import type { FakeGongStats } from "../../../src/adapters/fake-gong-http/request-stats.js";
import { inUpstreamScope } from "../../../src/adapters/upstream-scope.js";
import { errorOf, valueOf } from "../../support/use-case-kit.js";
import { gatewaysClosedAfterEach, timed } from "./gateway-kit.js";

const start = gatewaysClosedAfterEach();

describe("our limits keep us inside Gong's", () => {
  test("a spent daily budget answers rate_limited and sends nothing", async () => {
    const { gateway, stats } = await start({ gateway: { dailyLimit: 1 } });
    valueOf(await gateway.listWorkspaces());
    const refused = errorOf(await gateway.listWorkspaces());
    expect(refused).toMatchObject({ _tag: "RateLimited" });
    expect(refused._tag === "RateLimited" && Date.parse(refused.resetsAt)).toBeGreaterThan(Date.now());
    expect((await stats()).apiRequests).toBe(1);
  });

  test("no budget at all: zero requests reach Gong", async () => {
    const { gateway, stats } = await start({ gateway: { dailyLimit: 0 } });
    expect(errorOf(await gateway.listUsers())._tag).toBe("RateLimited");
    expect((await stats()).apiRequests).toBe(0);
  });

  describe("30 concurrent requests at 3 a second", () => {
    let run: Promise<{ readonly allOk: boolean; readonly ms: number; readonly stats: FakeGongStats }>;
    beforeAll(() => {
      run = (async () => {
        const { gateway, fake } = await start();
        const { value, ms } = await timed(() => Promise.all(Array.from({ length: 30 }, () => gateway.listWorkspaces())));
        return { allOk: value.every((answer) => answer.ok), ms, stats: fake.stats() };
      })();
    });

    test("all succeed, spread over at least 9 seconds", { timeout: 30_000 }, async () => {
      const { allOk, ms, stats } = await run;
      expect(allOk).toBe(true);
      // Each 429 Gong answered was waited out and sent again: nothing else was repeated.
      expect(stats.apiRequests).toBe(30 + stats.rateLimited);
      expect(ms).toBeGreaterThanOrEqual(9_000);
    });

    // Gong counts arrivals: without the scheduler's margin a cold connection pool delayed the first three
    // requests by 10-30 ms, and the fake answered 3-6 of 30 with 429 (8 of 8 runs).
    test("and Gong never answers 429", { timeout: 30_000 }, async () => {
      expect((await run).stats.rateLimited).toBe(0);
    });
  });

  test("the acting user is the queueing key: a user with one request passes another's backlog", async () => {
    // The fake allows more than we send, so that a stray 429 (the known gap above) cannot reorder the queue.
    const { gateway } = await start({ fake: { requestsPerSecond: 10 } });
    const done: string[] = [];
    const ask = (user: string, label: string) =>
      inUpstreamScope(user, async () => {
        valueOf(await gateway.listWorkspaces());
        done.push(label);
      });
    // Ada queues six requests (two seconds' worth at 3 a second), then Bob one.
    const ada = Array.from({ length: 6 }, (_, i) => ask("ada", `ada${i}`));
    await ask("bob", "bob");
    await Promise.all(ada);
    expect(done.indexOf("bob")).toBeLessThan(5);
  });
});
