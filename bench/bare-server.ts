/**
 * The baseline: a bare MCP SDK server with one trivial tool, `echo`, and nothing else (no config, no logging,
 * no Gong). `node bare-server.js stdio` serves over stdio; `node bare-server.js http` serves Streamable HTTP
 * with stateful sessions (one McpServer per session, as the SDK's examples do) on a free loopback port and
 * prints `listening on http://127.0.0.1:PORT` on stderr, as `gong-mcp http` does.
 *
 * bench/run.ts transpiles this file to plain JavaScript before timing it, so that neither side pays for a
 * TypeScript loader at start-up.
 */
import { randomUUID } from "node:crypto";
import type { Request, Response } from "express";
import type { AddressInfo } from "node:net";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";

function bareServer(): McpServer {
  const server = new McpServer({ name: "bare", version: "1.0.0" });
  server.registerTool(
    "echo",
    { title: "Echo", description: "Echoes its input.", inputSchema: { text: z.string() }, annotations: { readOnlyHint: true } },
    ({ text }) => ({ content: [{ type: "text", text }] }),
  );
  return server;
}

async function serveStdio(): Promise<void> {
  await bareServer().connect(new StdioServerTransport());
}

async function serveHttp(): Promise<void> {
  const app = createMcpExpressApp();
  const sessions = new Map<string, StreamableHTTPServerTransport>();
  app.post("/mcp", async (req, res) => {
    const id = req.header("mcp-session-id");
    const existing = id === undefined ? undefined : sessions.get(id);
    if (existing !== undefined) {
      await existing.handleRequest(req, res, req.body);
      return;
    }
    if (id !== undefined || !isInitializeRequest(req.body)) {
      res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "no valid session" }, id: null });
      return;
    }
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sessionId) => {
        sessions.set(sessionId, transport);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
    };
    await bareServer().connect(transport);
    await transport.handleRequest(req, res, req.body);
  });
  const bySession = async (req: Request, res: Response): Promise<void> => {
    const transport = sessions.get(req.header("mcp-session-id") ?? "");
    if (transport === undefined) res.status(404).send("Session not found");
    else await transport.handleRequest(req, res);
  };
  app.get("/mcp", bySession);
  app.delete("/mcp", bySession);
  const server = app.listen(0, "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.stderr.write(`bare: listening on http://127.0.0.1:${port}\n`);
  });
  process.once("SIGTERM", () => server.close(() => process.exit(0)));
  await Promise.resolve();
}

const mode = process.argv[2] ?? "stdio";
if (mode === "http") await serveHttp();
else await serveStdio();
