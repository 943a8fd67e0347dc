import { describe, expect, test } from "vitest";
import type { Logger } from "../../../src/application/ports/logger.js";
import { createFakeGongGateway } from "../../../src/adapters/fake-gong/fake-gong-gateway.js";
import { ids, manyCalls, smallDataset } from "./small-dataset.js";

/** Log lines are not what these tests are about. */
const quiet: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe("createFakeGongGateway: the wire gateway over the fake", () => {
  const gateway = createFakeGongGateway(smallDataset(), { logger: quiet, now: () => Date.UTC(2026, 5, 1) });

  test("reads users, profiles and calls in domain types", async () => {
    const users = await gateway.listUsers();
    expect(users.ok && users.value.map((u) => u.id)).toEqual([ids.ada, ids.bob, ids.cy, ids.dee]);
    const profiles = await gateway.listPermissionProfiles(ids.sales);
    expect(profiles.ok && profiles.value.length).toBe(3);
    const calls = await gateway.getCalls([ids.richCall, "1"]);
    expect(calls.ok && calls.value.map((c) => c.id)).toEqual([ids.richCall]);
  });

  test("an empty call window is empty, not an error", async () => {
    const calls = await gateway.callsInWindow({ fromDateTime: "2020-01-01T00:00:00Z", toDateTime: "2020-02-01T00:00:00Z" });
    expect(calls).toEqual({ ok: true, value: [] });
  });

  test("a window of many calls is read through the fake's cursors, each call once", async () => {
    const big = createFakeGongGateway({ ...smallDataset(), calls: manyCalls(150), transcripts: [] }, { logger: quiet });
    const calls = await big.callsInWindow({ fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2027-01-01T00:00:00Z" });
    expect(calls.ok && new Set(calls.value.map((call) => call.id)).size).toBe(150);
  });

  test("an assignment is seen by flowsForProspects", async () => {
    const assigned = await gateway.assignFlow(ids.companyFlow, ["00Q1"], "bob@acme.test");
    expect(assigned.ok && assigned.value.assigned.map((p) => p.crmProspectId)).toEqual(["00Q1"]);
    const flows = await gateway.flowsForProspects(["00Q1"]);
    expect(flows.ok && flows.value.map((p) => [p.flowId, p.status, p.ownerFullName])).toEqual([[ids.companyFlow, "Pending", "Bob Rep"]]);
  });

  test("a dataset that does not parse is a bug", () => {
    expect(() => createFakeGongGateway({ calls: [{}] } as never, { logger: quiet })).toThrow(/calls\[0\]\.metaData: is missing/);
  });
});
