import { expect, test } from "vitest";
import { BatchingGongGateway } from "../../../src/adapters/batching/batching-gong-gateway.js";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import { inUpstreamScope } from "../../../src/adapters/upstream-scope.js";
import { valueOf } from "../../support/use-case-kit.js";
import { gatewaysClosedAfterEach } from "./gateway-kit.js";

const start = gatewaysClosedAfterEach();

// Before: the one shared directory load handed its failure to every call waiting on it, and none retried.
test("a shared load that fails when its first caller's time is up does not fail a waiter that still has time", { timeout: 20_000 }, async () => {
  const { gateway, fake } = await start();
  const cached = new CachingGongGateway(gateway);
  fake.faults.inject({ kind: "status", status: 503, count: 100_000 });
  const now = Date.now();
  const hurried = inUpstreamScope("ada", () => cached.listUsers(), { deadline: now + 1_200 });
  const patient = inUpstreamScope("bob", () => cached.listUsers(), { deadline: now + 15_000 });
  const first = await hurried;
  expect(first.value.ok).toBe(false);
  fake.faults.clear();
  expect(valueOf((await patient).value)).toHaveLength(2);
});

test("the same for lookups by call id coalesced into one batch", { timeout: 20_000 }, async () => {
  const { gateway, fake } = await start();
  const batched = new BatchingGongGateway(gateway);
  fake.faults.inject({ kind: "status", status: 503, count: 100_000 });
  const now = Date.now();
  const hurried = inUpstreamScope("ada", () => batched.getCalls(["301"]), { deadline: now + 1_200 });
  const patient = inUpstreamScope("bob", () => batched.getCalls(["301"]), { deadline: now + 15_000 });
  expect((await hurried).value.ok).toBe(false);
  fake.faults.clear();
  expect((await patient).value.ok).toBe(true);
});
