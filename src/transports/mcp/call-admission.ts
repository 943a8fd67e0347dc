import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { InFlight } from "./in-flight.js";

/** How many tool calls may run at once: on one connection (a stdio process, an HTTP session) and in all. */
export interface CallLimits {
  readonly perConnection: number;
  /** Shared by every connection of the process. */
  readonly process: InFlight;
  readonly perProcess: number;
}

export const DEFAULT_CALL_LIMITS = { perConnection: 16, perProcess: 256 } as const;

/** Limits with a process-wide counter of their own: for a single server (stdio, tests). */
export function callLimits(perConnection: number = DEFAULT_CALL_LIMITS.perConnection, perProcess: number = DEFAULT_CALL_LIMITS.perProcess): CallLimits {
  return { perConnection, perProcess, process: new InFlight() };
}

/**
 * Admits a tool call, or says why not at once: a flood of pipelined calls is answered as fast as it
 * arrives instead of queueing without bound (memory stays flat), and one connection's flood leaves room
 * for the others. Gong's own limit would make queued calls wait minutes anyway.
 */
export function refusalOf(connection: InFlight, limits: CallLimits): CallToolResult | null {
  const full =
    connection.count >= limits.perConnection
      ? `this connection already has ${limits.perConnection} calls running`
      : limits.process.count >= limits.perProcess
        ? `this server already has ${limits.perProcess} calls running`
        : null;
  if (full === null) return null;
  const text = `rate_limited: ${full} (GONG_MCP_MAX_CALLS_PER_CONNECTION, GONG_MCP_MAX_CALLS); try again in 5 seconds, or wait for an answer before asking more.`;
  return { isError: true, content: [{ type: "text", text }] };
}
