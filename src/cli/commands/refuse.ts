/** Exit code of a start-up refusal (bad flag, variable or file): the shell's "usage" convention. */
export const CONFIG_ERROR_EXIT = 2;

/** Prints one line on stderr (stdout may be the MCP protocol) and gives the exit code to use. */
export function refuse(line: string): number {
  process.stderr.write(`gong-mcp: ${line.replace(/\s+/g, " ").trim()}\n`);
  return CONFIG_ERROR_EXIT;
}
