import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { demoWorkspace, DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { ensureFreshBuild } from "./cli-process.js";
import { callIdsOf, httpSession, startHttp } from "./http-kit.js";
import { accessKeyEnv, admin, GONG_TOOLS, startFake, useScope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();

describe("while a call waits on Gong", () => {
  test("a client that sent a progressToken hears notifications/progress at least every 5 seconds", { timeout: 30_000 }, async () => {
    const fake = await startFake(scope);
    const server = await startHttp(scope, ["--auth", "none"], accessKeyEnv(fake, scope));
    const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.rep_own });
    await admin.faults(fake, { kind: "status", status: 429, retryAfter: 6, count: 1 });
    const heard: number[] = [];
    const started = Date.now();
    const answer = await session.client.callTool({ name: "get_gong_user_details", arguments: {} }, undefined, {
      onprogress: () => heard.push(Date.now() - started),
      timeout: 20_000,
    });
    expect(answer.isError).not.toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_500);
    expect(heard.length).toBeGreaterThanOrEqual(1);
    expect(heard[0]).toBeLessThanOrEqual(5_000);
  });

  test("a cancelled call stops: nothing more is sent to Gong for it", { timeout: 30_000 }, async () => {
    const fake = await startFake(scope);
    const server = await startHttp(scope, ["--auth", "none"], accessKeyEnv(fake, scope));
    const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.rep_own });
    // A 429 every second: a call that kept going would send about once a second.
    await admin.faults(fake, { kind: "status", status: 429, retryAfter: 1, count: 100_000 });
    const cancel = new AbortController();
    const call = session.client.callTool({ name: "get_gong_user_details", arguments: {} }, undefined, { signal: cancel.signal });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    cancel.abort();
    await expect(call).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sent = (await admin.stats(fake)).apiRequests;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await admin.stats(fake)).apiRequests).toBe(sent);
  });
});

describe("closed on doubt", () => {
  // Before: a call without isPrivate read as public, and a manager saw private calls of their reports.
  test("calls whose privacy Gong leaves out are private: a manager sees only those they took part in", { timeout: 30_000 }, async () => {
    const fake = await startFake(scope);
    const server = await startHttp(scope, ["--auth", "none"], accessKeyEnv(fake, scope));
    const manager = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.manager_report_to_them });
    const window = { from_date_time: new Date(Date.now() - 89 * 86_400_000).toISOString(), to_date_time: new Date().toISOString(), limit: 100 };
    const stated = callIdsOf(await manager.call("list_gong_calls", window));
    const dataset = demoWorkspace({ now: Date.now() });
    const hosts = new Map((dataset.calls ?? []).map((call) => [call.metaData.id, call]));
    // The same question a minute later (new window: nothing cached), with isPrivate left out of every call.
    await admin.faults(fake, { kind: "missing-field", field: "isPrivate", count: 1_000, pathPrefix: "/v2/calls/extensive" });
    const unstated = callIdsOf(await manager.call("list_gong_calls", { ...window, to_date_time: new Date(Date.now() + 1000).toISOString() }));
    expect(unstated.length).toBeGreaterThan(0);
    expect(unstated.length).toBeLessThan(stated.length);
    for (const id of unstated) {
      const call = hosts.get(id);
      const participants = new Set([call?.metaData.primaryUserId, ...(call?.parties ?? []).map((party) => party.userId)]);
      expect(participants.has(DEMO_USERS.manager_report_to_them), id).toBe(true);
    }
  });
});

describe("say what is wrong, where it is", () => {
  // Before: every call said "Gong could not be reached" while Gong saw nothing.
  test("a data dir that cannot be written: reported at start-up and by each failing call, naming the path; nothing reaches Gong", { timeout: 30_000 }, async () => {
    const fake = await startFake(scope);
    const blocker = join(scope.tempDir(), "a-file");
    writeFileSync(blocker, "not a directory");
    const dataDir = join(blocker, "data");
    const server = await startHttp(scope, ["--auth", "none"], { ...accessKeyEnv(fake, scope), GONG_MCP_DATA_DIR: dataDir });
    expect(server.cli.stderr()).toContain(`GONG_MCP_DATA_DIR ${dataDir} cannot be written`);
    const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.rep_own });
    const answer = await session.call("get_gong_user_details");
    expect(answer.isError).toBe(true);
    expect(answer.content[0]).toMatchObject({ text: expect.stringMatching(/^upstream_error: a problem on this server, not at Gong .*a-file\/data.*GONG_MCP_DATA_DIR/) as unknown });
    expect((await admin.stats(fake)).apiRequests).toBe(0);
  });
});

describe("read-only deployments (contract 5b)", () => {
  test("GONG_MCP_READ_ONLY=1: the assign tool is not listed, and a call to it is forbidden with nothing sent to Gong", { timeout: 30_000 }, async () => {
    const fake = await startFake(scope);
    const server = await startHttp(scope, ["--auth", "none"], { ...accessKeyEnv(fake, scope), GONG_MCP_READ_ONLY: "1" });
    const session = await httpSession(scope, server.mcpUrl, { "X-Gong-User-Id": DEMO_USERS.rep_own });
    const names = (await session.client.listTools()).tools.map((tool) => tool.name);
    expect(names.sort()).toEqual(GONG_TOOLS.filter((name) => name !== "gong_engage_flows_assign_to_prospect").sort());
    const before = (await admin.stats(fake)).apiRequests;
    const refused = await session.call("gong_engage_flows_assign_to_prospect", { flow_id: "1", crm_prospect_ids: ["a"] });
    expect(refused.isError).toBe(true);
    expect(refused.content[0]).toMatchObject({ text: expect.stringMatching(/^forbidden: this server is read-only/) as unknown });
    expect((await admin.stats(fake)).apiRequests).toBe(before);
  });
});
