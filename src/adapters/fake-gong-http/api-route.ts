import type { IncomingMessage, ServerResponse } from "node:http";
import type { WireRequest } from "../gong-wire/wire-exchange.js";
import { parseBasic, parseBearer, sameCredentials } from "./basic-credentials.js";
import { missingScopeMessage, requiredScope } from "./endpoint-scopes.js";
import type { FakeGongContext } from "./fake-gong-context.js";
import { replyWithFault } from "./fault-responses.js";
import { hasContentType, readBody, sendGongError } from "./http-io.js";

/** Who is calling: an access key (every scope) or an OAuth token (its scopes); or why nobody is. */
type Caller = { readonly ok: true; readonly scopes: ReadonlySet<string> | "all" } | { readonly ok: false; readonly message: string };

/**
 * Serves `/v2/…` as Gong does: authenticate, rate limit, check the token's scope, read the JSON body, then
 * answer from the fake API (or with a queued fault). Every request is counted, refused ones included.
 */
export async function serveApi(req: IncomingMessage, res: ServerResponse, url: URL, context: FakeGongContext): Promise<void> {
  const path = url.pathname;
  context.stats.countApi(path);
  const caller = authenticate(req.headers.authorization, context);
  if (!caller.ok) {
    context.stats.countUnauthorized();
    sendGongError(res, 401, caller.message);
    return;
  }
  const method = req.method;
  if (method !== "GET" && method !== "POST") {
    sendGongError(res, 405, "Method Not Allowed");
    return;
  }
  const admission = context.limiter.admit();
  if (!admission.admitted) {
    context.stats.countRateLimited();
    // UNCONFIRMED: Gong's 429 body text was never captured; the shape is its ErrorResponse.
    sendGongError(res, 429, "API request limit exceeded", { "retry-after": String(admission.retryAfterSeconds) });
    return;
  }
  const scope = requiredScope(method, path);
  if (scope !== undefined && caller.scopes !== "all" && !caller.scopes.has(scope)) {
    context.stats.countUnauthorized();
    sendGongError(res, 401, missingScopeMessage(scope));
    return;
  }
  const body = method === "POST" ? await readJsonBody(req, res, context.options.maxBodyBytes) : { ok: true as const, value: undefined };
  if (!body.ok) return;
  const request: WireRequest = { method, path, query: Object.fromEntries(url.searchParams), body: body.value };
  await replyWithFault(res, context.faults.take(path), () => context.api.handle(request), context.signal, requestCursorOf(request));
}

/** The paging cursor a request sent: in the query (GET) or top-level in the body (POST). */
function requestCursorOf(request: WireRequest): string | null {
  const fromQuery = request.query?.cursor;
  if (typeof fromQuery === "string") return fromQuery;
  const body = request.body as { cursor?: unknown } | undefined;
  return typeof body?.cursor === "string" ? body.cursor : null;
}

function authenticate(header: string | undefined, context: FakeGongContext): Caller {
  const { accessKey, accessKeySecret } = context.options;
  const basic = parseBasic(header);
  if (basic !== undefined) {
    // UNCONFIRMED: Gong's 401 texts for bad credentials were never captured (gong-api.md section 14).
    return sameCredentials(basic, { user: accessKey, secret: accessKeySecret })
      ? { ok: true, scopes: "all" }
      : { ok: false, message: "Invalid access key or access key secret" };
  }
  const token = parseBearer(header);
  if (token === undefined) return { ok: false, message: "Missing or unsupported Authorization header" }; // UNCONFIRMED
  const grant = context.grants.check(token);
  if (grant.valid) return { ok: true, scopes: grant.scopes };
  // UNCONFIRMED: both texts; a revoked token is said to read "access token has been revoked".
  return { ok: false, message: grant.reason === "expired" ? "Access token has expired" : "Access token is invalid or has been revoked" };
}

/** The POST body as JSON; on failure the error answer is already sent. An empty body is `undefined`. */
async function readJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
): Promise<{ readonly ok: true; readonly value: unknown } | { readonly ok: false }> {
  const text = await readBody(req, maxBytes);
  if (!text.ok) {
    // UNCONFIRMED: Gong's limit and text for a large body; 413 is what a gateway in front would send.
    if (text.error === "too-large") sendGongError(res, 413, `Request body is larger than ${maxBytes} bytes`);
    return { ok: false };
  }
  if (text.value.trim() === "") return { ok: true, value: undefined };
  if (!hasContentType(req, "application/json")) {
    sendGongError(res, 415, "Unsupported Media Type"); // a text Gong was seen sending
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch {
    sendGongError(res, 400, "Bad request"); // UNCONFIRMED for malformed JSON; "Bad request" is a real Gong 400 text
    return { ok: false };
  }
}
