import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { demoWorkspace } from "../../../src/adapters/fake-gong/demo/demo-workspace.js";
import { parseDataset } from "../../../src/adapters/fake-gong/dataset.js";
import type { FakeGongServer } from "../../../src/adapters/fake-gong-http/fake-gong-server.js";
import type { WireGongGateway } from "../../../src/adapters/gong-wire/wire-gong-gateway.js";
import { errorOf, valueOf } from "../../support/use-case-kit.js";
import { accessKey, httpGateway, startQuietFake } from "../../contract/http-gateway-kit.js";

// Gong-like paging faults over the real HTTP adapter, each a row of the resilience issue's table. Before:
// a repeated or cycling cursor never yielded (a ping waited 13 s, then RangeError), a cursor that never
// ended spent the whole daily budget, and a record on two pages was listed twice.
const NOW = Date.now();
const WINDOW = { fromDateTime: new Date(NOW - 95 * 86_400_000).toISOString(), toDateTime: new Date(NOW + 86_400_000).toISOString() };
const EXTENSIVE = "/v2/calls/extensive";

let fake: FakeGongServer;
let gateway: WireGongGateway;
let lines: { message: string }[];
let expected: string[];

beforeEach(async () => {
  const dataset = parseDataset(demoWorkspace({ now: NOW }));
  if (!dataset.ok) throw new Error(dataset.error);
  // 260 calls, 50 a page: six pages.
  fake = await startQuietFake(dataset.value, { pageSize: 50, requestsPerSecond: 1_000 });
  const made = httpGateway(accessKey(fake), { requestsPerSecond: 500 });
  gateway = made.gateway;
  lines = made.lines;
  expected = valueOf(await gateway.callsInWindow(WINDOW)).map((call) => call.id);
});
afterEach(async () => {
  await fake.close();
});

/** The cursor Gong gives after page `n` (1-based) of the window, read from a clean pass. */
async function cursorAfterPage(n: number): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < n; page += 1) cursor = valueOf(await gateway.searchCalls(WINDOW, cursor)).nextCursor;
  if (cursor === null) throw new Error(`no page after ${n}`);
  return cursor;
}

describe("paging always ends", () => {
  test("a clean pass lists every call once", () => {
    expect(expected.length).toBeGreaterThan(200);
    expect(new Set(expected).size).toBe(expected.length);
  });

  test("a repeated cursor: upstream_error, logged, after a few pages", async () => {
    const second = await cursorAfterPage(1);
    // From here every page names `second` as its next page: page 2 (asked with `second`) repeats it.
    fake.faults.inject({ kind: "cursor", cursor: second, count: 10, pathPrefix: EXTENSIVE });
    const before = fake.stats().apiRequests;
    expect(errorOf(await gateway.callsInWindow(WINDOW))).toEqual({ _tag: "UpstreamFailed", reason: "Paging" });
    expect(fake.stats().apiRequests - before).toBeLessThanOrEqual(3);
    expect(lines.some((line) => line.message.includes("already returned"))).toBe(true);
  });

  test("a cycle A→B→A: upstream_error", async () => {
    const [a, b] = [await cursorAfterPage(1), await cursorAfterPage(2)];
    fake.faults.inject([
      { kind: "cursor", cursor: a, pathPrefix: EXTENSIVE },
      { kind: "cursor", cursor: b, pathPrefix: EXTENSIVE },
      { kind: "cursor", cursor: a, pathPrefix: EXTENSIVE },
    ]);
    expect(errorOf(await gateway.callsInWindow(WINDOW))).toEqual({ _tag: "UpstreamFailed", reason: "Paging" });
  });

  test("a cursor that never ends: stops at the page cap, far short of the daily budget", async () => {
    fake.faults.inject({ kind: "endless-cursor", count: 100_000, pathPrefix: EXTENSIVE });
    const before = fake.stats().apiRequests;
    expect(errorOf(await gateway.callsInWindow(WINDOW))).toEqual({ _tag: "UpstreamFailed", reason: "Paging" });
    expect(fake.stats().apiRequests - before).toBe(100);
  });

  test("the same record on two pages is listed once", async () => {
    fake.faults.inject({ kind: "overlap", count: 3, pathPrefix: EXTENSIVE });
    const ids = valueOf(await gateway.callsInWindow(WINDOW)).map((call) => call.id);
    expect(ids).toEqual(expected);
  });
});
