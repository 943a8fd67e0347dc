import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startFakeGongServer, type FakeGongServer } from "../../../src/adapters/fake-gong-http/fake-gong-server.js";
import { runConnect } from "../../../src/cli/commands/connect-command.js";
import { runStatus } from "../../../src/cli/commands/status-command.js";
import { freePort } from "../../support/free-port.js";

let fake: FakeGongServer;
const dirs: string[] = [];
beforeAll(async () => {
  fake = await startFakeGongServer({ log: () => undefined });
});
afterAll(async () => {
  await fake.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

test("the browser path: connect hands the URL to the opener, which follows the fake's redirect back", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "gong-mcp-connect-"));
  dirs.push(dataDir);
  const env = {
    GONG_MCP_DATA_DIR: dataDir,
    GONG_MCP_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    GONG_OAUTH_CLIENT_ID: "fake-client-id",
    GONG_OAUTH_CLIENT_SECRET: "fake-client-secret",
    GONG_OAUTH_REDIRECT_URI: `http://127.0.0.1:${await freePort()}/callback`,
    GONG_OAUTH_AUTHORIZE_URL: `${fake.url}/oauth2/authorize`,
    GONG_OAUTH_TOKEN_URL: `${fake.url}/oauth2/generate-customer-token`,
  };
  let page: Promise<Response> | undefined;
  const code = await runConnect({ timeoutSeconds: "10" }, env, (url) => {
    page = fetch(url); // a browser: follows the 302 to the loopback redirect
  });
  expect(code).toBe(0);
  expect((await page)?.status).toBe(200);
  expect(fake.stats()).toMatchObject({ tokenRequests: 1, apiRequests: 0 }); // one code exchange, no API call

  let printed = "";
  expect(await runStatus(env, (line) => {
    printed += line;
  })).toBe(0);
  expect(JSON.parse(printed)).toMatchObject({ connected: true, method: "oauth" });
  expect(printed).not.toMatch(/fg[ar]_/);
});
