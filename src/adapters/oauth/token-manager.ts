import type { Clock } from "../../application/ports/clock.js";
import {
  isCredentialStoreError,
  type CredentialStore,
  type GongAuthorization,
  type OrgCredentials,
  type StoredConnection,
} from "../../application/ports/credential-store.js";
import type { Logger } from "../../application/ports/logger.js";
import { notConnected, type DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";
import { explainOAuthFailure, type OAuthFailure } from "./oauth-failure.js";
import { refreshDue } from "./refresh-due.js";

/** The part of GongOAuthClient the manager needs; tests may pass another. */
export interface TokenRefresher {
  refresh(refreshToken: string, previous: StoredConnection): Promise<Result<StoredConnection, OAuthFailure>>;
}

export interface TokenManagerOptions {
  readonly store: CredentialStore;
  /** Null when no OAuth app is configured: a stored token is used until it expires, then Unauthorized. */
  readonly refresher: TokenRefresher | null;
  readonly clock: Clock;
  /** GONG_BASE_URL, for a connection whose token response had no `api_base_url_for_customer`. */
  readonly defaultBaseUrl: string;
  readonly logger?: Logger;
}

export interface AccessToken {
  readonly token: string;
  readonly baseUrl: string;
}

const unauthorized = (detail: string): DomainError => ({ _tag: "Unauthorized", detail });

// After an early refresh failed, the still-valid token is used this long before the endpoint is tried again.
const RETRY_FAILED_REFRESH_MS = 30_000;

/**
 * The OAuth access token for each upstream request, refreshed when due or after a 401. Requests in this
 * process share one in-flight refresh; processes take turns through `store.update`'s lock and re-read
 * inside it, so a refresh token is sent once and its successor is stored before anyone uses it.
 */
export class TokenManager implements OrgCredentials {
  readonly #o: TokenManagerOptions;
  #inflight: Promise<Result<StoredConnection, DomainError>> | null = null;
  #nextAttemptAt = 0;

  constructor(options: TokenManagerOptions) {
    this.#o = options;
  }

  /** The current token and base URL; NotConnected when nothing is stored. */
  async accessToken(): Promise<Result<AccessToken, DomainError>> {
    const read = await this.#read();
    if (!read.ok) return read;
    const stored = read.value;
    if (stored === null) return err(notConnected());
    const now = this.#o.clock.now();
    const stillValid = stored.expiresAt > now;
    if (!refreshDue(stored, now) || (stillValid && now < this.#nextAttemptAt)) return ok(this.#toAccess(stored));
    const refreshed = await this.#refreshShared((current) => refreshDue(current, this.#o.clock.now()));
    if (refreshed.ok) return ok(this.#toAccess(refreshed.value));
    // A failed early refresh need not fail the request while the old token still works (until it expires).
    if (refreshed.error._tag !== "NotConnected" && stillValid) {
      this.#nextAttemptAt = this.#o.clock.now() + RETRY_FAILED_REFRESH_MS;
      return ok(this.#toAccess(stored));
    }
    return refreshed;
  }

  /** After Gong answered 401 to `failedToken`: refreshes only if that token is still the stored one. */
  async refreshAfter401(failedToken: string): Promise<Result<AccessToken, DomainError>> {
    const refreshed = await this.#refreshShared((current) => current.accessToken === failedToken);
    if (!refreshed.ok) return refreshed;
    if (refreshed.value.accessToken === failedToken) return err(unauthorized("Gong rejected the stored access token: connect Gong again"));
    return ok(this.#toAccess(refreshed.value));
  }

  async current(): Promise<Result<GongAuthorization, DomainError>> {
    return toAuthorization(await this.accessToken());
  }

  async afterUnauthorized(failed: GongAuthorization): Promise<Result<GongAuthorization, DomainError>> {
    return toAuthorization(await this.refreshAfter401(failed.header.replace(/^Bearer /, "")));
  }

  #refreshShared(due: (current: StoredConnection) => boolean): Promise<Result<StoredConnection, DomainError>> {
    // Whoever asks while a refresh is running gets its result: a fresh token suits both callers.
    if (this.#inflight !== null) return this.#inflight;
    const flight = this.#refreshLocked(due).finally(() => {
      this.#inflight = null;
    });
    this.#inflight = flight;
    return flight;
  }

  async #refreshLocked(due: (current: StoredConnection) => boolean): Promise<Result<StoredConnection, DomainError>> {
    let outcome: Result<StoredConnection, DomainError> = err(notConnected());
    try {
      await this.#o.store.update(async (current) => {
        if (current === null) return null;
        // Another process (or an earlier flight) refreshed while we waited for the lock: use its token.
        if (!due(current)) {
          outcome = ok(current);
          return null;
        }
        const { refresher } = this.#o;
        if (current.refreshToken === null || refresher === null) {
          outcome = err(unauthorized("the Gong access token can no longer be refreshed: connect Gong again"));
          return null;
        }
        const result = await refresher.refresh(current.refreshToken, current);
        if (result.ok) {
          outcome = ok(result.value);
          return result.value; // stored under the lock before anyone uses it
        }
        this.#o.logger?.warn("gong token refresh failed", { reason: result.error.reason, status: result.error.status, error: result.error.error });
        outcome = err(toDomainError(result.error));
        // A refused refresh token is dead; forgetting it makes sure it is never sent again.
        return result.error.error === "invalid_grant" ? { ...current, refreshToken: null } : null;
      });
    } catch (cause) {
      if (isCredentialStoreError(cause)) return err(unauthorized(cause.message));
      throw cause;
    }
    return outcome;
  }

  async #read(): Promise<Result<StoredConnection | null, DomainError>> {
    try {
      return ok(await this.#o.store.read());
    } catch (cause) {
      if (isCredentialStoreError(cause)) return err(unauthorized(cause.message));
      throw cause;
    }
  }

  #toAccess(connection: StoredConnection): AccessToken {
    return { token: connection.accessToken, baseUrl: connection.apiBaseUrl ?? this.#o.defaultBaseUrl };
  }
}

function toDomainError(failure: OAuthFailure): DomainError {
  if (failure.reason === "Rejected") return unauthorized(explainOAuthFailure(failure));
  return { _tag: "UpstreamFailed", reason: failure.reason, ...(failure.status === undefined ? {} : { status: failure.status }) };
}

function toAuthorization(result: Result<AccessToken, DomainError>): Result<GongAuthorization, DomainError> {
  return result.ok ? ok({ header: `Bearer ${result.value.token}`, baseUrl: result.value.baseUrl }) : result;
}
