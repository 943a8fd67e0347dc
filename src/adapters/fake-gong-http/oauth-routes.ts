import type { IncomingMessage, ServerResponse } from "node:http";
import { err, ok, type Result } from "../../domain/result.js";
import { parseBasic, sameCredentials } from "./basic-credentials.js";
import { ALL_CHECKED_SCOPES } from "./endpoint-scopes.js";
import type { FakeGongContext } from "./fake-gong-context.js";
import { replyWithFault } from "./fault-responses.js";
import type { GrantFailure, IssuedTokens } from "./oauth-grants.js";
import { hasContentType, readBody, sendJson, type JsonReply } from "./http-io.js";

export const AUTHORIZE_PATH = "/oauth2/authorize";
export const TOKEN_PATH = "/oauth2/generate-customer-token";

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

/**
 * `GET /oauth2/authorize`: there is no login page, so it approves at once, as the admin of the fake's
 * company, and redirects to `redirect_uri` with `code` and `state`. Gong checks `redirect_uri` against the
 * app's registered ones; the fake has no registration, so it only asks for an absolute http(s) URL.
 */
export function serveAuthorize(req: IncomingMessage, res: ServerResponse, url: URL, context: FakeGongContext): void {
  const query = url.searchParams;
  if (req.method !== "GET") {
    oauthError(res, 405, "invalid_request", "use GET");
    return;
  }
  if (query.get("client_id") !== context.options.oauthClientId) {
    oauthError(res, 400, "invalid_client", "unknown client_id");
    return;
  }
  const redirectUri = query.get("redirect_uri");
  const redirect = absoluteUrl(redirectUri);
  if (redirect === undefined || redirectUri === null) {
    oauthError(res, 400, "invalid_request", "redirect_uri must be an absolute http(s) URL");
    return;
  }
  if (query.get("response_type") !== "code") {
    oauthError(res, 400, "unsupported_response_type", "response_type must be code");
    return;
  }
  const scope = (query.get("scope") ?? "").trim().split(/\s+/).filter((s) => s !== "").join(" ") || ALL_CHECKED_SCOPES.join(" ");
  const code = context.grants.issueCode({
    redirectUri, // the token request must repeat it exactly
    scope,
    codeChallenge: query.get("code_challenge") ?? undefined,
    challengeMethod: query.get("code_challenge_method") ?? undefined,
  });
  redirect.searchParams.set("code", code);
  const state = query.get("state");
  if (state !== null) redirect.searchParams.set("state", state);
  res.writeHead(302, { location: redirect.href, ...NO_STORE, "content-length": 0 });
  res.end();
}

/**
 * `POST /oauth2/generate-customer-token`: client authentication by HTTP Basic, parameters from a form
 * body or the query string (public Gong clients send either), grants `authorization_code` and
 * `refresh_token`. Counted apart from API requests and never rate limited.
 */
export async function serveToken(req: IncomingMessage, res: ServerResponse, url: URL, context: FakeGongContext): Promise<void> {
  context.stats.countToken();
  if (req.method !== "POST") {
    oauthError(res, 405, "invalid_request", "use POST");
    return;
  }
  const params = await tokenParams(req, url, context.options.maxBodyBytes);
  if (!params.ok) {
    oauthError(res, params.error === "too-large" ? 413 : 400, "invalid_request", "the request body could not be read");
    return;
  }
  const fault = context.faults.take(url.pathname);
  await replyWithFault(res, fault, () => tokenReply(req.headers.authorization, params.value, context), context.signal);
}

function tokenReply(authorization: string | undefined, params: URLSearchParams, context: FakeGongContext): JsonReply {
  const client = parseBasic(authorization);
  const expected = { user: context.options.oauthClientId, secret: context.options.oauthClientSecret };
  if (client === undefined || !sameCredentials(client, expected)) {
    return failure(401, "invalid_client", "client authentication failed", { "www-authenticate": 'Basic realm="fake-gong"' });
  }
  const grantType = params.get("grant_type");
  let issued: Result<IssuedTokens, GrantFailure>;
  if (grantType === "authorization_code") {
    const code = params.get("code");
    const redirectUri = params.get("redirect_uri");
    if (code === null || redirectUri === null) return failure(400, "invalid_request", "code and redirect_uri are required");
    issued = context.grants.redeemCode(code, redirectUri, params.get("code_verifier") ?? undefined);
  } else if (grantType === "refresh_token") {
    const refreshToken = params.get("refresh_token");
    if (refreshToken === null) return failure(400, "invalid_request", "refresh_token is required");
    issued = context.grants.refresh(refreshToken);
  } else {
    return failure(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
  }
  if (!issued.ok) return { status: 400, body: issued.error, headers: NO_STORE };
  return { status: 200, body: { ...issued.value, api_base_url_for_customer: context.baseUrl() }, headers: NO_STORE };
}

/**
 * Query-string parameters, overridden by a form body's. UNCONFIRMED: whether Gong reads a JSON body;
 * the fake ignores one, so a client relying on it fails here first.
 */
async function tokenParams(req: IncomingMessage, url: URL, maxBytes: number): Promise<Result<URLSearchParams, string>> {
  const params = new URLSearchParams(url.searchParams);
  const body = await readBody(req, maxBytes);
  if (!body.ok) return err(body.error);
  if (hasContentType(req, "application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(body.value)) params.set(key, value);
  }
  return ok(params);
}

function absoluteUrl(raw: string | null): URL | undefined {
  if (raw === null) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

function failure(status: number, error: string, description: string, headers: Record<string, string> = {}): JsonReply {
  return { status, body: { error, error_description: description }, headers: { ...NO_STORE, ...headers } };
}

function oauthError(res: ServerResponse, status: number, error: string, description: string): void {
  sendJson(res, failure(status, error, description));
}
