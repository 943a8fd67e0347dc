import type * as Schema from "effect/Schema";
import type { Logger } from "../../application/ports/logger.js";
import { forbidden, type DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { Endpoint } from "./endpoints.js";
import type { WireResponse } from "./wire-exchange.js";
import { WireErrorBody } from "./wire/common.js";
import { decodeWire } from "./wire/decode.js";

/** Gong's 401 for an OAuth token without a scope (gong-api.md section 3); only scope-like text is taken. */
const MISSING_SCOPE = /You don't have permission to use '([A-Za-z0-9:._-]{1,100})'/;
/** Gong's 404 for an empty call search, told apart from other 404s by its text. */
const NO_CALLS = /^No calls found/i;
/** A decode path goes to the log; TreeFormatter spells out whole schema types, which would flood it. */
const MAX_LOGGED_LINE = 120;
const MAX_LOGGED_PATH = 4_000;

/** The first entry of Gong's `{ requestId, errors }` body, when the body has that shape. */
function errorText(response: WireResponse): string | undefined {
  return errorBodyOf(response)?.errors?.[0] ?? undefined;
}

/** Is this Gong's "no calls" 404, which means an empty result, not a failure? */
function isNoCallsFound(response: WireResponse): boolean {
  return response.status === 404 && NO_CALLS.test(errorText(response) ?? "");
}

/** For the call endpoints: their "no calls" 404 is `empty`; any other 404 stays a failure. */
export function noCallsMeans<T>(empty: T): (response: WireResponse) => Result<T, DomainError> | undefined {
  return (response) => (isNoCallsFound(response) ? ok(empty) : undefined);
}

/**
 * Reads one answer: a 2xx body decoded with `schema`, or the DomainError its status means. Never throws;
 * what did not decode is logged by path only, without the values (they are customer data).
 */
export function readAnswer<A, I>(
  response: WireResponse,
  endpoint: Endpoint,
  schema: Schema.Schema<A, I>,
  logger: Logger,
): Result<A, DomainError> {
  if (response.status < 200 || response.status > 299) return err(statusError(response, endpoint, logger));
  const decoded = decodeWire(schema, response.body);
  if (decoded.ok) return ok(decoded.value);
  logger.warn("gong answer did not match the expected shape", {
    endpoint: label(endpoint),
    status: response.status,
    path: withoutValues(decoded.path),
  });
  return err({ _tag: "UpstreamFailed", reason: "Decode" });
}

/** The DomainError a non-2xx status means on `endpoint` (only the generic meaning: 404s vary by endpoint). */
export function statusError(response: WireResponse, endpoint: Endpoint, logger: Logger): DomainError {
  const { status } = response;
  const body = errorBodyOf(response);
  // Gong's requestId lets its support find the request; the error texts may name people, so they stay out.
  logger.warn("gong answered with an error status", {
    endpoint: label(endpoint),
    status,
    requestId: body?.requestId?.slice(0, 100) ?? null,
  });
  if (status === 401) {
    const scope = MISSING_SCOPE.exec(body?.errors?.[0] ?? "")?.[1];
    if (scope !== undefined) return forbidden(`the Gong connection lacks the ${scope} scope; a Gong admin can grant it`);
    // UNCONFIRMED: only the missing-scope 401 was ever observed; any other is read as bad or expired credentials.
    return { _tag: "Unauthorized", detail: "Gong rejected the connection's credentials" };
  }
  if (status === 403) {
    if (endpoint.engage) {
      return forbidden(
        `Gong refused access: the company may not have a Gong Engage licence, or the connection may lack the ${endpoint.scope} scope`,
      );
    }
    // UNCONFIRMED: Gong lists 403 for users and workspaces without saying when; a missing scope is the likely cause.
    return forbidden(`Gong refused access: the connection may lack the ${endpoint.scope} scope`);
  }
  // Reaching here with a 429 means the exchange already waited and retried as Gong asked.
  if (status === 429) return { _tag: "UpstreamFailed", reason: "Throttled", status };
  return { _tag: "UpstreamFailed", reason: "Status", status };
}

function label(endpoint: Endpoint): string {
  return `${endpoint.method} ${endpoint.path}`;
}

function errorBodyOf(response: WireResponse): WireErrorBody | undefined {
  const decoded = decodeWire(WireErrorBody, response.body);
  return decoded.ok ? decoded.value : undefined;
}

/**
 * TreeFormatter writes "Expected X, actual <value>": keep where it failed and what was expected, drop the
 * value (customer data, or a whole HTML page), and shorten the long schema type descriptions.
 */
function withoutValues(tree: string): string {
  return tree
    .split("\n")
    .map((line) => {
      const bare = line.replace(/, actual .*$/, "");
      return bare.length > MAX_LOGGED_LINE ? `${bare.slice(0, MAX_LOGGED_LINE)}…` : bare;
    })
    .join("\n")
    .slice(0, MAX_LOGGED_PATH);
}
