import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { UseCases } from "../../../src/application/use-cases.js";
import { createMcpServer, type GongMcpServer } from "../../../src/transports/mcp/server.js";
import { MANAGER, useCasesOver } from "./tiny-gong.js";

export interface Connected {
  readonly client: Client;
  readonly served: GongMcpServer;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

/** A real SDK client talking to our server in memory: the same protocol path as stdio, minus the pipes. */
export async function connect(userId = MANAGER, useCases: UseCases = useCasesOver()): Promise<Connected> {
  const served = createMcpServer(useCases, { userId }, { version: "0.0.0-test" });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await served.server.connect(serverSide);
  const client = new Client({ name: "transport-test", version: "1.0.0" });
  await client.connect(clientSide);
  // Listing first makes the client validate structuredContent against each outputSchema, as real clients do.
  await client.listTools();
  return {
    client,
    served,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult,
    close: () => client.close(),
  };
}

/** The text of a result's first content block. */
export function textOf(result: CallToolResult): string {
  const first = result.content[0];
  return first?.type === "text" ? first.text : "";
}
