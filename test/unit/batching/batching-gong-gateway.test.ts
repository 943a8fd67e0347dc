import { describe, expect, test } from "vitest";
import { BatchingGongGateway } from "../../../src/adapters/batching/batching-gong-gateway.js";
import type { DomainError } from "../../../src/domain/errors.js";
import type { Result } from "../../../src/domain/result.js";
import { countedDemo, DEMO_CALL_IDS, demoGateway } from "../../support/counting-gateway.js";

const direct = demoGateway();
const UNKNOWN = "9999999999999999999";

function valueOf<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function batchedDemo() {
  const upstream = countedDemo();
  return { upstream, batching: new BatchingGongGateway(upstream.gateway) };
}

describe("BatchingGongGateway", () => {
  test("30 concurrent one-id transcript lookups share one upstream request, each answered with its own", async () => {
    const { upstream, batching } = batchedDemo();
    const ids = DEMO_CALL_IDS.slice(0, 30);
    const answers = await Promise.all(ids.map((id) => batching.getTranscripts([id])));
    expect(upstream.count("getTranscripts")).toBe(1);
    for (const [i, id] of ids.entries()) {
      expect(valueOf(answers[i]!)).toEqual(valueOf(await direct.getTranscripts([id])));
    }
  });

  test("250 concurrent distinct ids go up as batches of 100, 100 and 50", async () => {
    const { upstream, batching } = batchedDemo();
    const ids = DEMO_CALL_IDS.slice(0, 250);
    const answers = await Promise.all(ids.map((id) => batching.getCalls([id])));
    expect(upstream.sent.map((call) => (call.args[0] as readonly string[]).length)).toEqual([100, 100, 50]);
    expect(answers.map((answer) => valueOf(answer).map((call) => call.id))).toEqual(ids.map((id) => [id]));
  });

  test("an id asked by several callers is fetched once; each gets its distinct ids in the order asked", async () => {
    const { upstream, batching } = batchedDemo();
    const [a = "", b = "", c = ""] = DEMO_CALL_IDS;
    const answers = await Promise.all([
      batching.getDetailedCalls([b, a, b]),
      batching.getDetailedCalls([c, b]),
      batching.getDetailedCalls([a, a]),
    ]);
    expect(upstream.sent).toEqual([{ method: "getDetailedCalls", args: [[b, a, c]] }]);
    expect(answers.map((answer) => valueOf(answer).map((call) => call.id))).toEqual([[b, a], [c, b], [a]]);
  });

  test("a caller asking for an unknown id gets nothing while the others get theirs", async () => {
    const { batching } = batchedDemo();
    const [known = ""] = DEMO_CALL_IDS;
    const [unknown, mixed, found] = await Promise.all([
      batching.getCalls([UNKNOWN]),
      batching.getCalls([UNKNOWN, known]),
      batching.getCalls([known]),
    ]);
    expect(unknown).toEqual({ ok: true, value: [] });
    expect(valueOf(mixed).map((call) => call.id)).toEqual([known]);
    expect(valueOf(found)).toEqual(valueOf(await direct.getCalls([known])));
  });

  test("an upstream failure reaches every caller of its batch as the same error, and the next batch works", async () => {
    const { upstream, batching } = batchedDemo();
    const failure: DomainError = { _tag: "UpstreamFailed", reason: "Status", status: 503 };
    upstream.failWith(failure);
    const failed = await Promise.all(DEMO_CALL_IDS.slice(0, 5).map((id) => batching.getTranscripts([id])));
    expect(failed).toEqual(Array.from({ length: 5 }, () => ({ ok: false, error: failure })));
    upstream.failWith(null);
    const [first = ""] = DEMO_CALL_IDS;
    expect(valueOf(await batching.getTranscripts([first]))).toEqual(valueOf(await direct.getTranscripts([first])));
    expect(upstream.count("getTranscripts")).toBe(2);
  });

  // Before: a lone question waited the whole window (15 ms) for company that never came, on every lookup.
  test("a lookup with no one else to share it goes out at once, not after the window", async () => {
    const upstream = countedDemo();
    const batching = new BatchingGongGateway(upstream.gateway, { windowMs: 60_000, othersMayJoin: () => false });
    const waited = new Promise<"waited">((resolve) => setTimeout(() => { resolve("waited"); }, 1_000));
    const answer = await Promise.race([batching.getTranscripts([DEMO_CALL_IDS[0]!]), waited]);
    expect(answer).not.toBe("waited");
    expect(upstream.count("getTranscripts")).toBe(1);
  });

  test("ids asked in the same turn still share one request when no one else is running", async () => {
    const upstream = countedDemo();
    const batching = new BatchingGongGateway(upstream.gateway, { windowMs: 60_000, othersMayJoin: () => false });
    await Promise.all(DEMO_CALL_IDS.slice(0, 5).map((id) => batching.getTranscripts([id])));
    expect(upstream.count("getTranscripts")).toBe(1);
  });

  test("calls awaited one after another each cost one request", async () => {
    const { upstream, batching } = batchedDemo();
    for (const id of DEMO_CALL_IDS.slice(0, 3)) expect(valueOf(await batching.getCalls([id]))).toHaveLength(1);
    expect(upstream.count("getCalls")).toBe(3);
  });

  test("no ids: an empty answer and no request", async () => {
    const { upstream, batching } = batchedDemo();
    const answers = await Promise.all([batching.getCalls([]), batching.getDetailedCalls([]), batching.getTranscripts([])]);
    expect(answers).toEqual([0, 1, 2].map(() => ({ ok: true, value: [] })));
    expect(upstream.sent).toEqual([]);
  });

  test("every other method passes straight through, once per call", async () => {
    const { upstream, batching } = batchedDemo();
    expect(await batching.listUsers()).toEqual(await direct.listUsers());
    expect(await batching.listWorkspaces()).toEqual(await direct.listWorkspaces());
    const search = { fromDateTime: "2026-10-21T12:00:00.000Z", toDateTime: "2026-11-20T12:00:00.000Z" };
    expect(await batching.callsInWindow(search)).toEqual(await direct.callsInWindow(search));
    expect(upstream.sent.map((call) => call.method)).toEqual(["listUsers", "listWorkspaces", "callsInWindow"]);
  });
});
