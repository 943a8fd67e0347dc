import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { DomainError } from "../../domain/errors.js";

/**
 * The only place a DomainError becomes words. The text starts with the contract's code and a colon, then a
 * sentence a person can act on. No structuredContent: SDK clients validate it against the outputSchema even
 * on errors.
 */
export function toToolError(error: DomainError): CallToolResult {
  return { isError: true, content: [{ type: "text", text: explain(error) }] };
}

/** A bug (a throw) surfaced to the client: no details, which went to the log instead. */
export function unexpectedFailure(): CallToolResult {
  const text = "upstream_error: something went wrong while answering; the details are in the server log. Try again, and report it if it keeps happening.";
  return { isError: true, content: [{ type: "text", text }] };
}

export function explain(error: DomainError): string {
  switch (error._tag) {
    case "NotConnected":
      return "not_connected: Gong is not connected to this server yet. Ask a Gong admin to connect it (gong-mcp connect).";
    case "Unauthorized":
      return `unauthorized: Gong rejected this organisation's credentials (${error.detail}). Ask a Gong admin to reconnect Gong.`;
    case "Forbidden":
      return `forbidden: ${sentence(error.detail)}`;
    case "NotFound":
      return `not_found: ${capitalized(error.what)} ${error.id} was not found, or you do not have access to it.`;
    case "UnknownUser":
      return `unknown_user: ${error.userId} is not an active Gong user, so nothing can be shown for them. Check the Gong user id you act as.`;
    case "InvalidInput":
      return `invalid_input: ${error.field}: expected ${sentence(error.expected)}`;
    case "RateLimited":
      return error.by === "gong"
        ? `rate_limited: Gong kept asking this server to slow down until this call's time ran out. Try again after ${error.resetsAt}.`
        : `rate_limited: the daily Gong API budget is spent; it resets at ${error.resetsAt}. Try again after that.`;
    case "LocalFailure":
      // The contract's codes have none for "this server is broken"; upstream_error is the nearest, and the text says it is local.
      return `upstream_error: a problem on this server, not at Gong (nothing was sent to Gong): ${sentence(error.detail)} An admin must fix it.`;
    case "UpstreamFailed":
      return `upstream_error: ${upstreamReason(error.reason, error.status)} Try again in ${error.retryInSeconds ?? DEFAULT_RETRY_S} seconds.`;
    default:
      return error satisfies never;
  }
}

// Long enough for a short Gong outage or a connection problem to pass; short enough to be worth the wait.
const DEFAULT_RETRY_S = 30;

function upstreamReason(reason: Extract<DomainError, { _tag: "UpstreamFailed" }>["reason"], status?: number): string {
  switch (reason) {
    case "Transport":
      return "Gong could not be reached.";
    case "Timeout":
      return "Gong did not answer in time.";
    case "Status":
      return status === undefined ? "Gong answered with an error." : `Gong answered with HTTP ${status}.`;
    case "Decode":
      return "Gong's answer could not be read.";
    case "Throttled":
      return "Gong kept asking this server to slow down.";
    case "Paging":
      return "Gong's paging did not end as it should (a cursor it had already given, or more pages than any answer needs).";
    default:
      return reason satisfies never;
  }
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Ends the text with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
