import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ToolListChangedNotificationSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { SignJWT } from "jose";
import { startCli, type CliEnv, type CliProcess } from "./cli-process.js";
import type { Scope } from "./fake-gong-server-kit.js";

/** A running `gong-mcp http` on a free loopback port. */
export interface HttpServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly mcpUrl: string;
  readonly cli: CliProcess;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built CLI's `http` command with only `env` (plus PATH) and waits for its listening line. */
export async function startHttp(scope: Scope, args: readonly string[], env: CliEnv): Promise<HttpServer> {
  const home = scope.tempDir();
  const cli = startCli(["http", "--port", "0", ...args], { HOME: home, GONG_MCP_DATA_DIR: home, GONG_MCP_LOG_LEVEL: "warn", ...env });
  scope.defer(() => {
    if (cli.child.exitCode === null) cli.child.kill("SIGKILL");
  });
  const [, url = ""] = await cli.line(/listening on (http:\/\/\S+?)(?: |$)/);
  return {
    url,
    mcpUrl: `${url}/mcp`,
    cli,
    stop: () => {
      cli.child.kill("SIGTERM");
      return cli.exited;
    },
  };
}

export interface HttpSession {
  readonly client: Client;
  readonly transport: StreamableHTTPClientTransport;
  call(name: string, args?: Record<string, unknown>, meta?: Record<string, unknown>): Promise<CallToolResult>;
  /** `notifications/tools/list_changed` received so far. */
  listChanges(): number;
  close(): Promise<void>;
}

/** A real SDK client over Streamable HTTP, sending `headers` on every request; closed after the test. */
export async function httpSession(scope: Scope, mcpUrl: string, headers: Record<string, string> = {}, sessionId?: string): Promise<HttpSession> {
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { requestInit: { headers }, ...(sessionId === undefined ? {} : { sessionId }) });
  const client = new Client({ name: "gong-mcp-http-e2e", version: "1.0.0" });
  let changes = 0;
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    changes += 1;
  });
  await client.connect(transport);
  scope.defer(() => client.close());
  return {
    client,
    transport,
    call: async (name, args = {}, meta) => (await client.callTool({ name, arguments: args, ...(meta === undefined ? {} : { _meta: meta }) })) as CallToolResult,
    listChanges: () => changes,
    close: () => client.close(),
  };
}

/** An HS256 request token, valid for an hour unless `claims` or `options` say otherwise. */
export async function hs256Token(secret: string, claims: Record<string, unknown>, options: { expiresIn?: string | number; audience?: string } = {}): Promise<string> {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setIssuedAt().setExpirationTime(options.expiresIn ?? "1h");
  if (options.audience !== undefined) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

export const bearer = (token: string): Record<string, string> => ({ Authorization: `Bearer ${token}` });

/** A JSON-RPC initialize body, for raw requests. */
export const INITIALIZE = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

/** The headers a Streamable HTTP POST needs. */
export const MCP_POST_HEADERS = { "content-type": "application/json", accept: "application/json, text/event-stream" };

/** Call ids of a list_gong_calls answer. */
export function callIdsOf(result: CallToolResult): string[] {
  const structured = result.structuredContent as { calls?: { id: string }[] } | undefined;
  return (structured?.calls ?? []).map((call) => call.id).sort();
}
