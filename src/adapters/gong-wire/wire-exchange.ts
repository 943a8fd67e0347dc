import type { DomainError } from "../../domain/errors.js";
import type { Result } from "../../domain/result.js";

/** One request to Gong's REST API v2, as it goes on the wire (path without host, e.g. "/v2/calls/extensive"). */
export interface WireRequest {
  readonly method: "GET" | "POST";
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** Gong's answer: status and parsed JSON body (undefined when the body was empty). */
export interface WireResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Carries a WireRequest to a Gong and back: over HTTP (auth, retries, rate limits) or straight into the
 * in-memory fake. It fails only for what is not an answer from Gong (not connected, budget spent, network,
 * timeout); every HTTP status, 4xx included, comes back as a WireResponse for the gateway to read.
 */
export type WireExchange = (request: WireRequest) => Promise<Result<WireResponse, DomainError>>;
