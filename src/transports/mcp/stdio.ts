import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { Readable, Writable } from "node:stream";
import type { Logger } from "../../application/ports/logger.js";
import type { GongMcpServer } from "./server.js";

export interface StdioOptions {
  readonly logger?: Logger;
  readonly stdin?: Readable;
  readonly stdout?: Writable;
}

/**
 * Serves one MCP server over stdio until the client goes away; resolves then. When stdin ends, tool calls
 * already running finish and answer first (a client may write its requests and close at once); when stdout
 * breaks, nobody is left to answer, so it closes at once. stdout carries the protocol only. A line that is
 * not JSON-RPC is logged and skipped by the SDK's transport, which keeps reading: garbage on stdin never
 * stops the server.
 */
export async function serveStdio(served: Pick<GongMcpServer, "server" | "idle">, options: StdioOptions = {}): Promise<void> {
  const { server } = served;
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  server.server.onerror = (error) => {
    options.logger?.warn("ignored a message on stdin that is not valid JSON-RPC", { reason: briefly(error) });
  };
  stdin.once("end", () => {
    // One macrotask after the last call returns, the SDK has validated and written its answer.
    void served.idle()
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => server.close());
  });
  // EPIPE when the client has exited.
  stdout.once("error", () => {
    void server.close();
  });
  await server.connect(new StdioServerTransport(stdin, stdout));
  await closed;
}

/** The error's kind and the start of its message: enough to diagnose, too short to carry a payload. */
function briefly(error: Error): string {
  const message = error.message.replace(/\s+/g, " ");
  return `${error.name}: ${message.length > 120 ? `${message.slice(0, 120)}…` : message}`;
}
