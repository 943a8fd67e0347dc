import { describe, expect, test } from "vitest";
import { errorOf, valueOf } from "../application/use-case-kit.js";
import { gatewaysClosedAfterEach, timed } from "./gateway-kit.js";

const start = gatewaysClosedAfterEach();

describe("Gong asks us to slow down (429)", () => {
  test("its Retry-After is waited out, then the request succeeds", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 1 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(valueOf(value).map((w) => w.id)).toEqual(["101"]);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect((await stats()).apiRequests).toBe(2);
  });

  test("without Retry-After, the default wait applies", async () => {
    const { gateway, fake } = await start({ gateway: { exchange: { retry: { defaultRetryAfterMs: 200 } } } });
    fake.faults.inject({ kind: "status", status: 429, retryAfter: null });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(value.ok).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(190);
  });

  test("a wait longer than the most we hold a user for answers upstream_error at once", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 429, retryAfter: 3600 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(errorOf(value)).toEqual({ _tag: "UpstreamFailed", reason: "Throttled", status: 429 });
    expect(ms).toBeLessThan(1_000);
    expect((await stats()).apiRequests).toBe(1);
  });
});

describe("Gong fails (5xx, sockets, time)", () => {
  test("5xx twice, then OK: the third attempt succeeds", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 503, count: 2 });
    expect(valueOf(await gateway.listUsers())).toHaveLength(2);
    expect((await stats()).apiRequests).toBe(3);
  });

  test("a persistent 5xx is upstream_error after maxAttempts", async () => {
    const { gateway, fake, stats } = await start({ gateway: { exchange: { maxAttempts: 3 } } });
    fake.faults.inject({ kind: "status", status: 500, count: 10 });
    expect(errorOf(await gateway.listUsers())).toEqual({ _tag: "UpstreamFailed", reason: "Status", status: 500 });
    expect((await stats()).apiRequests).toBe(3);
  });

  test("the flow assignment (a write) is never sent twice after a 5xx", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "status", status: 500, pathPrefix: "/v2/flows/prospects/assign" });
    const outcome = await gateway.assignFlow("4000000000000000001", ["003A"], "ada@example.com");
    expect(errorOf(outcome)).toMatchObject({ _tag: "UpstreamFailed", status: 500 });
    expect((await stats()).byPath["/v2/flows/prospects/assign"]).toBe(1);
  });

  test("a dropped socket is retried", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "drop" });
    expect(valueOf(await gateway.listWorkspaces())).toHaveLength(1);
    expect((await stats()).apiRequests).toBe(2);
  });

  test("sockets dropped every time: upstream_error Transport", async () => {
    const { gateway, fake } = await start({ gateway: { exchange: { maxAttempts: 2 } } });
    fake.faults.inject({ kind: "drop", count: 5 });
    expect(errorOf(await gateway.listWorkspaces())).toEqual({ _tag: "UpstreamFailed", reason: "Transport" });
  });

  test("an answer slower than the timeout is retried, and then it is a Timeout", async () => {
    const { gateway, fake, stats } = await start({ gateway: { exchange: { timeoutMs: 150, maxAttempts: 2 } } });
    fake.faults.inject({ kind: "latency", ms: 2_000, count: 2 });
    const { value, ms } = await timed(() => gateway.listWorkspaces());
    expect(errorOf(value)).toEqual({ _tag: "UpstreamFailed", reason: "Timeout" });
    expect(ms).toBeLessThan(1_000);
    expect((await stats()).apiRequests).toBe(2);
  });

  test("one slow answer, then a quick one: success", async () => {
    const { gateway, fake } = await start({ gateway: { exchange: { timeoutMs: 150 } } });
    fake.faults.inject({ kind: "latency", ms: 2_000 });
    expect(valueOf(await gateway.listWorkspaces())).toHaveLength(1);
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
});
