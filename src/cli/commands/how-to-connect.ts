import { DEMO_USERS } from "../../adapters/fake-gong/demo/demo-users.js";
import type { Backend } from "../../composition/config.js";
import { claimKey, type CallerClaim } from "../../domain/caller-claim.js";

/**
 * What `npm start` prints under its listening line (auth off, on loopback): how to point the MCP Inspector,
 * Claude Code, Claude Desktop and Cursor at this server, and which header picks another user.
 */
export function howToConnect(mcpUrl: string, backend: Backend, defaultCaller: CallerClaim | null): string {
  const demo = backend.kind === "fake" && backend.dataFile === null;
  const user = defaultCaller === null ? "<your Gong user id or email>" : claimKey(defaultCaller);
  const desktop = { mcpServers: { gong: { command: "npx", args: ["-y", "mcp-remote", mcpUrl, "--header", `X-Gong-User-Id:${user}`] } } };
  const cursor = { mcpServers: { gong: { url: mcpUrl, headers: { "X-Gong-User-Id": user } } } };
  const lines = [
    demo
      ? `gong-mcp: serving the built-in demo workspace (fake Gong, no real data); no token needed on this address. Requests act for X-Gong-User-Id, else ${user}; try ${DEMO_USERS.admin_all} (sees every call) or ${DEMO_USERS.rep_own} (own calls only).`
      : `gong-mcp: no token needed on this address; requests act for the Gong user in the X-Gong-User-Id header${defaultCaller === null ? " (required)" : `, else ${user}`}.`,
    "Connect a client:",
    `  MCP Inspector:  (cd dist && npx -y @modelcontextprotocol/inspector-cli@1.0.3 --cli ${mcpUrl} --transport http --method tools/list)`,
    `  Claude Code:    claude mcp add --transport http gong ${mcpUrl} --header "X-Gong-User-Id: ${user}"`,
    `  Claude Desktop: ${JSON.stringify(desktop)}`,
    `  Cursor:         ${JSON.stringify(cursor)}`,
  ];
  return `${lines.join("\n")}\n`;
}
