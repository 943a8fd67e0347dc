import type { McpServer, RegisteredTool } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import type { Logger } from "../../application/ports/logger.js";
import type { Tool, ToolContext } from "./define-tool.js";
import type { InFlight } from "./in-flight.js";
import { unexpectedFailure } from "./tool-error.js";

/**
 * Registers a tool table on a server: the one loop every tool goes through. Returns the SDK's handles by
 * tool name, so that a transport can hide and show tools (each change sends tools/list_changed).
 */
export function registerTools(
  server: McpServer,
  tools: readonly Tool[],
  context: ToolContext,
  options: { readonly logger?: Logger | undefined; readonly inFlight?: InFlight } = {},
): ReadonlyMap<string, RegisteredTool> {
  const { logger, inFlight } = options;
  const handles = new Map<string, RegisteredTool>();
  for (const tool of tools) {
    const handle = server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: listedInputSchemaOf(tool),
        outputSchema: tool.outputSchema,
        annotations: tool.annotations,
      },
      async (args) => {
        const started = Date.now();
        const finished = inFlight?.start();
        try {
          const result = await tool.call(args, context);
          // Names and outcome only: arguments and answers hold customer data.
          logger?.debug("tool call", { tool: tool.name, isError: result.isError === true, ms: Date.now() - started });
          return result;
        } catch (error) {
          // A throw is a bug, never an expected failure: log it in full on stderr, answer without details.
          logger?.error("tool threw", { tool: tool.name, error });
          return unexpectedFailure();
        } finally {
          finished?.();
        }
      },
    );
    handles.set(tool.name, handle);
  }
  return handles;
}

/** Servers are made per session (HTTP): each tool's listed schema is built once per process. */
const listed = new WeakMap<Tool, z.ZodObject>();

function listedInputSchemaOf(tool: Tool): z.ZodObject {
  let schema = listed.get(tool);
  if (schema === undefined) {
    schema = listedInputSchema(tool.inputSchema);
    listed.set(tool, schema);
  }
  return schema;
}

/**
 * What the SDK gets as input schema: accepts any arguments, but carries the tool's real JSON Schema as zod
 * metadata, so tools/list shows exactly the strict schema while validation happens in Tool.call. That is
 * how a bad argument reads `invalid_input: <argument>: expected …` instead of the SDK's own
 * `MCP error -32602: Input validation error: …`, which the contract does not allow.
 */
export function listedInputSchema(schema: z.ZodObject): z.ZodObject {
  const jsonSchema: Record<string, unknown> = { ...z.toJSONSchema(schema, { target: "draft-7", io: "input" }) };
  // The SDK adds its own $schema on top.
  delete jsonSchema.$schema;
  return z.looseObject({}).meta(jsonSchema);
}
