import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Actor } from "../../application/actor.js";
import type { CallLimits } from "./call-admission.js";
import { fixedCaller, type CallerOf, type CallScope } from "./caller.js";
import type { Logger } from "../../application/ports/logger.js";
import type { Tool } from "./define-tool.js";
import { InFlight } from "./in-flight.js";
import { hideFromToolList, shareToolList } from "./connection-gate.js";
import { registerPrompts } from "./prompts.js";
import { refusePrototypeKeys } from "./raw-arguments-guard.js";
import { readOnly, writeToolNames } from "./read-only.js";
import { registerTools, type UseCasesSource } from "./register-tools.js";
import { allTools } from "./tools/index.js";

export interface McpServerOptions {
  /** The package version, shown to clients in initialize. */
  readonly version: string;
  readonly logger?: Logger;
  /** Defaults to every Gong tool (contract sections 5 and 5b); a subset serves e.g. a read-only mode. */
  readonly tools?: readonly Tool[];
  /** Runs each tool call in its caller's upstream scope (queueing, request count); default: uncounted. */
  readonly scope?: CallScope;
  /** How long one call may take, waiting included (GONG_MCP_CALL_TIMEOUT_S; default 50 s). */
  readonly callTimeoutMs?: number;
  /** Calls at once per connection and per process (shared by every session of an HTTP server). */
  readonly limits?: CallLimits;
  /** Read-only deployment: the write tool is left out of tools/list and answers forbidden (contract 5b). */
  readonly readOnly?: boolean;
}

/** A server for one acting user, with the handles of its Gong tools. */
export interface GongMcpServer {
  readonly server: McpServer;
  /**
   * The Gong tools' names, for hiding them from tools/list (gateToolsOnConnection). The tools themselves are
   * never disabled: every server shares one listing of its table, and a hidden tool must still answer a call.
   */
  readonly gongToolNames: ReadonlySet<string>;
  /** Resolves once no tool call is running: a transport waits for it before closing. */
  idle(): Promise<void>;
  /** True while a tool call is running. */
  busy(): boolean;
}

const INSTRUCTIONS =
  "Gong calls, transcripts, users and Engage flows, as the Gong user this server acts for may see them: " +
  "calls outside that user's Gong permissions are never returned. Ids are strings of digits; times are ISO 8601. " +
  "No id at hand? search_gong_users finds people by name or email, list_gong_calls filters by participant, company " +
  "and title, and search_gong_transcripts finds what was said. Errors start with a code such as not_found: or invalid_input:.";

/**
 * The one server factory every transport uses. `caller` is a fixed user (stdio) or reads each request's
 * verified identity (HTTP: one server per session, and every call still asks who it acts for).
 */
export function createMcpServer(useCases: UseCasesSource, caller: Actor | CallerOf, options: McpServerOptions): GongMcpServer {
  const server = new McpServer(
    { name: "gong-mcp", title: "Gong", version: options.version },
    // `logging`: clients may set a level (logging/setLevel); the server sends nothing below it.
    { capabilities: { tools: { listChanged: true }, logging: {} }, instructions: INSTRUCTIONS },
  );
  const inFlight = new InFlight();
  const callerOf = typeof caller === "function" ? caller : fixedCaller(caller);
  const table = options.tools ?? allTools;
  const tools = options.readOnly === true ? readOnly(table) : table;
  const gongTools = registerTools(server, tools, { useCases, callerOf }, {
    logger: options.logger,
    inFlight,
    scope: options.scope,
    callTimeoutMs: options.callTimeoutMs,
    limits: options.limits,
  });
  registerPrompts(server);
  refusePrototypeKeys(server);
  shareToolList(server, tools);
  if (options.readOnly === true) hideFromToolList(server, writeToolNames(tools));
  return {
    server,
    gongToolNames: new Set(gongTools.keys()),
    idle: () => inFlight.idle(),
    busy: () => inFlight.count > 0,
  };
}
