import { describe, expect, test } from "vitest";
import type { Logger } from "../../../src/application/ports/logger.js";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import { parseDataset } from "../../../src/adapters/fake-gong/dataset.js";
import { DEMO_WORKSPACE_IDS } from "../../../src/adapters/fake-gong/demo/demo-people.js";
import { demoWorkspace } from "../../../src/adapters/fake-gong/demo/demo-workspace.js";
import { FakeGongApi } from "../../../src/adapters/fake-gong/fake-gong-api.js";
import type { WireExchange, WireRequest } from "../../../src/adapters/gong-wire/wire-exchange.js";
import { WireGongGateway } from "../../../src/adapters/gong-wire/wire-gong-gateway.js";
import { err } from "../../../src/domain/result.js";

const NOW = Date.parse("2026-11-20T12:00:00Z");
const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** The demo fake behind an exchange that records every request and can be told to fail. */
function countedGateway() {
  const dataset = parseDataset(demoWorkspace({ now: NOW }));
  if (!dataset.ok) throw new Error(dataset.error);
  const api = new FakeGongApi(dataset.value, { now: () => NOW });
  const sent: WireRequest[] = [];
  let failing = false;
  const exchange: WireExchange = async (request) => {
    sent.push(request);
    await Promise.resolve();
    return failing ? err({ _tag: "UpstreamFailed", reason: "Transport" }) : { ok: true, value: api.handle(request) };
  };
  let clock = 1_000_000; // lru-cache reads a start time of 0 as "no TTL"
  const perf = { now: () => clock };
  const cached = new CachingGongGateway(new WireGongGateway(exchange, { logger: silent }), {
    directoryTtlMs: 1_000,
    callsTtlMs: 500,
    maxCalls: 1_000,
    transcriptsTtlMs: 2_000,
    maxTranscripts: 100,
    perf,
  });
  return {
    cached,
    sent,
    fail: (value: boolean) => (failing = value),
    advance: (ms: number) => (clock += ms),
  };
}

const lastMonth = { fromDateTime: "2026-10-21T12:00:00.000Z", toDateTime: "2026-11-20T12:00:00.000Z" };

describe("CachingGongGateway", () => {
  test("concurrent directory loads share one upstream request", async () => {
    const { cached, sent } = countedGateway();
    const answers = await Promise.all([cached.listUsers(), cached.listUsers(), cached.listUsers()]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(sent.filter((request) => request.path === "/v2/users")).toHaveLength(1);
  });

  test("the directory is reused until its TTL passes, then loaded again", async () => {
    const { cached, sent, advance } = countedGateway();
    await cached.listWorkspaces();
    advance(999);
    await cached.listWorkspaces();
    expect(sent).toHaveLength(1);
    advance(2);
    await cached.listWorkspaces();
    expect(sent).toHaveLength(2);
  });

  test("a failed load is shared by its waiters but never cached", async () => {
    const { cached, sent, fail } = countedGateway();
    fail(true);
    const [first, second] = await Promise.all([cached.listUsers(), cached.listUsers()]);
    expect(first?.ok).toBe(false);
    expect(second?.ok).toBe(false);
    expect(sent).toHaveLength(1);
    fail(false);
    const retried = await cached.listUsers();
    expect(retried.ok).toBe(true);
    expect(sent).toHaveLength(2);
  });

  test("a workspace's profile list and each profile's members are cached apart, until the TTL passes", async () => {
    const { cached, sent, advance } = countedGateway();
    const listed = await cached.listPermissionProfiles(DEMO_WORKSPACE_IDS.americas);
    if (!listed.ok) throw new Error(listed.error._tag);
    const [first, second] = listed.value.map((profile) => profile.id);
    await Promise.all([cached.listProfileMembers(first!), cached.listProfileMembers(first!)]);
    await cached.listPermissionProfiles(DEMO_WORKSPACE_IDS.americas);
    await cached.listProfileMembers(second!);
    await cached.listProfileMembers(first!);
    expect(sent.map((request) => [request.path, request.query])).toEqual([
      ["/v2/all-permission-profiles", { workspaceId: DEMO_WORKSPACE_IDS.americas }],
      ["/v2/permission-profile/users", { profileId: first }],
      ["/v2/permission-profile/users", { profileId: second }],
    ]);
    advance(1_001);
    await cached.listProfileMembers(first!);
    expect(sent).toHaveLength(4);
  });

  test("a failed members request is never cached", async () => {
    const { cached, sent, fail } = countedGateway();
    const listed = await cached.listPermissionProfiles(DEMO_WORKSPACE_IDS.emea);
    const id = listed.ok ? (listed.value[0]?.id ?? "") : "";
    fail(true);
    expect((await cached.listProfileMembers(id)).ok).toBe(false);
    fail(false);
    expect((await cached.listProfileMembers(id)).ok).toBe(true);
    expect(sent.map((request) => request.path)).toEqual([
      "/v2/all-permission-profiles",
      "/v2/permission-profile/users",
      "/v2/permission-profile/users",
    ]);
  });

  test("a lookup by id is remembered, found or not: a hidden call and a missing one cost the same, first and again", async () => {
    const { cached, sent } = countedGateway();
    const page = await cached.callsInWindow(lastMonth);
    if (!page.ok) throw new Error(page.error._tag);
    const [listed] = page.value;
    // A listed call is not answered by id from the listing: it costs what an id Gong does not know costs.
    const costOf = async (id: string): Promise<number> => {
      const before = sent.length;
      await cached.getCalls([id]);
      return sent.length - before;
    };
    expect([await costOf(listed!.id), await costOf("1234567890123456789")]).toEqual([1, 1]);
    expect([await costOf(listed!.id), await costOf("1234567890123456789")]).toEqual([0, 0]);
  });

  test("a transcript read is remembered until its time is up; only ids not yet read are fetched", async () => {
    const { cached, sent, advance } = countedGateway();
    const page = await cached.callsInWindow(lastMonth);
    if (!page.ok) throw new Error(page.error._tag);
    const [a, b] = page.value.map((call) => call.id);
    const transcriptReads = () => sent.filter((request) => request.path === "/v2/calls/transcript").length;
    const first = await cached.getTranscripts([a!]);
    expect(transcriptReads()).toBe(1);
    expect(await cached.getTranscripts([a!])).toEqual(first);
    expect(transcriptReads()).toBe(1);
    await cached.getTranscripts([a!, b!]);
    expect(transcriptReads()).toBe(2);
    expect((sent[sent.length - 1]!.body as { filter: { callIds: string[] } }).filter.callIds).toEqual([b]);
    advance(2_001);
    await cached.getTranscripts([a!]);
    expect(transcriptReads()).toBe(3);
  });

  test("only ids not yet looked up are fetched", async () => {
    const { cached, sent } = countedGateway();
    const page = await cached.callsInWindow(lastMonth);
    if (!page.ok) throw new Error(page.error._tag);
    const [seen] = page.value;
    await cached.getCalls([seen!.id]);
    const found = await cached.getCalls([seen!.id, "1234567890123456789"]);
    expect(found.ok && found.value.map((call) => call.id)).toEqual([seen!.id]);
    const last = sent[sent.length - 1]!;
    expect(last.path).toBe("/v2/calls/extensive");
    expect(JSON.stringify(last.body)).toContain("1234567890123456789");
    expect(JSON.stringify(last.body)).not.toContain(seen!.id);
  });

  test("clear forgets everything", async () => {
    const { cached, sent } = countedGateway();
    await cached.listUsers();
    cached.clear();
    await cached.listUsers();
    expect(sent).toHaveLength(2);
  });
});
