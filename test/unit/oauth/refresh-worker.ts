// A separate OS process for the cross-process test: one store + one TokenManager on the shared data dir,
// asking for a token several times at once, then printing what it got as JSON on stdout.
import { EncryptedFileCredentialStore } from "../../../src/adapters/credentials/encrypted-file-credential-store.js";
import { parseEncryptionKey } from "../../../src/adapters/credentials/encryption-key.js";
import { GongOAuthClient } from "../../../src/adapters/oauth/gong-oauth-client.js";
import { parseOAuthConfig } from "../../../src/adapters/oauth/oauth-config.js";
import { TokenManager } from "../../../src/adapters/oauth/token-manager.js";

const key = parseEncryptionKey(process.env["GONG_MCP_ENCRYPTION_KEY"]);
const config = parseOAuthConfig(process.env);
if (!key.ok || !config.ok || config.value === null) throw new Error("worker misconfigured");
const clock = { now: () => Number(process.env["WORKER_NOW"]) };
const store = new EncryptedFileCredentialStore({ dataDir: process.env["GONG_MCP_DATA_DIR"] ?? "", key: key.value });
const manager = new TokenManager({ store, refresher: new GongOAuthClient(config.value, { clock }), clock, defaultBaseUrl: "https://api.gong.io" });
const results = await Promise.all(Array.from({ length: 5 }, () => manager.accessToken()));
process.stdout.write(JSON.stringify(results.map((r) => (r.ok ? r.value.token : r.error._tag))));
