import { forbidden } from "../../domain/errors.js";
import type { Tool } from "./define-tool.js";
import { toToolError } from "./tool-error.js";

/**
 * Read-only deployments (contract 5b, `--read-only` / GONG_MCP_READ_ONLY): every write tool answers
 * `forbidden` without looking at its arguments or sending anything to Gong. The server also leaves these
 * tools out of tools/list; a client that calls one anyway gets this tool result, not a protocol error.
 */
// One read-only table per table, so that every session's server shares it (and its tools/list answer).
const readOnlyTables = new WeakMap<readonly Tool[], Tool[]>();

export function readOnly(tools: readonly Tool[]): Tool[] {
  const known = readOnlyTables.get(tools);
  if (known !== undefined) return known;
  const table = readOnlyTable(tools);
  readOnlyTables.set(tools, table);
  return table;
}

function readOnlyTable(tools: readonly Tool[]): Tool[] {
  return tools.map((tool) =>
    tool.access === "read"
      ? tool
      : {
          ...tool,
          call: () =>
            Promise.resolve(toToolError(forbidden("this server is read-only (an admin set --read-only or GONG_MCP_READ_ONLY): it makes no changes in Gong"))),
        },
  );
}

/** The names of the tools that change Gong. */
export function writeToolNames(tools: readonly Tool[]): ReadonlySet<string> {
  return new Set(tools.filter((tool) => tool.access === "write").map((tool) => tool.name));
}
