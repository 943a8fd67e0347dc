import type { GongAuthorization, OrgCredentials } from "../../application/ports/credential-store.js";
import { notConnected, type DomainError } from "../../domain/errors.js";
import { err, type Result } from "../../domain/result.js";

/**
 * The stored OAuth connection when there is one, else the access key (the order connectionStatus reports).
 * Decided per request, so a connect or disconnect in another process takes effect without a restart.
 */
export class OrgCredentialsChain implements OrgCredentials {
  readonly #oauth: OrgCredentials | null;
  readonly #accessKey: OrgCredentials | null;

  constructor(oauth: OrgCredentials | null, accessKey: OrgCredentials | null) {
    this.#oauth = oauth;
    this.#accessKey = accessKey;
  }

  async current(): Promise<Result<GongAuthorization, DomainError>> {
    if (this.#oauth !== null) {
      const fromOAuth = await this.#oauth.current();
      if (fromOAuth.ok || fromOAuth.error._tag !== "NotConnected") return fromOAuth;
    }
    return this.#accessKey === null ? err(notConnected()) : this.#accessKey.current();
  }

  async afterUnauthorized(failed: GongAuthorization): Promise<Result<GongAuthorization, DomainError>> {
    const owner = failed.header.startsWith("Bearer ") ? this.#oauth : this.#accessKey;
    return owner === null ? err(notConnected()) : owner.afterUnauthorized(failed);
  }
}
