import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { FileDirectorySnapshot } from "../../../src/adapters/cache/directory-snapshot.js";
import { EncryptionKey } from "../../../src/adapters/credentials/encryption-key.js";
import { memoryLogger } from "../../support/memory-logger.js";

let dir: string;
let file: string;
let now: number;
const logged = memoryLogger();
const key = new EncryptionKey(randomBytes(32));
const snapshot = (sealWith: EncryptionKey | null = null) => new FileDirectorySnapshot({ file, key: sealWith, maxAgeMs: 300_000, logger: logged.logger, now: () => now });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "gong-mcp-directory-"));
  file = join(dir, "data", "directory.json");
  now = Date.parse("2026-12-06T10:00:00Z");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("FileDirectorySnapshot: the directory shared by processes on the data dir", () => {
  test("another instance (process) reads what one wrote, with its age, while it is fresh", async () => {
    await snapshot().write("users", [{ id: "1", emailAddress: "ada@example.com" }]);
    now += 60_000;
    expect(await snapshot().read("users")).toEqual({ value: [{ id: "1", emailAddress: "ada@example.com" }], ageMs: 60_000 });
    now += 240_000;
    expect(await snapshot().read("users")).toBeUndefined();
  });

  test("writes merge: entries of different keys live side by side", async () => {
    const one = snapshot();
    await one.write("users", ["u"]);
    await snapshot().write("workspaces", ["w"]);
    expect((await one.read("users"))?.value).toEqual(["u"]);
    expect((await one.read("workspaces"))?.value).toEqual(["w"]);
  });

  test("the file is the owner's only (0600), and sealed when an encryption key is configured", async () => {
    await snapshot(key).write("users", [{ emailAddress: "ada@example.com" }]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, "utf8")).not.toContain("ada@example.com");
    expect((await snapshot(key).read("users"))?.value).toEqual([{ emailAddress: "ada@example.com" }]);
    // Another key, or no key, reads nothing rather than something wrong.
    expect(await snapshot(new EncryptionKey(randomBytes(32))).read("users")).toBeUndefined();
    expect(await snapshot(null).read("users")).toBeUndefined();
  });

  test("a damaged file is ignored, and the next write replaces it", async () => {
    await snapshot().write("users", ["u"]);
    await writeFile(file, "{ damaged");
    expect(await snapshot().read("users")).toBeUndefined();
    await snapshot().write("users", ["v"]);
    expect((await snapshot().read("users"))?.value).toEqual(["v"]);
  });

  test("clear forgets everything", async () => {
    const one = snapshot();
    await one.write("users", ["u"]);
    await one.clear();
    expect(await snapshot().read("users")).toBeUndefined();
  });
});
