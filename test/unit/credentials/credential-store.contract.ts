import { describe, expect, test } from "vitest";
import type { CredentialStore, StoredConnection } from "../../../src/application/ports/credential-store.js";

export const sampleConnection = (n = 1): StoredConnection => ({
  method: "oauth",
  accessToken: `access-token-secret-${n}`,
  refreshToken: `refresh-token-secret-${n}`,
  issuedAt: 1_700_000_000_000,
  expiresAt: 1_700_086_400_000,
  scopes: ["api:users:read", "api:calls:read:basic"],
  apiBaseUrl: "https://us-1234.api.gong.io",
});

/** Two handles on one store: the same object for the in-memory store, two instances on one file otherwise. */
export interface StorePair {
  readonly a: CredentialStore;
  readonly b: CredentialStore;
}

/** What every CredentialStore promises, run against each implementation. */
export function credentialStoreContract(name: string, make: () => Promise<StorePair>): void {
  describe(`CredentialStore contract: ${name}`, () => {
    test("starts empty, then reads back what was written, then is empty after clear", async () => {
      const { a } = await make();
      expect(await a.read()).toBeNull();
      await a.write(sampleConnection());
      expect(await a.read()).toEqual(sampleConnection());
      await a.clear();
      expect(await a.read()).toBeNull();
    });

    test("a second handle sees the first one's writes and clears", async () => {
      const { a, b } = await make();
      await a.write(sampleConnection(1));
      expect(await b.read()).toEqual(sampleConnection(1));
      await b.write(sampleConnection(2));
      expect(await a.read()).toEqual(sampleConnection(2));
      await b.clear();
      expect(await a.read()).toBeNull();
    });

    test("update stores what the change returns, and null leaves the connection as it is", async () => {
      const { a } = await make();
      await a.write(sampleConnection(1));
      expect(await a.update(() => Promise.resolve(null))).toEqual(sampleConnection(1));
      expect(await a.update((c) => Promise.resolve(c && { ...c, accessToken: "changed" }))).toMatchObject({ accessToken: "changed" });
      expect(await a.read()).toMatchObject({ accessToken: "changed" });
    });

    test("concurrent updates from two handles run one at a time, none lost", async () => {
      const { a, b } = await make();
      await a.write({ ...sampleConnection(), accessToken: "0" });
      const bump = (store: CredentialStore) =>
        store.update(async (c) => {
          const n = Number(c?.accessToken ?? "0");
          await new Promise((resolve) => setTimeout(resolve, 2)); // widen the race window
          return { ...sampleConnection(), accessToken: String(n + 1) };
        });
      await Promise.all(Array.from({ length: 10 }, (_, i) => bump(i % 2 === 0 ? a : b)));
      expect((await a.read())?.accessToken).toBe("10");
    });

    test("watch reports a change made through the other handle within 5 seconds, and stops when asked", async () => {
      const { a, b } = await make();
      let calls = 0;
      const changed = new Promise<void>((resolve) => {
        const stop = a.watch(() => {
          calls += 1;
          stop();
          resolve();
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 50)); // let the watcher take its first look
      const started = Date.now();
      await b.write(sampleConnection(3));
      await changed;
      expect(Date.now() - started).toBeLessThan(5000);
      await b.clear();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(calls).toBe(1);
    });
  });
}
