import { randomUUID } from "node:crypto";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import type { Request, Response } from "express";
import type { Actor } from "../../application/actor.js";
import type { Logger } from "../../application/ports/logger.js";
import { claimKey, type CallerClaim } from "../../domain/caller-claim.js";
import { unknownUser, type DomainError } from "../../domain/errors.js";
import { err, type Result } from "../../domain/result.js";
import type { CallerOf } from "../mcp/caller.js";
import type { GongMcpServer } from "../mcp/server.js";
import { refuse } from "./json-rpc-error.js";
import { identityOf } from "./request-auth.js";
import type { SessionRegistry } from "./session-registry.js";

export interface McpRouteDeps {
  /** A new server for one session; its calls read their caller through `callerOf`. */
  readonly newServer: (callerOf: CallerOf) => GongMcpServer;
  /** Turns a verified claim into the acting user (an email is looked up in the directory). */
  readonly identify: (claim: CallerClaim) => Promise<Result<Actor, DomainError>>;
  readonly sessions: SessionRegistry;
  readonly logger: Logger;
}

const SESSION_HEADER = "mcp-session-id";

/**
 * POST/GET/DELETE /mcp with stateful sessions on the SDK's transport. A session is bound to the caller who
 * opened it: a request with another caller's token, or for a session that is unknown, closed or expired,
 * gets the same 404, so a session id reveals nothing about whose it is. Each tool call still reads its
 * caller from its own verified request (ADR 0015), never from the session.
 */
export function mcpRoute(deps: McpRouteDeps): (req: Request, res: Response) => Promise<void> {
  const callerOf: CallerOf = (extra) => {
    const identity = identityOf(extra.authInfo);
    if (identity === undefined) return { key: "unverified", resolve: () => Promise.resolve(err(unknownUser("an unverified caller"))) };
    return { key: claimKey(identity.caller), resolve: () => deps.identify(identity.caller) };
  };
  return async (req, res) => {
    const identity = identityOf(req.auth);
    if (identity === undefined) {
      refuse(res, 401, "Unauthorized");
      return;
    }
    const owner = claimKey(identity.caller);
    const sessionId = req.headers[SESSION_HEADER];
    if (typeof sessionId === "string") {
      const session = deps.sessions.get(sessionId);
      if (session === undefined || session.owner !== owner) {
        refuse(res, 404, "Session not found: it expired, was closed, or belongs to another user; start a new session (initialize)", -32001);
        return;
      }
      deps.sessions.touch(session);
      return session.transport.handleRequest(req, res, req.body);
    }
    if (req.method !== "POST") {
      refuse(res, 400, "Bad Request: an Mcp-Session-Id header is required; start a session with initialize first");
      return;
    }
    if (!isInitializeRequest(req.body)) {
      if (req.body === undefined) {
        refuse(res, 415, "Unsupported Media Type: send the JSON-RPC message as application/json");
        return;
      }
      refuse(res, 400, "Bad Request: no Mcp-Session-Id header; start a session with initialize first");
      return;
    }
    const admission = await deps.sessions.admit(owner);
    if (admission !== "ok") {
      const why = admission === "user_full" ? "you have too many sessions open, all busy" : "the server has too many sessions open";
      refuse(res, 429, `Too Many Requests: ${why}; close one (DELETE /mcp) or try again later`, -32000, { "Retry-After": "30" });
      return;
    }
    await openSession(deps, owner, callerOf, req, res);
  };
}

async function openSession(deps: McpRouteDeps, owner: string, callerOf: CallerOf, req: Request, res: Response): Promise<void> {
  const served = deps.newServer(callerOf);
  const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => {
      deps.sessions.add({ id, owner, transport, served, lastSeen: Date.now() });
      deps.logger.info("session opened", { session: id, user: owner, sessions: deps.sessions.size });
    },
    onsessionclosed: (id) => {
      deps.sessions.forget(id);
      deps.logger.info("session closed by the client", { session: id, user: owner });
    },
  });
  transport.onclose = () => {
    if (transport.sessionId !== undefined) deps.sessions.forget(transport.sessionId);
  };
  await served.server.connect(transport);
  await transport.handleRequest(req, res, req.body);
  // An initialize that failed opened nothing: let go of the server made for it.
  if (transport.sessionId === undefined) await served.server.close();
}
