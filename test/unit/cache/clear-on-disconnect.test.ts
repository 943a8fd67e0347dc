import { expect, test } from "vitest";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import type { DirectorySnapshot } from "../../../src/adapters/cache/directory-snapshot.js";
import type { GongGateway } from "../../../src/application/ports/gong-gateway.js";
import { err } from "../../../src/domain/result.js";
import { aUser } from "../../arbitraries/domain-values.js";
import { StaticGongGateway } from "../../support/static-gong-gateway.js";

/** A snapshot shared "with other processes" whose clear takes a while, as a file removal under load does. */
function slowSnapshot(clearMs: number): DirectorySnapshot & { readonly stored: Map<string, unknown> } {
  const stored = new Map<string, unknown>();
  return {
    stored,
    read: (key) => Promise.resolve(stored.has(key) ? { value: stored.get(key), ageMs: 0 } : undefined),
    write: (key, value) => {
      stored.set(key, value);
      return Promise.resolve();
    },
    clear: () => new Promise((resolve) => setTimeout(() => { stored.clear(); resolve(); }, clearMs)),
  };
}

/** Gong before and after a disconnect: the directory, then NotConnected for everything. */
function switchable(): { readonly gong: GongGateway; readonly disconnect: () => void; readonly delayNext: (ms: number) => void } {
  const connected = new StaticGongGateway({ users: [aUser("1", { active: true })] });
  let isConnected = true;
  let delay = 0;
  const gong = Object.assign(Object.create(connected) as GongGateway, {
    listUsers: async () => {
      const wasConnected = isConnected;
      const wait = delay;
      delay = 0;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return wasConnected ? connected.listUsers() : err({ _tag: "NotConnected" } as const);
    },
  });
  return { gong, disconnect: () => { isConnected = false; }, delayNext: (ms) => { delay = ms; } };
}

// Before: clear() emptied the memory but not yet the shared snapshot, and the next question read the old
// connection's directory from it: after a disconnect, get_gong_user_details still answered (seen in e2e under load).
test("after a disconnect, nothing is answered from the old connection's snapshot, however slowly it is removed", async () => {
  const { gong, disconnect } = switchable();
  const snapshot = slowSnapshot(200);
  const cached = new CachingGongGateway(gong, undefined, snapshot);
  expect((await cached.listUsers()).ok).toBe(true);
  disconnect();
  cached.clear();
  expect(await cached.listUsers()).toEqual({ ok: false, error: { _tag: "NotConnected" } });
});

test("a read in flight when the connection changes is not written back to the snapshot or the cache afterwards", async () => {
  const { gong, disconnect, delayNext } = switchable();
  const snapshot = slowSnapshot(0);
  const cached = new CachingGongGateway(gong, undefined, snapshot);
  delayNext(100);
  const inFlight = cached.listUsers();
  await new Promise((resolve) => setTimeout(resolve, 10));
  disconnect();
  cached.clear();
  expect((await inFlight).ok).toBe(true); // it began while connected
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(snapshot.stored.size).toBe(0);
  expect(await cached.listUsers()).toEqual({ ok: false, error: { _tag: "NotConnected" } });
});
