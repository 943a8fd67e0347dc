import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { textOf, type StdioSession } from "./built-cli.js";
import { ensureFreshBuild } from "./cli-process.js";
import {
  admin,
  connectViaCli,
  disconnectViaCli,
  GONG_TOOLS,
  listChanges,
  oauthEnv,
  startFake,
  startGongStdio,
  toolNames,
  useScope,
} from "./fake-gong-server-kit.js";

beforeAll(ensureFreshBuild, 120_000);
const scope = useScope();

/** Contract section 4: a running stdio server notices another process's connect or disconnect this fast. */
const PICKUP_MS = 5_000;
const USER = DEMO_USERS.manager_report_to_them;

const gongToolsListed = async (session: StdioSession): Promise<string[]> =>
  (await toolNames(session)).filter((name) => GONG_TOOLS.includes(name)).sort();

/** A read that always reaches Gong (flows are never cached) and answers for every user. */
async function readFlows(session: StdioSession): Promise<void> {
  const flows = await session.call("gong_engage_flows_list");
  expect(flows.isError, textOf(flows)).toBeFalsy();
}

describe("an OAuth connection made and removed by other processes", () => {
  test("not connected: no Gong tools and not_connected; connect and disconnect elsewhere show within 5 s with list_changed", async () => {
    const fake = await startFake(scope);
    const env = await oauthEnv(fake, scope);
    const session = await startGongStdio(scope, USER, env);
    const changes = listChanges(session);

    expect(await gongToolsListed(session)).toEqual([]);
    const refused = await session.call("list_gong_calls");
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/^not_connected: /);
    expect((await admin.stats(fake)).apiRequests).toBe(0); // nothing was sent without a connection

    await connectViaCli(scope, env);
    await changes.reach(1, PICKUP_MS);
    expect(await gongToolsListed(session)).toEqual([...GONG_TOOLS].sort());
    const me = await session.call("get_gong_user_details");
    expect(me.structuredContent).toMatchObject({ user: { id: USER } });
    const calls = await session.call("list_gong_calls", { limit: 3 });
    expect(calls.isError, textOf(calls)).toBeFalsy();
    expect((calls.structuredContent as { calls: unknown[] }).calls).toHaveLength(3);

    await disconnectViaCli(env);
    await changes.reach(2, PICKUP_MS);
    expect(await gongToolsListed(session)).toEqual([]);
    // Nothing answers from what was read while connected: the cache went with the connection.
    for (const tool of ["list_gong_calls", "get_gong_user_details"]) expect(textOf(await session.call(tool))).toMatch(/^not_connected: /);
    expect(changes.count()).toBe(2);
  }, 30_000);
});

describe("token expiry and refresh", () => {
  test("tokens living 2 s are refreshed before use, once, without a 401; reads across expiries keep working", async () => {
    const ttlMs = 2_000;
    const fake = await startFake(scope, { accessTokenTtlSeconds: ttlMs / 1000 });
    const env = await oauthEnv(fake, scope);
    await connectViaCli(scope, env);
    const session = await startGongStdio(scope, USER, env);
    await readFlows(session); // loads the directory too (and may refresh on the way)

    // Whatever token was used last is expired by every clock now: the next request must refresh first.
    await sleep(ttlMs + 200);
    const before = await admin.stats(fake);
    await readFlows(session);
    const after = await admin.stats(fake);
    expect(after.tokenRequests - before.tokenRequests).toBe(1);
    expect(after.unauthorized).toBe(before.unauthorized);

    // Reads every 200 ms through more than one more lifetime.
    const until = Date.now() + ttlMs * 1.25;
    let reads = 0;
    while (Date.now() < until) {
      await readFlows(session);
      reads += 1;
      await sleep(200);
    }
    const end = await admin.stats(fake);
    expect(end.tokenRequests - after.tokenRequests).toBeGreaterThanOrEqual(1);
    expect(end.byPath["/v2/flows"] ?? 0).toBeGreaterThanOrEqual(reads + 2);
    expect(end.rateLimited).toBe(0);
  }, 30_000);

  test("a token Gong expired early: the 401 is answered by one refresh and the call still works", async () => {
    const fake = await startFake(scope);
    const env = await oauthEnv(fake, scope);
    await connectViaCli(scope, env);
    const session = await startGongStdio(scope, USER, env);
    await readFlows(session);

    const before = await admin.stats(fake);
    expect(await admin.expireTokens(fake)).toBe(1);
    await readFlows(session);
    const after = await admin.stats(fake);
    expect(after.unauthorized - before.unauthorized).toBe(1);
    expect(after.tokenRequests - before.tokenRequests).toBe(1);
    expect((after.byPath["/v2/flows"] ?? 0) - (before.byPath["/v2/flows"] ?? 0)).toBe(2); // refused, then re-sent

    await readFlows(session); // the new token is kept: no further refresh
    const last = await admin.stats(fake);
    expect(last.tokenRequests).toBe(after.tokenRequests);
    expect(last.unauthorized).toBe(after.unauthorized);
  }, 30_000);
});
