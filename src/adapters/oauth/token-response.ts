import type { TokenEndpointResponse } from "oauth4webapi";
import type { StoredConnection } from "../../application/ports/credential-store.js";
import { parseEndpointUrl } from "./endpoint-url.js";

/** Used when Gong leaves out `expires_in` (it sends 86400): short, so a refresh comes early rather than late. */
const ASSUMED_LIFETIME_MS = 60 * 60_000;

/** What a token response may leave out, taken from the request (scopes) or the connection being refreshed. */
export interface TokenFallback {
  readonly refreshToken: string | null;
  readonly scopes: readonly string[];
  readonly apiBaseUrl: string | null;
}

/**
 * Turns Gong's token response into the connection to store. `issuedAt` is when the request was sent, so
 * the computed expiry errs early. Null when `api_base_url_for_customer` is not a safe URL: tokens are
 * sent there, so anything but https (or http on loopback, in tests) is refused.
 */
export function toStoredConnection(body: TokenEndpointResponse, issuedAt: number, fallback: TokenFallback): StoredConnection | null {
  const lifetimeMs = typeof body.expires_in === "number" && body.expires_in > 0 ? body.expires_in * 1000 : ASSUMED_LIFETIME_MS;
  let apiBaseUrl = fallback.apiBaseUrl;
  const rawBase = body["api_base_url_for_customer"];
  if (rawBase !== undefined && rawBase !== null) {
    if (typeof rawBase !== "string") return null;
    const parsed = parseEndpointUrl("api_base_url_for_customer", rawBase);
    if (!parsed.ok) return null;
    apiBaseUrl = parsed.value.href.replace(/\/+$/, "");
  }
  const scopes = typeof body.scope === "string" && body.scope.trim() !== "" ? body.scope.trim().split(/\s+/) : fallback.scopes;
  return {
    method: "oauth",
    accessToken: body.access_token,
    // Gong rotates refresh tokens; should one response lack it, the current one is still the one to use.
    refreshToken: body.refresh_token ?? fallback.refreshToken,
    issuedAt,
    expiresAt: issuedAt + lifetimeMs,
    scopes,
    apiBaseUrl,
  };
}
