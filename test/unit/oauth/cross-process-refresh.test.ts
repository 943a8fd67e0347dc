import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, expect, test } from "vitest";
import { fileStore, KEY_HEX, tempDataDir } from "../credentials/temp-store.js";
import { ManualClock } from "./manual-clock.js";
import { startTokenStub, stubOAuthEnv, type TokenStub } from "./token-endpoint-stub.js";

const run = promisify(execFile);
const worker = fileURLToPath(new URL("./refresh-worker.ts", import.meta.url));
let stub: TokenStub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

test("three real processes sharing a data dir send ONE refresh between them and all get its token", async () => {
  stub = await startTokenStub({ delayMs: 1500 }) // long enough for the workers to overlap;
  stub.accept("refresh-0");
  const clock = new ManualClock();
  const dir = await tempDataDir();
  await fileStore(dir).write({
    method: "oauth",
    accessToken: "access-0",
    refreshToken: "refresh-0",
    issuedAt: clock.now() - 990_000,
    expiresAt: clock.now() + 10_000,
    scopes: [],
    apiBaseUrl: null,
  });
  const env = { ...process.env, ...stubOAuthEnv(stub.url), GONG_MCP_DATA_DIR: dir, GONG_MCP_ENCRYPTION_KEY: KEY_HEX, WORKER_NOW: String(clock.now()) };
  const outputs = await Promise.all([1, 2, 3].map(() => run(process.execPath, ["--import", "tsx", worker], { env })));
  const tokens = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
  expect(tokens).toEqual(Array(15).fill("access-1"));
  expect(stub.refreshes()).toHaveLength(1);
  expect(await fileStore(dir).read()).toMatchObject({ accessToken: "access-1", refreshToken: "refresh-1" });
}, 30_000);
