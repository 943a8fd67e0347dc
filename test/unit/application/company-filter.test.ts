import { expect, test } from "vitest";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import { CallerAccess } from "../../../src/application/caller-access.js";
import { ListCalls } from "../../../src/application/use-cases/list-calls.js";
import { DEMO_USERS } from "../../../src/adapters/fake-gong/demo/demo-users.js";
import { countedDemo, NOW } from "../../support/counting-gateway.js";
import { TestCursorCodec } from "../../support/test-cursor-codec.js";
import { valueOf } from "../../support/use-case-kit.js";

const window = { fromDateTime: new Date(NOW - 89 * 86_400_000).toISOString(), toDateTime: new Date(NOW).toISOString() };

test("company matches the CRM account name Gong links to a call, or an external party's email domain", async () => {
  const upstream = countedDemo();
  const gong = new CachingGongGateway(upstream.gateway);
  const list = new ListCalls(gong, new CallerAccess(gong), { now: () => NOW }, new TestCursorCodec());
  const actor = { userId: DEMO_USERS.admin_all };
  const byName = valueOf(await list.execute(actor, { ...window, limit: 100, filters: { company: "kestrel home" } })).calls;
  expect(byName.length).toBeGreaterThan(0);
  for (const call of byName) expect(call.crmObjects?.some((object) => object.type === "Account" && object.name === "Kestrel Home Health")).toBe(true);

  // The account's own domain finds calls with its people (external parties), whether or not Gong linked the account.
  const domain = byName.flatMap((call) => call.parties).find((party) => party.affiliation === "External" && party.emailAddress !== null)?.emailAddress?.split("@")[1] ?? "";
  const byDomain = valueOf(await list.execute(actor, { ...window, limit: 100, filters: { company: domain } })).calls;
  expect(byDomain.length).toBeGreaterThan(0);
  for (const call of byDomain) expect(call.parties.some((party) => party.emailAddress?.endsWith(`@${domain}`))).toBe(true);

  // Only a company filter reads the window with CRM context; a second one costs nothing more.
  const windowReads = () => upstream.sent.filter((sent) => sent.method === "callsInWindow").length;
  const before = windowReads();
  await list.execute(actor, { ...window, limit: 100, filters: { company: "brightwater" } });
  expect(windowReads()).toBe(before);
});
