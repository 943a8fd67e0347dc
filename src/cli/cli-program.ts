import { Command } from "commander";
import { connectCommand } from "./commands/connect-command.js";
import { disconnectCommand } from "./commands/disconnect-command.js";
import { httpCommand } from "./commands/http-command.js";
import { fakeGongCommand } from "./commands/fake-gong-command.js";
import { statusCommand } from "./commands/status-command.js";
import { stdioCommand } from "./commands/stdio-command.js";
import { packageVersion } from "../composition/package-version.js";

/** The `gong-mcp` command line (contract section 1): one entry per command. */
export function cliProgram(): Command {
  return new Command("gong-mcp")
    .description("MCP server for Gong: calls, transcripts, users and Engage flows, filtered by each user's Gong permissions")
    .version(packageVersion())
    .addCommand(stdioCommand())
    .addCommand(httpCommand())
    .addCommand(fakeGongCommand())
    .addCommand(connectCommand())
    .addCommand(disconnectCommand())
    .addCommand(statusCommand());
}
