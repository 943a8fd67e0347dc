import { describe, expect, test } from "vitest";
import { InMemoryCredentialStore } from "../../support/in-memory-credential-store.js";
import { StateStore } from "../../../src/adapters/oauth/state-store.js";
import { ConnectGong } from "../../../src/application/connection/connect-gong.js";
import { ConnectionAdmin } from "../../../src/application/connection/connection-admin.js";
import { ConnectionState } from "../../../src/application/connection/connection-state.js";
import { CredentialStoreError, type StoredConnection } from "../../../src/application/ports/credential-store.js";
import type { OAuthAuthorization } from "../../../src/application/ports/oauth-authorization.js";
import { ok } from "../../../src/domain/result.js";
import { memoryLogger } from "../../support/memory-logger.js";
import { ManualClock } from "../oauth/manual-clock.js";

const tokens: StoredConnection = {
  method: "oauth",
  accessToken: "access-secret",
  refreshToken: "refresh-secret",
  issuedAt: Date.parse("2026-11-26T12:00:00Z"),
  expiresAt: Date.parse("2026-11-27T12:00:00Z"),
  scopes: ["api:users:read"],
  apiBaseUrl: "https://us-1.api.gong.io",
};

const oauth: OAuthAuthorization = {
  authorizeUrl: (state) => `https://app.gong.example/oauth2/authorize?state=${state}`,
  exchangeCode: () => Promise.resolve(ok(tokens)),
};

const silent = memoryLogger().logger;
const NOT_SET_UP = "GONG_OAUTH_CLIENT_ID: expected the OAuth app's client id to connect Gong";

/** An admin over one in-memory store, with the ConnectionState its sessions would listen to. */
async function adminOver(options: { stored?: StoredConnection; accessKey?: boolean; fake?: boolean; /** Why connecting is not set up; unset: a working ConnectGong. */ connect?: string } = {}) {
  const store = new InMemoryCredentialStore(options.stored ?? null);
  const accessKeyConfigured = options.accessKey ?? false;
  const state = await ConnectionState.of(store, accessKeyConfigured, silent);
  const changes: boolean[] = [];
  state.onChange((connected) => changes.push(connected));
  const connect = options.connect ?? new ConnectGong(oauth, new StateStore(new ManualClock()), store);
  const admin = new ConnectionAdmin({ connect, sources: { store, accessKeyConfigured }, state, fake: options.fake ?? false });
  return { admin, store, state, changes };
}

describe("ConnectionAdmin", () => {
  test("the fake backend is always connected, to nothing an admin manages", async () => {
    const { admin } = await adminOver({ fake: true });
    expect(await admin.status()).toEqual({ connected: true, method: null, expires_at: null, scopes: [] });
  });

  test("a stored connection's status says OAuth and its expiry, never a token", async () => {
    const { admin } = await adminOver({ stored: tokens });
    const status = await admin.status();
    expect(status).toEqual({ connected: true, method: "oauth", expires_at: "2026-11-27T12:00:00.000Z", scopes: ["api:users:read"] });
    expect(JSON.stringify(status)).not.toContain("secret");
  });

  test("a store that cannot be read is disconnected, with the reason as the problem", async () => {
    const store = new InMemoryCredentialStore();
    store.read = () => Promise.reject(new CredentialStoreError("ForeignKey", "connection.json was sealed with another key"));
    const admin = new ConnectionAdmin({
      connect: NOT_SET_UP,
      sources: { store, accessKeyConfigured: false },
      state: await ConnectionState.of(store, false, silent),
      fake: false,
    });
    expect(await admin.status()).toEqual({
      connected: false,
      method: null,
      expires_at: null,
      scopes: [],
      problem: "connection.json was sealed with another key",
    });
  });

  test("disconnect clears the store and tells open sessions at once", async () => {
    const { admin, store, state, changes } = await adminOver({ stored: tokens });
    expect(state.isConnected()).toBe(true);
    expect(await admin.disconnect()).toEqual({ connected: false, method: null, expires_at: null, scopes: [] });
    expect(await store.read()).toBeNull();
    expect(state.isConnected()).toBe(false);
    expect(changes).toEqual([false]);
  });

  test("after a disconnect an access key in the environment stays in use", async () => {
    const { admin, store } = await adminOver({ stored: tokens, accessKey: true });
    expect(await admin.disconnect()).toEqual({ connected: true, method: "access_key", expires_at: null, scopes: [] });
    expect(await store.read()).toBeNull();
  });

  test("when connecting is not set up, beginConnect and completeConnect give that line", async () => {
    const { admin, store } = await adminOver({ connect: NOT_SET_UP });
    expect(await admin.beginConnect()).toEqual({ ok: false, error: NOT_SET_UP });
    expect(await admin.completeConnect({ code: "c", state: "s", error: null })).toEqual({ ok: false, error: { kind: "refused", line: NOT_SET_UP } });
    expect(await store.read()).toBeNull();
  });

  test("a completed connect stores the tokens and tells open sessions at once", async () => {
    const { admin, store, state, changes } = await adminOver();
    const begun = await admin.beginConnect();
    if (!begun.ok) throw new Error(begun.error);
    const issued = new URL(begun.value).searchParams.get("state");
    expect(await admin.completeConnect({ code: "c", state: issued, error: null })).toEqual({ ok: true, value: tokens });
    expect(await store.read()).toEqual(tokens);
    expect(state.isConnected()).toBe(true);
    expect(changes).toEqual([true]);
  });

  test("a refused connect changes nothing", async () => {
    const { admin, state, changes } = await adminOver();
    expect(await admin.completeConnect({ code: "c", state: "forged", error: null })).toMatchObject({ ok: false, error: { kind: "refused" } });
    expect(state.isConnected()).toBe(false);
    expect(changes).toEqual([]);
  });
});
