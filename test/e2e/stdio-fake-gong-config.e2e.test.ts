import { beforeAll, describe, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { ensureFreshBuild, linesOf, runCli, type CliEnv } from "./cli-process.js";
import { useScope } from "./fake-gong-server-kit.js";

beforeAll(ensureFreshBuild, 120_000);
const scope = useScope();

// Distinct values, so that a leak in the refusal line is plain to see.
const ACCESS_KEY = "ak-e2e-7f3a9c";
const ACCESS_SECRET = "as-e2e-secret-91b2d4";
const CLIENT_SECRET = "cs-e2e-secret-5e6f70";
const SHORT_KEY = "k3y-e2e-sh0rt";
const SECRETS = [ACCESS_KEY, ACCESS_SECRET, CLIENT_SECRET, SHORT_KEY];

const accessKey: CliEnv = { GONG_ACCESS_KEY: ACCESS_KEY, GONG_ACCESS_KEY_SECRET: ACCESS_SECRET };
const oauthApp: CliEnv = {
  GONG_OAUTH_CLIENT_ID: "fake-client-id",
  GONG_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
  GONG_OAUTH_REDIRECT_URI: "http://127.0.0.1:53682/gong/callback",
};

describe("a misconfigured real-Gong start is refused", () => {
  test.each<[variable: string, env: CliEnv]>([
    ["GONG_BASE_URL", { ...accessKey, GONG_BASE_URL: "ftp://x" }],
    ["GONG_MCP_ENCRYPTION_KEY", { ...oauthApp, GONG_MCP_ENCRYPTION_KEY: SHORT_KEY }],
    ["GONG_MCP_RATE_LIMIT_RPS", { ...accessKey, GONG_MCP_RATE_LIMIT_RPS: "abc" }],
    ["GONG_ACCESS_KEY_SECRET", { GONG_ACCESS_KEY: ACCESS_KEY }],
  ])("%s: one line naming it on stderr, nothing on stdout, a non-zero exit, no secret", async (variable, env) => {
    const dataDir = scope.tempDir();
    const run = await runCli(["stdio", "--user-id", DEMO_USERS.manager_report_to_them], {
      HOME: dataDir,
      GONG_MCP_DATA_DIR: dataDir,
      GONG_MCP_LOG_LEVEL: "warn",
      ...env,
    });
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stdout).toBe("");
    const lines = linesOf(run.stderr);
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    for (const secret of SECRETS) expect(run.stderr).not.toContain(secret);
  });
});
