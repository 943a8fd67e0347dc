import { writeFile } from "node:fs/promises";
import { afterEach, describe, expect, test } from "vitest";
import { InMemoryCredentialStore } from "../../support/in-memory-credential-store.js";
import { GongOAuthClient } from "../../../src/adapters/oauth/gong-oauth-client.js";
import { parseOAuthConfig } from "../../../src/adapters/oauth/oauth-config.js";
import { TokenManager } from "../../../src/adapters/oauth/token-manager.js";
import type { CredentialStore, StoredConnection } from "../../../src/application/ports/credential-store.js";
import { fileStore, KEY_HEX, OTHER_KEY_HEX, tempDataDir } from "../credentials/temp-store.js";
import { ManualClock } from "./manual-clock.js";
import { CLIENT_SECRET, startTokenStub, stubOAuthEnv, type TokenStub, type TokenStubOptions } from "./token-endpoint-stub.js";

const DEFAULT_BASE = "https://api.gong.io";
let stub: TokenStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** A connection issued 990 s ago that expires in 10 s: well inside the last 10% of its life. */
const nearExpiry = (clock: ManualClock, n = 0): StoredConnection => ({
  method: "oauth",
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  issuedAt: clock.now() - 990_000,
  expiresAt: clock.now() + 10_000,
  scopes: ["api:users:read"],
  apiBaseUrl: null,
});

async function setup(options: TokenStubOptions = { delayMs: 100 }) {
  stub = await startTokenStub(options);
  stub.accept("refresh-0");
  const clock = new ManualClock();
  const parsed = parseOAuthConfig(stubOAuthEnv(stub.url));
  if (!parsed.ok || parsed.value === null) throw new Error("config");
  const config = parsed.value;
  const manager = (store: CredentialStore) =>
    new TokenManager({ store, refresher: new GongOAuthClient(config, { clock }), clock, defaultBaseUrl: DEFAULT_BASE });
  return { stub, clock, manager };
}

