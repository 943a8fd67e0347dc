import { describe, expect, test } from "vitest";
import { InMemoryCredentialStore } from "../../support/in-memory-credential-store.js";
import { StateStore } from "../../../src/adapters/oauth/state-store.js";
import { ConnectGong, type OAuthRedirect } from "../../../src/application/connection/connect-gong.js";
import type { StoredConnection } from "../../../src/application/ports/credential-store.js";
import type { OAuthAuthorization } from "../../../src/application/ports/oauth-authorization.js";
import { err, ok, type Result } from "../../../src/domain/result.js";
import { ManualClock } from "../oauth/manual-clock.js";

const tokens: StoredConnection = {
  method: "oauth",
  accessToken: "access-1",
  refreshToken: "refresh-1",
  issuedAt: Date.parse("2026-11-26T12:00:00Z"),
  expiresAt: Date.parse("2026-11-27T12:00:00Z"),
  scopes: ["api:users:read"],
  apiBaseUrl: "https://us-1.api.gong.io",
};

/** Gong's side of the flow: a URL carrying the state, and an exchange that records every code it was sent. */
class StubOAuth implements OAuthAuthorization {
  readonly exchanged: string[] = [];
  constructor(private readonly answer: Result<StoredConnection, string> = ok(tokens)) {}
  authorizeUrl(state: string): string {
    return `https://app.gong.example/oauth2/authorize?client_id=c&state=${encodeURIComponent(state)}`;
  }
  exchangeCode(code: string): Promise<Result<StoredConnection, string>> {
    this.exchanged.push(code);
    return Promise.resolve(this.answer);
  }
}

/** A store that counts writes, or refuses them. */
class RecordingStore extends InMemoryCredentialStore {
  writes = 0;
  constructor(private readonly failure: Error | null = null) {
    super();
  }
  override async write(connection: StoredConnection): Promise<void> {
    if (this.failure !== null) throw this.failure;
    this.writes += 1;
    await super.write(connection);
  }
}

function setup(options: { answer?: Result<StoredConnection, string>; failure?: Error } = {}) {
  const clock = new ManualClock();
  const oauth = new StubOAuth(options.answer);
  const store = new RecordingStore(options.failure ?? null);
  return { clock, oauth, store, connect: new ConnectGong(oauth, new StateStore(clock), store) };
}

async function issuedState(connect: ConnectGong): Promise<string> {
  const state = new URL(await connect.begin()).searchParams.get("state");
  if (state === null) throw new Error("begin() gave a URL without a state");
  return state;
}

const redirect = (over: Partial<OAuthRedirect>): OAuthRedirect => ({ code: "code-1", state: null, error: null, ...over });

describe("ConnectGong", () => {
  test("begin() sends the admin to Gong with a fresh state each time", async () => {
    const { connect } = setup();
    const [first, second] = [await issuedState(connect), await issuedState(connect)];
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
  });

  test("the right state and a code store the exchanged tokens, once", async () => {
    const { connect, oauth, store } = setup();
    const state = await issuedState(connect);
    expect(await connect.complete(redirect({ state }))).toEqual({ ok: true, value: tokens });
    expect(oauth.exchanged).toEqual(["code-1"]);
    expect(store.writes).toBe(1);
    expect(await store.read()).toEqual(tokens);
  });

  test("the same state a second time is refused and stores nothing new", async () => {
    const { connect, oauth, store } = setup();
    const state = await issuedState(connect);
    await connect.complete(redirect({ state }));
    expect(await connect.complete(redirect({ state, code: "code-2" }))).toMatchObject({ ok: false, error: { kind: "refused" } });
    expect(oauth.exchanged).toEqual(["code-1"]);
    expect(store.writes).toBe(1);
  });

  test.each<[string, (state: string) => Partial<OAuthRedirect>, RegExp]>([
    ["a state this server never issued", () => ({ state: "forged-state" }), /state does not match/],
    ["no state", () => ({ state: null }), /state does not match/],
    ["an error from Gong", (state) => ({ state, error: "access_denied", code: null }), /did not authorize the connection \(access_denied\)/],
    ["an error from Gong without a state", () => ({ error: "access_denied" }), /did not authorize/],
    ["no code", (state) => ({ state, code: null }), /no authorization code/],
    ["an empty code", (state) => ({ state, code: "" }), /no authorization code/],
  ])("%s is refused, and nothing is exchanged or stored", async (_name, make, line) => {
    const { connect, oauth, store } = setup();
    const state = await issuedState(connect);
    const outcome = await connect.complete(redirect(make(state)));
    expect(outcome).toEqual({ ok: false, error: { kind: "refused", line: expect.stringMatching(line) as unknown } });
    expect(oauth.exchanged).toEqual([]);
    expect(await store.read()).toBeNull();
  });

  test("an error code that does not look like an OAuth code is not echoed", async () => {
    const { connect } = setup();
    const outcome = await connect.complete(redirect({ error: "<script>alert(1)</script>" }));
    expect(outcome).toMatchObject({ ok: false, error: { kind: "refused" } });
    expect(JSON.stringify(outcome)).not.toContain("script");
  });

  test("a state older than 10 minutes is refused", async () => {
    const { connect, clock, oauth, store } = setup();
    const state = await issuedState(connect);
    clock.advance(10 * 60_000 + 1);
    expect(await connect.complete(redirect({ state }))).toMatchObject({ ok: false, error: { kind: "refused" } });
    expect(oauth.exchanged).toEqual([]);
    expect(await store.read()).toBeNull();
  });

  test("a failed exchange is gong_failed with the adapter's line, and nothing is stored", async () => {
    const { connect, store } = setup({ answer: err("Gong refused the authorization code (invalid_grant)") });
    const state = await issuedState(connect);
    expect(await connect.complete(redirect({ state }))).toEqual({
      ok: false,
      error: { kind: "gong_failed", line: "Gong refused the authorization code (invalid_grant); nothing was stored" },
    });
    expect(await store.read()).toBeNull();
  });

  test("a store that cannot be written is not_stored, with its reason", async () => {
    const { connect } = setup({ failure: new Error("the data dir is read-only") });
    const state = await issuedState(connect);
    expect(await connect.complete(redirect({ state }))).toEqual({
      ok: false,
      error: { kind: "not_stored", line: "could not store the Gong connection: the data dir is read-only" },
    });
  });
});
