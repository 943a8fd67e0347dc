import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { EncryptedFileCredentialStore } from "../../../src/adapters/credentials/encrypted-file-credential-store.js";
import { EncryptionKey } from "../../../src/adapters/credentials/encryption-key.js";

export const KEY_HEX = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
export const OTHER_KEY_HEX = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
export const key = (hex = KEY_HEX): EncryptionKey => new EncryptionKey(Buffer.from(hex, "hex"));

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh, not yet existing data dir under a temp dir that is removed after the test. */
export async function tempDataDir(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "gong-mcp-cred-"));
  made.push(root);
  return join(root, "data");
}

export const fileStore = (dataDir: string, hex = KEY_HEX): EncryptedFileCredentialStore =>
  new EncryptedFileCredentialStore({ dataDir, key: key(hex), pollIntervalMs: 100 });
