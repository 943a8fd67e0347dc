import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-users.js";
import { startStdio, type StdioSession } from "./built-cli.js";
import { ensureFreshBuild } from "./cli-process.js";

/**
 * Issue 9: a process answers its first tools/list without loading what only a question needs: Effect Schema
 * (the wire decoders), inversify (the use cases' container) and the demo. Measured, not timed: the packages
 * the process resolved, recorded by a loader hook, before and after its first tool call.
 */
const dir = mkdtempSync(join(tmpdir(), "gong-mcp-imports-"));
const recorded = join(dir, "packages.txt");
const packages = (): string[] => readFileSync(recorded, "utf8").split("\n").filter(Boolean);
let session: StdioSession;

beforeAll(async () => {
  ensureFreshBuild();
  session = await startStdio(DEMO_USERS.admin_all, {
    NODE_OPTIONS: `--import ${new URL("./fixtures/record-imports.mjs", import.meta.url).href}`,
    RECORD_IMPORTS_TO: recorded,
  });
}, 120_000);
afterAll(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

test("the first tools/list needs neither the decoders nor the container; the first question loads both", async () => {
  const listed = await session.client.listTools();
  expect(listed.tools.map((tool) => tool.name)).toContain("list_gong_calls");
  expect(packages()).toContain("@modelcontextprotocol/sdk");
  expect(packages()).not.toContain("effect");
  expect(packages()).not.toContain("inversify");

  const answer = await session.call("get_gong_user_details");
  expect(answer.isError).not.toBe(true);
  expect(packages()).toContain("effect");
  expect(packages()).toContain("inversify");
});
