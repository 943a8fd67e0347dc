import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { invalidInput } from "../../domain/errors.js";
import { wrapRequestHandler } from "./sdk-handlers.js";
import { toToolError } from "./tool-error.js";

/**
 * Refuses a tools/call whose arguments hold a "__proto__" key, as an unknown argument (invalid_input).
 * JSON.parse keeps it as an own key, but the SDK's schema parse drops it before a tool sees its arguments,
 * so it can only be seen on the raw request: the server's own tools/call handler is wrapped.
 */
export function refusePrototypeKeys(server: McpServer): void {
  wrapRequestHandler(server, "tools/call", (callTool) => (request, extra) => {
    const args = (request as { params?: { arguments?: unknown } } | undefined)?.params?.arguments;
    if (typeof args === "object" && args !== null && Object.hasOwn(args, "__proto__")) {
      const refused: CallToolResult = toToolError(invalidInput("__proto__", "only the arguments this tool accepts (see its input schema)"));
      return Promise.resolve(refused);
    }
    return callTool(request, extra);
  });
}
