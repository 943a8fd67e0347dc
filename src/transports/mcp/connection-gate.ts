import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { ListToolsResult } from "@modelcontextprotocol/sdk/types.js";
import { wrapRequestHandler } from "./sdk-handlers.js";

/**
 * Hides the Gong tools from tools/list while Gong is not connected, yet keeps them callable so that a call
 * answers `not_connected` (contract section 4). The SDK can only disable a tool, which also makes a call
 * answer "Tool … disabled"; so the server's own tools/list handler is wrapped and filtered instead.
 * The SDK keeps its handlers in a private map: pinned SDK version, covered by the e2e tests.
 */
export function gateToolsOnConnection(server: McpServer, gongToolNames: ReadonlySet<string>, isConnected: () => boolean): void {
  filterToolList(server, (name) => isConnected() || !gongToolNames.has(name));
}

/** Leaves these tools out of tools/list for good (read-only mode), while a call still reaches them. */
export function hideFromToolList(server: McpServer, names: ReadonlySet<string>): void {
  if (names.size > 0) filterToolList(server, (name) => !names.has(name));
}

function filterToolList(server: McpServer, listed: (name: string) => boolean): void {
  wrapRequestHandler(server, "tools/list", (listTools) => async (request, extra) => {
    const answer = (await listTools(request, extra)) as ListToolsResult;
    return { ...answer, tools: answer.tools.filter((tool) => listed(tool.name)) };
  });
}
