import { Command } from "commander";
import { stdioCommand } from "./commands/stdio-command.js";
import { unavailableCommand } from "./commands/unavailable-command.js";
import { packageVersion } from "./package-version.js";

/** The `gong-mcp` command line (contract section 1): one entry per command. */
export function cliProgram(): Command {
  return new Command("gong-mcp")
    .description("MCP server for Gong: calls, transcripts, users and Engage flows, filtered by each user's Gong permissions")
    .version(packageVersion())
    .addCommand(stdioCommand())
    .addCommand(unavailableCommand("http", "serve MCP over Streamable HTTP for many users"))
    .addCommand(unavailableCommand("fake-gong", "serve the fake Gong over HTTP in Gong's wire format"))
    .addCommand(unavailableCommand("connect", "connect this server to Gong (OAuth or access key)"))
    .addCommand(unavailableCommand("disconnect", "delete the stored Gong connection"))
    .addCommand(unavailableCommand("status", "print the Gong connection status as JSON"));
}
