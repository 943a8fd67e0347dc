import { err, ok, type Result } from "../../domain/result.js";
import type { CredentialStore, StoredConnection } from "../ports/credential-store.js";
import type { OAuthAuthorization, OAuthStates } from "../ports/oauth-authorization.js";

/** What came back to the redirect URI. */
export interface OAuthRedirect {
  readonly code: string | null;
  readonly state: string | null;
  readonly error: string | null;
}

/**
 * Why a connect stored nothing. `refused`: the redirect itself was wrong (state, code, Gong's own refusal);
 * `gong_failed`: Gong's token endpoint failed the exchange; `not_stored`: the tokens could not be written.
 */
export interface ConnectFailure {
  readonly kind: "refused" | "gong_failed" | "not_stored";
  readonly line: string;
}

/**
 * Connecting the org to Gong by OAuth, the same steps for `gong-mcp connect` and for the web route
 * `/admin/gong/connect` + `/callback` (contract section 4): issue a single-use state, send the admin to
 * Gong, then check the redirect, exchange the code, and store the tokens, each step only after the
 * previous one held. Any failure stores nothing.
 */
export class ConnectGong {
  constructor(
    private readonly oauth: OAuthAuthorization,
    private readonly states: OAuthStates,
    private readonly store: CredentialStore,
  ) {}

  /** The authorize URL to send the admin to, with a fresh state. */
  async begin(): Promise<string> {
    return this.oauth.authorizeUrl(await this.states.issue());
  }

  /** A store that cannot be written (another key, damaged) is said before the admin goes through the browser. */
  async storeProblem(): Promise<string | null> {
    try {
      await this.store.read();
      return null;
    } catch (cause) {
      return cause instanceof Error ? cause.message : String(cause);
    }
  }

  async complete(redirect: OAuthRedirect): Promise<Result<StoredConnection, ConnectFailure>> {
    // Gong may leave `state` out of an error redirect, so its error is reported first; either way nothing is stored.
    if (redirect.error !== null) {
      return err({ kind: "refused", line: `Gong did not authorize the connection (${safeCode(redirect.error)}); nothing was stored` });
    }
    if (!(await this.states.consume(redirect.state))) {
      return err({ kind: "refused", line: "the redirect's state does not match one this server issued, or has expired or been used (a stale or forged link); nothing was stored" });
    }
    if (redirect.code === null || redirect.code === "") return err({ kind: "refused", line: "the redirect carried no authorization code; nothing was stored" });
    const tokens = await this.oauth.exchangeCode(redirect.code);
    if (!tokens.ok) return err({ kind: "gong_failed", line: `${tokens.error}; nothing was stored` });
    try {
      await this.store.write(tokens.value);
    } catch (cause) {
      return err({ kind: "not_stored", line: `could not store the Gong connection: ${cause instanceof Error ? cause.message : String(cause)}` });
    }
    return ok(tokens.value);
  }
}

// The error code comes from whoever called the redirect URI: echo it only when it looks like an OAuth code.
function safeCode(code: string): string {
  return /^[a-z0-9_.-]{1,64}$/i.test(code) ? code : "an unreadable error";
}
