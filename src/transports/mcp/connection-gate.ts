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

// One tools/list answer per tool table, shared by every server (an HTTP process has one per session): the SDK
// would otherwise convert every tool's schemas to JSON Schema again for each session and each listing.
const listings = new WeakMap<object, Promise<unknown>>();

/**
 * Answers tools/list from the first listing of this tool table. Only for servers whose registered tools never
 * change (ours: the table is fixed when the server is built; what is shown is filtered above this).
 */
export function shareToolList(server: McpServer, table: object): void {
  wrapRequestHandler(server, "tools/list", (listTools) => (request, extra) => {
    let listing = listings.get(table);
    if (listing === undefined) {
      listing = listTools(request, extra);
      listings.set(table, listing);
      listing.catch(() => listings.delete(table));
    }
    return listing;
  });
}

function filterToolList(server: McpServer, listed: (name: string) => boolean): void {
  wrapRequestHandler(server, "tools/list", (listTools) => async (request, extra) => {
    const answer = (await listTools(request, extra)) as ListToolsResult;
    return { ...answer, tools: answer.tools.filter((tool) => listed(tool.name)) };
  });
}
