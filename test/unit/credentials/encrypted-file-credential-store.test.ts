import { mkdir, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { EncryptedFileCredentialStore } from "../../../src/adapters/credentials/encrypted-file-credential-store.js";
import { CredentialStoreError } from "../../../src/application/ports/credential-store.js";
import { credentialStoreContract, sampleConnection } from "./credential-store.contract.js";
import { fileStore, key, KEY_HEX, OTHER_KEY_HEX, tempDataDir } from "./temp-store.js";

credentialStoreContract("EncryptedFileCredentialStore", async () => {
  const dir = await tempDataDir();
  return { a: fileStore(dir), b: fileStore(dir) };
});

async function rejection(promise: Promise<unknown>): Promise<CredentialStoreError> {
  const caught: unknown = await promise.then(() => undefined, (e: unknown) => e);
  expect(caught).toBeInstanceOf(CredentialStoreError);
  return caught as CredentialStoreError;
}

const SECRETS = [KEY_HEX, OTHER_KEY_HEX, sampleConnection().accessToken, sampleConnection().refreshToken ?? ""];
const expectNoSecrets = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

describe("EncryptedFileCredentialStore", () => {
  test("the file is 0600 in a 0700 dir, one versioned envelope, with no token in clear", async () => {
    const dir = await tempDataDir();
    const store = fileStore(dir);
    await store.write(sampleConnection());
    expect((await stat(store.path)).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    const raw = await readFile(store.path, "utf8");
    const envelope = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(envelope).sort()).toEqual(["alg", "data", "iv", "kid", "tag", "v"]);
    expect(envelope).toMatchObject({ v: 1, alg: "A256GCM" });
    expect(Buffer.from(String(envelope["iv"]), "base64url")).toHaveLength(12);
    expectNoSecrets(raw);
  });

  test("every write uses a fresh IV", async () => {
    const store = fileStore(await tempDataDir());
    await store.write(sampleConnection());
    const first = JSON.parse(await readFile(store.path, "utf8")) as { iv: string };
    await store.write(sampleConnection());
    const second = JSON.parse(await readFile(store.path, "utf8")) as { iv: string };
    expect(second.iv).not.toBe(first.iv);
  });

  test("tampered ciphertext is reported as damaged, never silently read", async () => {
    const dir = await tempDataDir();
    const store = fileStore(dir);
    await store.write(sampleConnection());
    const envelope = JSON.parse(await readFile(store.path, "utf8")) as Record<string, string>;
    const data = Buffer.from(envelope["data"] ?? "", "base64url");
    data[0] = (data[0] ?? 0) ^ 1;
    await writeFile(store.path, JSON.stringify({ ...envelope, data: data.toString("base64url") }));
    const e = await rejection(fileStore(dir).read());
    expect(e.reason).toBe("Corrupt");
    expect(e.message).toMatch(/damaged or was tampered with/);
  });

  test("garbage and a newer format are reported, not overwritten", async () => {
    const dir = await tempDataDir();
    const store = fileStore(dir);
    await mkdir(dir, { recursive: true });
    await writeFile(store.path, "not json");
    expect((await rejection(store.read())).reason).toBe("Corrupt");
    await rejection(store.write(sampleConnection()));
    expect(await readFile(store.path, "utf8")).toBe("not json");
    await writeFile(store.path, JSON.stringify({ v: 2, alg: "X", kid: "k" }));
    expect((await rejection(store.read())).reason).toBe("UnsupportedVersion");
  });

  test("a file made with another key is named as such, left untouched by read, write and update, and clear discards it", async () => {
    const dir = await tempDataDir();
    await fileStore(dir, OTHER_KEY_HEX).write(sampleConnection(1));
    const store = fileStore(dir);
    const before = await readFile(store.path, "utf8");
    const e = await rejection(store.read());
    expect(e.reason).toBe("ForeignKey");
    expect(e.message).toContain("encrypted with a different key");
    expect(e.message).toContain("GONG_MCP_ENCRYPTION_KEY");
    expectNoSecrets(e.message);
    expect((await rejection(store.write(sampleConnection(2)))).reason).toBe("ForeignKey");
    expect((await rejection(store.update(() => Promise.resolve(sampleConnection(3))))).reason).toBe("ForeignKey");
    expect(await readFile(store.path, "utf8")).toBe(before);
    await store.clear();
    expect(await store.read()).toBeNull();
  });

  test("writes are atomic: a reader racing many writes only ever sees whole files, and no temp file stays", async () => {
    const dir = await tempDataDir();
    const writer = fileStore(dir);
    const reader = fileStore(dir);
    await writer.write(sampleConnection(0));
    let writing = true;
    const reads = (async () => {
      let seen = 0;
      while (writing) {
        const c = await reader.read(); // would throw Corrupt on a torn file
        expect(c?.accessToken).toMatch(/^access-token-secret-\d+x*$/);
        seen += 1;
      }
      return seen;
    })();
    for (let i = 1; i <= 40; i += 1) await writer.write({ ...sampleConnection(i), accessToken: `access-token-secret-${i}`.padEnd(100 + i * 50, "x") });
    writing = false;
    expect(await reads).toBeGreaterThan(0);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("a lock left by a crashed process is taken over once stale", async () => {
    const dir = await tempDataDir();
    const store = fileStore(dir);
    await mkdir(`${store.path}.lock`, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    await utimes(`${store.path}.lock`, old, old);
    await store.write(sampleConnection());
    expect(await store.read()).toEqual(sampleConnection());
  });

  test("a lock held by a live process makes update wait, then fail with Locked, naming no secret", async () => {
    const dir = await tempDataDir();
    const impatient = new EncryptedFileCredentialStore({ dataDir: dir, key: key(), lock: { waitMs: 300 } });
    await mkdir(`${impatient.path}.lock`, { recursive: true }); // fresh mtime: a live holder
    const e = await rejection(impatient.update(() => Promise.resolve(sampleConnection())));
    expect(e.reason).toBe("Locked");
    expectNoSecrets(e.message);
  });
});
