import type { McpServer, RegisteredTool } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import type { Logger } from "../../application/ports/logger.js";
import type { UseCases } from "../../application/use-cases.js";
import { uncountedScope, type CallerOf, type CallScope, type RequestExtra } from "./caller.js";
import type { Tool } from "./define-tool.js";
import { callLimits, refusalOf, type CallLimits } from "./call-admission.js";
import { InFlight } from "./in-flight.js";
import { toToolError, unexpectedFailure } from "./tool-error.js";

/** The use cases, or how to get them: a composition may build them on the first call rather than at start-up. */
export type UseCasesSource = UseCases | (() => Promise<UseCases>);

export interface ToolTable {
  readonly useCases: UseCasesSource;
  /** Who each call acts for, read from the request (ADR 0015). */
  readonly callerOf: CallerOf;
}

export interface RegisterOptions {
  readonly logger?: Logger | undefined;
  readonly inFlight?: InFlight;
  readonly scope?: CallScope | undefined;
  /** GONG_MCP_CALL_TIMEOUT_S in ms (default 50 s): how long one call may take, waiting included. */
  readonly callTimeoutMs?: number | undefined;
  /** At most this many calls at once on this connection and in the process; more are refused at once. */
  readonly limits?: CallLimits | undefined;
}

const DEFAULT_CALL_TIMEOUT_MS = 50_000;
// Contract section 2: a waiting client that asked for progress hears from us at least every 5 seconds.
const PROGRESS_EVERY_MS = 4_000;
// The adapters give up at the deadline; past this margin the call answers even if something below is stuck.
const BACKSTOP_MS = 900;

/**
 * Registers a tool table on a server: the one loop every tool goes through. Each call resolves its caller
 * from the request, runs inside that caller's upstream scope, and leaves one audit line. Returns the SDK's
 * handles by tool name, so that a transport can hide and show tools (each change sends tools/list_changed).
 */
export function registerTools(server: McpServer, tools: readonly Tool[], table: ToolTable, options: RegisterOptions = {}): ReadonlyMap<string, RegisteredTool> {
  const { logger } = options;
  const inFlight = options.inFlight ?? new InFlight();
  const limits = options.limits ?? callLimits();
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
        const refused = refusalOf(inFlight, limits);
        if (refused !== null) {
          logger?.warn("tool call refused: too many running", { tool: tool.name, connection: inFlight.count, process: limits.process.count });
          return refused;
        }
        const finished = inFlight.start();
        const finishedInProcess = limits.process.start();
        const caller = table.callerOf(extra);
        const deadline = started + (options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
        const stopProgress = reportProgress(extra);
        let user = caller.key;
        try {
          const work = scope(
            caller.key,
            async (spent): Promise<CallToolResult> => {
              const actor = await caller.resolve();
              if (!actor.ok) return toToolError(actor.error);
              user = actor.value.userId;
              const useCases = typeof table.useCases === "function" ? await table.useCases() : table.useCases;
              return tool.call(args, { useCases, actor: actor.value, upstreamRequests: spent });
            },
            { deadline, signal: extra.signal },
          );
          const { value: result, upstreamRequests } = await answerBy(work, deadline + BACKSTOP_MS);
          // The audit trail: who, what, how it ended, what it cost. Never arguments or answers (customer data).
          logger?.info("tool call", { user, tool: tool.name, outcome: outcomeOf(result), upstream_requests: upstreamRequests, ms: Date.now() - started });
          return result;
        } catch (error) {
          // A throw is a bug, never an expected failure: log it in full on stderr, answer without details.
          logger?.error("tool threw", { user, tool: tool.name, error, ms: Date.now() - started });
          return unexpectedFailure();
        } finally {
          stopProgress();
          finished();
          finishedInProcess();
        }
      },
    );
    handles.set(tool.name, handle);
  }
  return handles;
}

/** The call's answer, or, if it is still running past `backstop`, an upstream_error saying when to retry. */
async function answerBy<T extends { value: CallToolResult }>(work: Promise<T>, backstop: number): Promise<T | { value: CallToolResult; upstreamRequests: null }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ value: CallToolResult; upstreamRequests: null }>((resolve) => {
    timer = setTimeout(() => {
      resolve({ value: toToolError({ _tag: "UpstreamFailed", reason: "Timeout", retryInSeconds: 30 }), upstreamRequests: null });
    }, Math.max(0, backstop - Date.now()));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** While the call runs, `notifications/progress` every few seconds to a client that sent a progressToken. */
function reportProgress(extra: RequestExtra): () => void {
  const token = extra._meta?.progressToken;
  if (token === undefined) return () => undefined;
  let beats = 0;
  const timer = setInterval(() => {
    beats += 1;
    extra
      .sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: beats, message: "waiting for Gong" } })
      .catch(() => undefined);
  }, PROGRESS_EVERY_MS);
  return () => {
    clearInterval(timer);
  };
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
