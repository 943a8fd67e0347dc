import * as oauth from "oauth4webapi";
import type { Clock } from "../../application/ports/clock.js";
import type { StoredConnection } from "../../application/ports/credential-store.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { OAuthConfig } from "./oauth-config.js";
import { toOAuthFailure, type OAuthFailure } from "./oauth-failure.js";
import { toStoredConnection, type TokenFallback } from "./token-response.js";

export interface GongOAuthClientOptions {
  readonly clock: Clock;
  /** Per token request (default 15 s). */
  readonly timeoutMs?: number;
}

/**
 * Gong's OAuth 2.0 authorization-code flow, on oauth4webapi for the token endpoint (form body, response
 * checks, OAuth error bodies). Gong has no discovery document, so the server metadata is built by hand.
 */
export class GongOAuthClient {
  readonly #config: OAuthConfig;
  readonly #clock: Clock;
  readonly #timeoutMs: number;
  readonly #as: oauth.AuthorizationServer;
  readonly #client: oauth.Client;
  readonly #auth: oauth.ClientAuth;

  constructor(config: OAuthConfig, options: GongOAuthClientOptions) {
    this.#config = config;
    this.#clock = options.clock;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#as = { issuer: config.authorizeUrl.origin, authorization_endpoint: config.authorizeUrl.href, token_endpoint: config.tokenUrl.href };
    this.#client = { client_id: config.clientId };
    this.#auth = rawClientSecretBasic(config.clientId, config.clientSecret);
  }

  /** Where to send the admin: response_type, client_id, redirect_uri, scope (space-separated as %20) and state. */
  authorizeUrl(state: string): string {
    const params: [string, string][] = [
      ["response_type", "code"],
      ["client_id", this.#config.clientId],
      ["redirect_uri", this.#config.redirectUri],
      ["scope", this.#config.scopes.join(" ")],
      ["state", state],
    ];
    // Built by hand because URLSearchParams writes spaces as "+", and Gong documents "%20" in scope.
    const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
    const url = new URL(this.#config.authorizeUrl.href);
    url.search = url.search === "" ? `?${query}` : `${url.search}&${query}`;
    return url.href;
  }

  /** Trades the callback's `code` for tokens (grant_type=authorization_code). */
  async exchangeCode(code: string): Promise<Result<StoredConnection, OAuthFailure>> {
    const fallback: TokenFallback = { refreshToken: null, scopes: this.#config.scopes, apiBaseUrl: null };
    return this.#grant("authorization_code", { code, redirect_uri: this.#config.redirectUri }, fallback);
  }

  /**
   * Uses `refreshToken` once (grant_type=refresh_token). What the response leaves out (a rotated refresh
   * token, scopes, base URL) is kept from `previous`.
   */
  async refresh(refreshToken: string, previous: StoredConnection): Promise<Result<StoredConnection, OAuthFailure>> {
    const fallback: TokenFallback = { refreshToken, scopes: previous.scopes, apiBaseUrl: previous.apiBaseUrl };
    return this.#grant("refresh_token", { refresh_token: refreshToken }, fallback);
  }

  async #grant(grantType: string, parameters: Record<string, string>, fallback: TokenFallback): Promise<Result<StoredConnection, OAuthFailure>> {
    const issuedAt = this.#clock.now();
    const options = {
      signal: AbortSignal.timeout(this.#timeoutMs),
      // Deprecated only as a warning sign: config parsing refused plain http except on loopback (fake, tests).
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      [oauth.allowInsecureRequests]: this.#config.tokenUrl.protocol === "http:",
    };
    try {
      const response = await oauth.genericTokenEndpointRequest(this.#as, this.#client, this.#auth, grantType, parameters, options);
      const body = await oauth.processGenericTokenEndpointResponse(this.#as, this.#client, response);
      const connection = toStoredConnection(body, issuedAt, fallback);
      return connection === null ? err({ _tag: "OAuthFailed", reason: "Decode" }) : ok(connection);
    } catch (cause) {
      return err(toOAuthFailure(cause));
    }
  }
}

/**
 * HTTP Basic with `client_id:client_secret` as they are. oauth4webapi's ClientSecretBasic form-encodes both
 * first (RFC 6749 2.3.1), which changes any secret holding "-", "_", "." or "~"; Gong's documented header
 * and every public Gong client use the raw values.
 */
function rawClientSecretBasic(clientId: string, clientSecret: string): oauth.ClientAuth {
  const header = `Basic ${Buffer.from(`${clientId}:${clientSecret}`, "utf8").toString("base64")}`;
  return (_as, _client, _body, headers) => {
    headers.set("authorization", header);
  };
}
