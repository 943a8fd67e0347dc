import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, expect } from "vitest";
import type { FaultSpec } from "../../src/adapters/fake-gong-http/fault-control.js";
import type { FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";
import { tinyDataset } from "../support/fake-gong-kit.js";
import { accessKey, httpGateway, startQuietFake } from "../contract/http-gateway-kit.js";

// Contract section 2: a call fails only when its time is up. Any run of 429s, 5xx answers and dropped
// connections that ends before the deadline ends in success, over the real HTTP adapter and fake Gong.
let fake: FakeGongServer;
beforeAll(async () => {
  fake = await startQuietFake(tinyDataset(), { requestsPerSecond: 1_000 });
});
afterAll(async () => {
  await fake.close();
});

const fault = fc.constantFrom<FaultSpec>(
  { kind: "status", status: 429, retryAfter: 0 },
  { kind: "status", status: 500 },
  { kind: "status", status: 502 },
  { kind: "status", status: 503 },
  { kind: "status", status: 504 },
  { kind: "drop" },
);

test.prop([fc.array(fault, { maxLength: 8 })], { numRuns: 30 })("any run of transient faults shorter than the deadline ends in success", async (faults) => {
  fake.faults.clear();
  if (faults.length > 0) fake.faults.inject(faults);
  const { gateway } = httpGateway(accessKey(fake), { requestsPerSecond: 500, exchange: { defaultDeadlineMs: 10_000 } });
  const before = fake.stats().apiRequests;
  const answer = await gateway.listUsers();
  expect(answer.ok).toBe(true);
  // Each fault cost one send, and the success one more: nothing was sent twice without need.
  expect(fake.stats().apiRequests - before).toBe(faults.length + 1);
});
