import { createHash, randomBytes } from "node:crypto";
import { err, ok, type Result } from "../../domain/result.js";

/** Gong's token response, less `api_base_url_for_customer` (the route adds the server's URL). */
export interface IssuedTokens {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly scope: string;
  readonly token_type: "bearer";
  readonly expires_in: number;
}

/** An OAuth error body (RFC 6749 section 5.2), as Gong answers a bad token request. */
export interface GrantFailure {
  readonly error: "invalid_grant" | "invalid_request";
  readonly error_description: string;
}

/** What an access token grants, or why it grants nothing. */
export type AccessCheck =
  | { readonly valid: true; readonly scopes: ReadonlySet<string> }
  | { readonly valid: false; readonly reason: "unknown" | "expired" };

export interface PendingCode {
  readonly redirectUri: string;
  readonly scope: string;
  readonly expiresAt: number;
  readonly codeChallenge: string | undefined;
  readonly challengeMethod: string | undefined;
}

/** Codes live 5 minutes and are single-use, like most authorization servers. UNCONFIRMED for Gong. */
const CODE_TTL_MS = 5 * 60_000;

/**
 * The fake's authorization server state: codes, access tokens and refresh tokens, all in memory.
 * Refresh tokens rotate: each is good for one refresh (gong-api.md section 4, from a vendor blog).
 */
export class OAuthGrants {
  readonly #ttlSeconds: number;
  readonly #now: () => number;
  readonly #codes = new Map<string, PendingCode>();
  readonly #access = new Map<string, { readonly scopes: ReadonlySet<string>; expiresAt: number }>();
  readonly #refresh = new Map<string, { readonly scope: string }>();

  constructor(accessTokenTtlSeconds: number, now: () => number) {
    this.#ttlSeconds = accessTokenTtlSeconds;
    this.#now = now;
  }

  /** A new single-use code for the approved request. */
  issueCode(request: Omit<PendingCode, "expiresAt">): string {
    const code = opaque("fgc");
    this.#codes.set(code, { ...request, expiresAt: this.#now() + CODE_TTL_MS });
    return code;
  }

  /** Trades a code for tokens. The code is used up by the attempt, even a failed one. */
  redeemCode(code: string, redirectUri: string, codeVerifier: string | undefined): Result<IssuedTokens, GrantFailure> {
    const pending = this.#codes.get(code);
    this.#codes.delete(code);
    if (pending === undefined) return err(invalidGrant("the authorization code is invalid or was already used"));
    if (pending.expiresAt <= this.#now()) return err(invalidGrant("the authorization code has expired"));
    if (pending.redirectUri !== redirectUri) return err(invalidGrant("redirect_uri does not match the authorization request"));
    // UNCONFIRMED: whether Gong supports PKCE. The fake checks a verifier when one is sent, and lets a
    // client that never sends one through, so both kinds of client work against it.
    if (pending.codeChallenge !== undefined && codeVerifier !== undefined) {
      const expected = pending.challengeMethod === "plain" ? codeVerifier : createHash("sha256").update(codeVerifier).digest("base64url");
      if (expected !== pending.codeChallenge) return err(invalidGrant("code_verifier does not match code_challenge"));
    }
    return ok(this.#issue(pending.scope));
  }

  /** Uses a refresh token up and issues a new pair. */
  refresh(refreshToken: string): Result<IssuedTokens, GrantFailure> {
    const grant = this.#refresh.get(refreshToken);
    if (grant === undefined) return err(invalidGrant("the refresh token is invalid or was already used"));
    this.#refresh.delete(refreshToken);
    return ok(this.#issue(grant.scope));
  }

  check(accessToken: string): AccessCheck {
    const grant = this.#access.get(accessToken);
    if (grant === undefined) return { valid: false, reason: "unknown" };
    return grant.expiresAt <= this.#now() ? { valid: false, reason: "expired" } : { valid: true, scopes: grant.scopes };
  }

  /** Expires every access token now (refresh tokens stay good); returns how many were still valid. */
  expireAccessTokens(): number {
    const now = this.#now();
    let expired = 0;
    for (const grant of this.#access.values()) {
      if (grant.expiresAt > now) expired += 1;
      grant.expiresAt = Math.min(grant.expiresAt, now);
    }
    return expired;
  }

  #issue(scope: string): IssuedTokens {
    const now = this.#now();
    // Tokens expired for a day are forgotten, so a long-running fake does not grow without end.
    for (const [token, grant] of this.#access) if (grant.expiresAt + 86_400_000 < now) this.#access.delete(token);
    const accessToken = opaque("fga");
    const refreshToken = opaque("fgr");
    this.#access.set(accessToken, { scopes: new Set(scope.split(" ").filter((s) => s !== "")), expiresAt: now + this.#ttlSeconds * 1000 });
    this.#refresh.set(refreshToken, { scope });
    return { access_token: accessToken, refresh_token: refreshToken, scope, token_type: "bearer", expires_in: this.#ttlSeconds };
  }
}

/** Random opaque strings with a prefix that says what they are, which helps reading logs of tests. */
function opaque(prefix: string): string {
  return `${prefix}_${randomBytes(24).toString("base64url")}`;
}

const invalidGrant = (description: string): GrantFailure => ({ error: "invalid_grant", error_description: description });
