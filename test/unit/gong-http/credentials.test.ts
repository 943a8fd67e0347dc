import { describe, expect, test } from "vitest";
import { OrgCredentialsChain } from "../../../src/adapters/oauth/org-credentials-chain.js";
import { errorOf, valueOf } from "../../support/use-case-kit.js";
import { httpGateway } from "../../contract/http-gateway-kit.js";
import { gatewaysClosedAfterEach } from "./gateway-kit.js";

const start = gatewaysClosedAfterEach();

describe("credentials", () => {
  test("an access token Gong expired: one refresh, one re-send, success", async () => {
    const { gateway, fake, stats } = await start({ auth: "oauth" });
    const before = await stats();
    const expired = (await (await fetch(`${fake.url}/__expire-tokens`, { method: "POST" })).json()) as { expired: number };
    expect(expired.expired).toBe(1);
    expect(valueOf(await gateway.listUsers())).toHaveLength(2);
    const after = await stats();
    expect(after.tokenRequests - before.tokenRequests).toBe(1);
    expect(after.apiRequests - before.apiRequests).toBe(2);
    expect(after.unauthorized - before.unauthorized).toBe(1);
  });

  test("Basic auth with a wrong secret is unauthorized, asked once", async () => {
    const { gateway, stats } = await start({ auth: { key: "fake-key", secret: "not-the-secret" } });
    expect(errorOf(await gateway.listUsers())).toMatchObject({ _tag: "Unauthorized" });
    expect((await stats()).apiRequests).toBe(1);
  });

  test("not connected: not_connected, asked before the budget (which a request that cannot go out must not spend)", async () => {
    const { gateway } = httpGateway(new OrgCredentialsChain(null, null), { dailyLimit: 0 });
    expect(errorOf(await gateway.listUsers())).toEqual({ _tag: "NotConnected" });
  });
});
