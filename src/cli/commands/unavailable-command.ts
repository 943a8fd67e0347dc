import { Command } from "commander";
import { refuse } from "./refuse.js";

/**
 * A command of the contract that this build does not have yet (http, fake-gong, connect, disconnect,
 * status): it exists so that `--help` shows the whole interface, and refuses with one line. Replace the
 * entry in cli-program.ts with the real command when it lands.
 */
export function unavailableCommand(name: string, description: string): Command {
  return new Command(name)
    .description(`${description} (not available in this build yet)`)
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      process.exitCode = refuse(`the ${name} command is not available in this build yet; use gong-mcp stdio`);
    });
}
