import { describe, expect, test } from "vitest";
import { inUpstreamScope } from "../../../src/adapters/upstream-scope.js";
import { errorOf, valueOf } from "../../support/use-case-kit.js";
import { gatewaysClosedAfterEach, timed } from "./gateway-kit.js";

const start = gatewaysClosedAfterEach();

describe("Gong asks us to slow down (429): waited out, retried, until the call's time is up", () => {
  test("its Retry-After is waited out, then the request succeeds", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 1 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(valueOf(value).map((w) => w.id)).toEqual(["101"]);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect((await stats()).apiRequests).toBe(2);
  });

  // Before: a 4-attempt cap counted the 429s, and 0 of 30 concurrent calls succeeded.
  test("four 429s in a row, 30 concurrent calls: all 30 succeed", { timeout: 30_000 }, async () => {
    const { gateway, fake } = await start({ fake: { requestsPerSecond: 100 }, gateway: { requestsPerSecond: 50 } });
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 1, count: 4 });
    const answers = await Promise.all(Array.from({ length: 30 }, () => gateway.listWorkspaces()));
    expect(answers.filter((answer) => answer.ok)).toHaveLength(30);
  });

  test("without Retry-After, the default wait applies", async () => {
    const { gateway, fake } = await start({ gateway: { exchange: { retry: { defaultRetryAfterMs: 200 } } } });
    fake.faults.inject({ kind: "status", status: 429, retryAfter: null });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(value.ok).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(190);
  });

  test("a Retry-After beyond the call's deadline: rate_limited at once, saying when to come back", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 3600 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    const error = errorOf(value);
    expect(error).toMatchObject({ _tag: "RateLimited", by: "gong" });
    expect(error._tag === "RateLimited" && Date.parse(error.resetsAt) - Date.now()).toBeGreaterThan(3_500_000);
    expect(ms).toBeLessThan(1_000);
    expect((await stats()).apiRequests).toBe(1);
  });

  test("Gong still answering 429 when the time runs out: rate_limited, within a second of the deadline", async () => {
    const { gateway, fake } = await start({ gateway: { exchange: { defaultDeadlineMs: 2_500 } } });
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 1, count: 100 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(errorOf(value)).toMatchObject({ _tag: "RateLimited", by: "gong" });
    expect(ms).toBeLessThan(3_500);
  });
});

describe("Gong fails (5xx, sockets, time): reads are retried until the call's time is up", () => {
  test("four 500s in a row, then an answer: success", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 500, count: 4 });
    expect(valueOf(await gateway.listUsers())).toHaveLength(2);
    expect((await stats()).apiRequests).toBe(5);
  });

  test("four dropped connections in a row, then an answer: success", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "drop", count: 4 });
    expect(valueOf(await gateway.listWorkspaces())).toHaveLength(1);
    expect((await stats()).apiRequests).toBe(5);
  });

  test("a lasting 5xx is upstream_error once the time is up, within a second of it, saying when to retry", async () => {
    const { gateway, fake, stats } = await start({ gateway: { exchange: { defaultDeadlineMs: 1_500 } } });
    fake.faults.inject({ kind: "status", status: 500, count: 1000 });
    const { value, ms } = await timed(() => gateway.listUsers());
    expect(errorOf(value)).toEqual({ _tag: "UpstreamFailed", reason: "Status", status: 500, retryInSeconds: 30 });
    expect(ms).toBeLessThan(2_500);
    expect((await stats()).apiRequests).toBeGreaterThan(3);
  });

  test("answers slower than the request timeout are abandoned and retried; the next quick one succeeds", async () => {
    const { gateway, fake, stats } = await start({ gateway: { exchange: { timeoutMs: 150 } } });
    fake.faults.inject({ kind: "latency", ms: 2_000, count: 3 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(valueOf(value)).toHaveLength(1);
    expect(ms).toBeLessThan(1_500);
    expect((await stats()).apiRequests).toBe(4);
  });

  test("a request is never given more time than the call has left", async () => {
    const { gateway, fake } = await start({ gateway: { exchange: { defaultDeadlineMs: 800 } } });
    fake.faults.inject({ kind: "latency", ms: 5_000, count: 10 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(errorOf(value)).toMatchObject({ _tag: "UpstreamFailed", reason: "Timeout" });
    expect(ms).toBeLessThan(1_800);
  });

  test("a cancelled call stops: nothing more is sent to Gong for it", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 503, count: 1000 });
    const cancel = new AbortController();
    const running = inUpstreamScope("ada", () => gateway.listUsers(), { signal: cancel.signal, deadline: Date.now() + 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    cancel.abort();
    const { value } = await running;
    expect(value.ok).toBe(false);
    const sent = (await stats()).apiRequests;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await stats()).apiRequests).toBe(sent);
  });
});

describe("the write (assign) is sent again only when Gong cannot have applied it", () => {
  const ASSIGN = "/v2/flows/prospects/assign";
  const assign = (gateway: Awaited<ReturnType<typeof start>>["gateway"]) => gateway.assignFlow("4000000000000000001", ["003A"], "ada@example.com");

  test("after a 5xx: never", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 500, pathPrefix: ASSIGN });
    expect(errorOf(await assign(gateway))).toMatchObject({ _tag: "UpstreamFailed", status: 500 });
    expect((await stats()).byPath[ASSIGN]).toBe(1);
  });

  test("after a dropped connection (Gong may have applied it): never", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "drop", pathPrefix: ASSIGN });
    expect(errorOf(await assign(gateway))).toMatchObject({ _tag: "UpstreamFailed", reason: "Transport" });
    expect((await stats()).byPath[ASSIGN]).toBe(1);
  });

  test("after a 429 (refused unprocessed): waited out and sent again, and Gong's own answer comes back", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 1, pathPrefix: ASSIGN });
    // The tiny dataset has no such flow: the second send reaches Gong, which says so.
    expect(errorOf(await assign(gateway))).toMatchObject({ _tag: "NotFound", what: "flow" });
    expect((await stats()).byPath[ASSIGN]).toBe(2);
  });
});

test("nothing is logged that could hold a secret", async () => {
  const { gateway, fake, lines } = await start();
  fake.faults.inject([{ kind: "status", status: 503 }, { kind: "drop" }]);
  valueOf(await gateway.listWorkspaces());
  const logged = JSON.stringify(lines);
  expect(lines.some((line) => line.fields?.["path"] === "/v2/workspaces" && line.fields["attempt"] === 3)).toBe(true);
  for (const secret of ["fake-secret", Buffer.from("fake-key:fake-secret").toString("base64"), "Basic", "authorization"]) {
    expect(logged).not.toContain(secret);
  }
});
