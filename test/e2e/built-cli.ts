import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The package bin as built by `npm run build` (npm run test:e2e builds first). */
export const CLI = fileURLToPath(new URL("../../dist/src/cli.js", import.meta.url));

/** Builds once when dist is missing (a bare `vitest run test/e2e`). tsc emits even when other files have type errors. */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  spawnSync(process.execPath, [fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url)), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  if (!existsSync(CLI)) throw new Error(`could not build ${CLI}`);
}

export interface StdioSession {
  readonly client: Client;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  stderr(): string;
  close(): Promise<void>;
}

/**
 * A real SDK client that spawns the built CLI over stdio, as an MCP host does. The child gets only the
 * SDK's default environment plus `env`: no Gong credentials, so it serves the demo workspace.
 */
export async function startStdio(userId: string, env: Record<string, string> = {}, flags: readonly string[] = []): Promise<StdioSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, "stdio", "--user-id", userId, ...flags],
    env: { GONG_MCP_LOG_LEVEL: "warn", ...env },
    stderr: "pipe",
    cwd: ROOT,
  });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const client = new Client({ name: "gong-mcp-e2e", version: "1.0.0" });
  await client.connect(transport);
  return {
    client,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult,
    stderr: () => stderr,
    close: () => client.close(),
  };
}

export function textOf(result: CallToolResult): string {
  const first = result.content[0];
  return first?.type === "text" ? first.text : "";
}
