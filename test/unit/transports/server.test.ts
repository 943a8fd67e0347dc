import { PassThrough } from "node:stream";
import { expect, test, vi } from "vitest";
import type { Logger } from "../../../src/application/ports/logger.js";
import { gateToolsOnConnection } from "../../../src/transports/mcp/connection-gate.js";
import { createMcpServer } from "../../../src/transports/mcp/server.js";
import { serveStdio } from "../../../src/transports/mcp/stdio.js";
import { CONTRACT_TOOLS } from "../../support/contract-tools.js";
import { connect } from "./in-memory-client.js";
import { MANAGER, tinyGateway, useCasesOver } from "./tiny-gong.js";

test("the Gong tools can be hidden from tools/list and shown again, and a hidden one still answers a call", async () => {
  const session = await connect();
  let connected = false;
  gateToolsOnConnection(session.served.server, session.served.gongToolNames, () => connected);
  expect(session.served.gongToolNames.size).toBe(CONTRACT_TOOLS.length);
  expect((await session.client.listTools()).tools).toEqual([]);
  expect((await session.call("get_gong_user_details")).isError).not.toBe(true);
  connected = true;
  expect((await session.client.listTools()).tools).toHaveLength(CONTRACT_TOOLS.length);
  await session.close();
});

test("servers of one tool table share one tools/list answer, each filtered on its own", async () => {
  const [first, second] = [await connect(), await connect()];
  gateToolsOnConnection(second.served.server, second.served.gongToolNames, () => false);
  expect((await first.client.listTools()).tools).toHaveLength(CONTRACT_TOOLS.length);
  expect((await second.client.listTools()).tools).toEqual([]);
  expect((await first.client.listTools()).tools).toHaveLength(CONTRACT_TOOLS.length);
  await Promise.all([first.close(), second.close()]);
});

test("the server introduces itself as gong-mcp with tools that can change", async () => {
  const session = await connect();
  expect(session.client.getServerVersion()).toMatchObject({ name: "gong-mcp", version: "0.0.0-test" });
  expect(session.client.getServerCapabilities()?.tools).toEqual({ listChanged: true });
  // A model that has no id yet is told where to start.
  expect(session.client.getInstructions()).toMatch(/search_gong_users .* list_gong_calls .* search_gong_transcripts/);
  await session.close();
});

test("serveStdio skips lines that are not JSON-RPC, logs them, and stops when stdin ends", async () => {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const warnings: string[] = [];
  const logger: Logger = { debug() {}, info() {}, error() {}, warn: (message) => warnings.push(message) };
  const answers: unknown[] = [];
  stdout.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n").filter((part) => part !== "")) answers.push(JSON.parse(line));
  });
  const served = serveStdio(createMcpServer(useCasesOver(), { userId: MANAGER }, { version: "0.0.0-test", logger }), { stdin, stdout, logger });

  stdin.write("garbage\n{\"not\":\"rpc\"}\n");
  stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" })}\n`);
  await vi.waitFor(() => {
    expect(answers).toEqual([{ jsonrpc: "2.0", id: 1, result: {} }]);
  });
  expect(warnings).toHaveLength(2);

  stdin.end();
  await expect(served).resolves.toBeUndefined();
});

test("serveStdio answers calls already asked for before it stops at the end of stdin", async () => {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const lines: string[] = [];
  stdout.on("data", (chunk: Buffer) => lines.push(...chunk.toString("utf8").split("\n").filter((line) => line !== "")));
  const slowGong = { ...tinyGateway, listUsers: () => new Promise<Awaited<ReturnType<typeof tinyGateway.listUsers>>>((resolve) => {
    setTimeout(() => void tinyGateway.listUsers().then(resolve), 30);
  }) };
  const served = serveStdio(createMcpServer(useCasesOver(slowGong), { userId: MANAGER }, { version: "0.0.0-test" }), { stdin, stdout });
  const request = (id: number, method: string, params: unknown) => `${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`;
  stdin.end(request(1, "tools/call", { name: "get_gong_user_details", arguments: {} }));
  await served;
  expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
    expect.objectContaining({ id: 1, result: expect.objectContaining({ structuredContent: expect.anything() as unknown }) as unknown }),
  ]);
});
