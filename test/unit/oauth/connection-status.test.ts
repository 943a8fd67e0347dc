import { describe, expect, test } from "vitest";
import { InMemoryCredentialStore } from "../../support/in-memory-credential-store.js";
import { AccessKeyCredentials } from "../../../src/adapters/oauth/access-key-credentials.js";
import { connectionStatus } from "../../../src/application/connection/connection-status.js";
import { OrgCredentialsChain } from "../../../src/adapters/oauth/org-credentials-chain.js";
import { TokenManager } from "../../../src/adapters/oauth/token-manager.js";
import type { StoredConnection } from "../../../src/application/ports/credential-store.js";
import { fileStore, OTHER_KEY_HEX, tempDataDir } from "../credentials/temp-store.js";
import { ManualClock } from "./manual-clock.js";

const stored: StoredConnection = {
  method: "oauth",
  accessToken: "secret-access",
  refreshToken: "secret-refresh",
  issuedAt: Date.parse("2026-11-26T12:00:00Z"),
  expiresAt: Date.parse("2026-11-27T12:00:00Z"),
  scopes: ["api:users:read", "api:calls:read:basic"],
  apiBaseUrl: "https://us-1.api.gong.io",
};

describe("connectionStatus", () => {
  test("not connected", async () => {
    expect(await connectionStatus({ store: new InMemoryCredentialStore(), accessKeyConfigured: false })).toEqual({
      ok: true,
      value: { connected: false, method: null, expires_at: null, scopes: [] },
    });
    expect(await connectionStatus({ store: null, accessKeyConfigured: false })).toMatchObject({ ok: true, value: { connected: false } });
  });

  test("OAuth: expiry and scopes, never a token; it wins over an access key", async () => {
    const status = await connectionStatus({ store: new InMemoryCredentialStore(stored), accessKeyConfigured: true });
    expect(status).toEqual({
      ok: true,
      value: { connected: true, method: "oauth", expires_at: "2026-11-27T12:00:00.000Z", scopes: ["api:users:read", "api:calls:read:basic"] },
    });
    expect(JSON.stringify(status)).not.toMatch(/secret|us-1\.api/);
  });

  test("access key", async () => {
    expect(await connectionStatus({ store: new InMemoryCredentialStore(), accessKeyConfigured: true })).toEqual({
      ok: true,
      value: { connected: true, method: "access_key", expires_at: null, scopes: [] },
    });
  });

  test("a file that cannot be opened is an error, not 'disconnected'", async () => {
    const dir = await tempDataDir();
    await fileStore(dir, OTHER_KEY_HEX).write(stored);
    const status = await connectionStatus({ store: fileStore(dir), accessKeyConfigured: false });
    expect(status).toMatchObject({ ok: false, error: { reason: "ForeignKey" } });
  });
});

describe("access key mode", () => {
  test("both variables give a Basic header for GONG_BASE_URL; a 401 is Unauthorized naming the variables", async () => {
    const parsed = AccessKeyCredentials.fromEnv({ GONG_ACCESS_KEY: "key", GONG_ACCESS_KEY_SECRET: "shh-secret" }, "https://api.gong.io");
    if (!parsed.ok || parsed.value === null) throw new Error("did not parse");
    const auth = await parsed.value.current();
    expect(auth).toEqual({ ok: true, value: { header: `Basic ${Buffer.from("key:shh-secret").toString("base64")}`, baseUrl: "https://api.gong.io" } });
    const refused = await parsed.value.afterUnauthorized();
    expect(refused.ok || refused.error).toMatchObject({ _tag: "Unauthorized" });
    expect(JSON.stringify(refused)).toContain("GONG_ACCESS_KEY");
    expect(JSON.stringify([refused, parsed.value])).not.toContain("shh-secret");
  });

  test("neither variable: not configured; only one: a line naming the missing one", () => {
    expect(AccessKeyCredentials.fromEnv({}, "https://api.gong.io")).toEqual({ ok: true, value: null });
    const noSecret = AccessKeyCredentials.fromEnv({ GONG_ACCESS_KEY: "k" }, "x");
    expect(noSecret.ok || noSecret.error).toMatch(/^GONG_ACCESS_KEY_SECRET is not set/);
    const noKey = AccessKeyCredentials.fromEnv({ GONG_ACCESS_KEY_SECRET: "s" }, "x");
    expect(noKey.ok || noKey.error).toMatch(/^GONG_ACCESS_KEY is not set/);
  });

  test("OrgCredentialsChain: the stored OAuth connection first, the access key when nothing is stored", async () => {
    const clock = new ManualClock(stored.issuedAt);
    const store = new InMemoryCredentialStore();
    const oauth = new TokenManager({ store, refresher: null, clock, defaultBaseUrl: "https://api.gong.io" });
    const key = new AccessKeyCredentials("key", "secret", "https://api.gong.io");
    const chain = new OrgCredentialsChain(oauth, key);
    const viaKey = await chain.current();
    expect(viaKey.ok && viaKey.value.header).toMatch(/^Basic /);
    await store.write(stored);
    expect(await chain.current()).toEqual({ ok: true, value: { header: "Bearer secret-access", baseUrl: "https://us-1.api.gong.io" } });
    expect(await new OrgCredentialsChain(null, null).current()).toEqual({ ok: false, error: { _tag: "NotConnected" } });
  });

  test("after Gong refused the refresh token: still connected until the token expires, then not; both say an admin must reconnect", async () => {
    const store = new InMemoryCredentialStore();
    await store.write({ ...stored, refreshToken: null });
    const before = await connectionStatus({ store, accessKeyConfigured: false }, () => stored.expiresAt - 60_000);
    expect(before).toMatchObject({ ok: true, value: { connected: true, problem: expect.stringContaining("must connect Gong again") as unknown } });
    const after = await connectionStatus({ store, accessKeyConfigured: false }, () => stored.expiresAt + 1);
    expect(after).toMatchObject({ ok: true, value: { connected: false, method: "oauth", problem: expect.stringContaining("has expired") as unknown } });
  });
});
