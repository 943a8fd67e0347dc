import type { McpServer, RegisteredTool } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import type { Logger } from "../../application/ports/logger.js";
import type { UseCases } from "../../application/use-cases.js";
import { uncountedScope, type CallerOf, type CallScope } from "./caller.js";
import type { Tool } from "./define-tool.js";
import type { InFlight } from "./in-flight.js";
import { toToolError, unexpectedFailure } from "./tool-error.js";

export interface ToolTable {
  readonly useCases: UseCases;
  /** Who each call acts for, read from the request (ADR 0015). */
  readonly callerOf: CallerOf;
}

export interface RegisterOptions {
  readonly logger?: Logger | undefined;
  readonly inFlight?: InFlight;
  readonly scope?: CallScope | undefined;
}

/**
 * Registers a tool table on a server: the one loop every tool goes through. Each call resolves its caller
 * from the request, runs inside that caller's upstream scope, and leaves one audit line. Returns the SDK's
 * handles by tool name, so that a transport can hide and show tools (each change sends tools/list_changed).
 */
export function registerTools(server: McpServer, tools: readonly Tool[], table: ToolTable, options: RegisterOptions = {}): ReadonlyMap<string, RegisteredTool> {
  const { logger, inFlight } = options;
  const scope = options.scope ?? uncountedScope;
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
      async (args, extra) => {
        const started = Date.now();
        const finished = inFlight?.start();
        const caller = table.callerOf(extra);
        let user = caller.key;
        try {
          const { value: result, upstreamRequests } = await scope(caller.key, async (): Promise<CallToolResult> => {
            const actor = await caller.resolve();
            if (!actor.ok) return toToolError(actor.error);
            user = actor.value.userId;
            return tool.call(args, { useCases: table.useCases, actor: actor.value });
          });
          // The audit trail: who, what, how it ended, what it cost. Never arguments or answers (customer data).
          logger?.info("tool call", { user, tool: tool.name, outcome: outcomeOf(result), upstream_requests: upstreamRequests, ms: Date.now() - started });
          return result;
        } catch (error) {
          // A throw is a bug, never an expected failure: log it in full on stderr, answer without details.
          logger?.error("tool threw", { user, tool: tool.name, error, ms: Date.now() - started });
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

/** "ok", or the error code a failed result's text starts with. */
function outcomeOf(result: CallToolResult): string {
  if (result.isError !== true) return "ok";
  const first = result.content[0];
  const code = first?.type === "text" ? /^([a-z_]+):/.exec(first.text)?.[1] : undefined;
  return code ?? "error";
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