describe("TokenManager", () => {
  test("nothing stored: NotConnected, and no request to Gong", async () => {
    const { stub, manager } = await setup();
    expect(await manager(new InMemoryCredentialStore()).accessToken()).toEqual({ ok: false, error: { _tag: "NotConnected" } });
    expect(stub.requests).toHaveLength(0);
  });

  test("a token with plenty of life left is used as is, with Gong's base URL or GONG_BASE_URL", async () => {
    const { stub, clock, manager } = await setup();
    const fresh = { ...nearExpiry(clock), issuedAt: clock.now(), expiresAt: clock.now() + 86_400_000 };
    expect(await manager(new InMemoryCredentialStore(fresh)).accessToken()).toEqual({ ok: true, value: { token: "access-0", baseUrl: DEFAULT_BASE } });
    const regional = { ...fresh, apiBaseUrl: "https://eu-7.api.gong.io" };
    expect(await manager(new InMemoryCredentialStore(regional)).current()).toEqual({ ok: true, value: { header: "Bearer access-0", baseUrl: "https://eu-7.api.gong.io" } });
    expect(stub.requests).toHaveLength(0);
  });

  test("refreshes once less than 10% (at most 5 minutes) of the lifetime remains", async () => {
    const { stub, clock, manager } = await setup();
    const day: StoredConnection = { ...nearExpiry(clock), issuedAt: clock.now(), expiresAt: clock.now() + 86_400_000 };
    const tm = manager(new InMemoryCredentialStore(day));
    clock.advance(86_400_000 - 5 * 60_000 - 1);
    expect((await tm.accessToken()).ok && stub.refreshes()).toHaveLength(0);
    clock.advance(1);
    expect(await tm.accessToken()).toEqual({ ok: true, value: { token: "access-1", baseUrl: "https://us-4242.api.gong.io" } });
    expect(stub.refreshes()).toHaveLength(1);
  });

  test("concurrent calls near expiry share ONE refresh, and the new tokens are stored before use", async () => {
    const { stub, clock, manager } = await setup();
    const store = new InMemoryCredentialStore(nearExpiry(clock));
    const tm = manager(store);
    const results = await Promise.all(Array.from({ length: 10 }, () => tm.accessToken()));
    expect(stub.refreshes()).toHaveLength(1);
    expect(new Set(results.map((r) => r.ok && r.value.token))).toEqual(new Set(["access-1"]));
    expect(await store.read()).toMatchObject({ accessToken: "access-1", refreshToken: "refresh-1" });
  });

  test("two processes (two managers, two store instances on one file) refresh ONCE between them", async () => {
    const { stub, clock, manager } = await setup();
    const dir = await tempDataDir();
    await fileStore(dir).write(nearExpiry(clock));
    const [p1, p2] = [manager(fileStore(dir)), manager(fileStore(dir))];
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? p1 : p2).accessToken()));
    expect(stub.refreshes()).toHaveLength(1);
    expect(results.every((r) => r.ok && r.value.token === "access-1")).toBe(true);
    expect(await fileStore(dir).read()).toMatchObject({ accessToken: "access-1", refreshToken: "refresh-1" });
  });

  test("rotation: every refresh sends the latest refresh token, never one already sent", async () => {
    const { stub, clock, manager } = await setup({});
    const dir = await tempDataDir();
    await fileStore(dir).write(nearExpiry(clock));
    const managers = [manager(fileStore(dir)), manager(fileStore(dir))];
    for (let round = 0; round < 4; round += 1) {
      await Promise.all(managers.map((m) => m.accessToken()));
      clock.advance(86_400_000); // the new token is now expired too
    }
    const sent = stub.refreshes().map((r) => r.form["refresh_token"]);
    expect(sent).toEqual(["refresh-0", "refresh-1", "refresh-2", "refresh-3"]);
  });

  test("after a 401 it refreshes only if the failed token is still the stored one", async () => {
    const { stub, clock, manager } = await setup({});
    const fresh = { ...nearExpiry(clock), issuedAt: clock.now(), expiresAt: clock.now() + 86_400_000 };
    const store = new InMemoryCredentialStore(fresh);
    const [a, b] = [manager(store), manager(store)];
    const [ra, rb] = await Promise.all([a.refreshAfter401("access-0"), b.refreshAfter401("access-0")]);
    expect(ra.ok && ra.value.token).toBe("access-1");
    expect(rb.ok && rb.value.token).toBe("access-1"); // b found a's fresh token under the lock
    expect(stub.refreshes()).toHaveLength(1);
    const viaHeader = await a.afterUnauthorized({ header: "Bearer access-0", baseUrl: DEFAULT_BASE });
    expect(viaHeader.ok && viaHeader.value.header).toBe("Bearer access-1");
    expect(stub.refreshes()).toHaveLength(1);
  });

  test("a refused refresh token (invalid_grant) gives Unauthorized without secrets and is never sent again", async () => {
    const { stub, clock, manager } = await setup({});
    const expired = { ...nearExpiry(clock, 9), expiresAt: clock.now() - 1 };
    const store = new InMemoryCredentialStore(expired); // refresh-9 was never issued by the stub
    const tm = manager(store);
    const first = await tm.accessToken();
    expect(first).toMatchObject({ ok: false, error: { _tag: "Unauthorized" } });
    expect(await tm.refreshAfter401("access-9")).toMatchObject({ ok: false, error: { _tag: "Unauthorized" } });
    expect(await tm.accessToken()).toMatchObject({ ok: false, error: { _tag: "Unauthorized" } });
    expect(stub.refreshes()).toHaveLength(1);
    expect(await store.read()).toMatchObject({ refreshToken: null });
    const detail = first.ok ? "" : JSON.stringify(first.error);
    for (const secret of ["refresh-9", "access-9", CLIENT_SECRET]) expect(detail).not.toContain(secret);
  });

  test("a failed early refresh (Gong down) keeps using the still-valid token", async () => {
    const { clock, manager } = await setup({ reply: () => ({ status: 503, body: "down", contentType: "text/plain" }) });
    const tm = manager(new InMemoryCredentialStore(nearExpiry(clock)));
    expect(await tm.accessToken()).toEqual({ ok: true, value: { token: "access-0", baseUrl: DEFAULT_BASE } });
    clock.advance(10_000);
    expect(await tm.accessToken()).toEqual({ ok: false, error: { _tag: "UpstreamFailed", reason: "Status", status: 503 } });
  });

  test("a store encrypted with another key gives Unauthorized naming the problem, not the key or tokens", async () => {
    const { clock, manager } = await setup();
    const dir = await tempDataDir();
    await fileStore(dir, OTHER_KEY_HEX).write(nearExpiry(clock));
    const result = await manager(fileStore(dir)).accessToken();
    expect(result.ok || result.error).toMatchObject({ _tag: "Unauthorized" });
    expect(JSON.stringify(result)).toContain("encrypted with a different key");
    const text = JSON.stringify(result);
    for (const secret of [KEY_HEX, OTHER_KEY_HEX, "access-0", "refresh-0"]) expect(text).not.toContain(secret);
    await writeFile(fileStore(dir).path, "{}");
    expect(await manager(fileStore(dir)).accessToken()).toMatchObject({ ok: false, error: { _tag: "Unauthorized" } });
  });
});
