import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

type Handler = (request: unknown, extra: unknown) => Promise<unknown>;

/**
 * Replaces the server's own handler of `method` with `wrap(original)`. The SDK keeps its handlers in a
 * private map and offers no hook before its own parsing: pinned SDK version, covered by the e2e tests,
 * and a loud failure here if the map moves.
 */
export function wrapRequestHandler(server: McpServer, method: string, wrap: (original: Handler) => Handler): void {
  const handlers = (server.server as unknown as { _requestHandlers?: Map<string, Handler> })._requestHandlers;
  const original = handlers?.get(method);
  if (handlers === undefined || original === undefined) {
    throw new Error(`gong-mcp: this MCP SDK version keeps no ${method} handler where expected; check sdk-handlers.ts`);
  }
  handlers.set(method, wrap(original));
}
