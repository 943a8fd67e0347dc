import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { ServerNotification, ServerRequest } from "@modelcontextprotocol/sdk/types.js";
import type { Actor } from "../../application/actor.js";
import type { DomainError } from "../../domain/errors.js";
import { ok, type Result } from "../../domain/result.js";

/** What the SDK hands a request handler: the verified auth info, the session, the abort signal… */
export type RequestExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Who one tool call acts for, before and after it is resolved. */
export interface CallerOfRequest {
  /** A stable name for the caller as verified (a user id, or an email), for queueing and the audit line. */
  readonly key: string;
  /** The acting Gong user, or why there is none (e.g. unknown_user for an email no active user has). */
  resolve(): Promise<Result<Actor, DomainError>>;
}

/**
 * Reads who a tool call acts for from the request as the transport verified it: a fixed user for stdio, the
 * bearer token's claims (`extra.authInfo`) for HTTP. Never from arguments, `_meta` or a session id.
 */
export type CallerOf = (extra: RequestExtra) => CallerOfRequest;

/** stdio: the one user given at start. */
export function fixedCaller(actor: Actor): CallerOf {
  const answer: CallerOfRequest = { key: actor.userId, resolve: () => Promise.resolve(ok(actor)) };
  return () => answer;
}

/**
 * Runs one tool call as `key`, so that its Gong requests queue fairly per user and are counted; resolves to
 * the value and the number of Gong requests it sent. The composition root supplies it (the transports do
 * not know the Gong adapters); without it nothing is counted.
 */
export type CallScope = <T>(
  key: string,
  /** `spent()` is the Gong requests the call has sent so far (null when nothing is counted). */
  run: (spent: () => number | null) => Promise<T>,
  limits: { readonly deadline: number; readonly signal: AbortSignal },
) => Promise<{ readonly value: T; readonly upstreamRequests: number | null }>;

export const uncountedScope: CallScope = async (_key, run) => ({ value: await run(() => null), upstreamRequests: null });
