import type { Result } from "../../domain/result.js";
import type { StoredConnection } from "./credential-store.js";

/** Gong's OAuth authorization-code flow, as connecting needs it. */
export interface OAuthAuthorization {
  /** Where to send the admin, carrying `state`. */
  authorizeUrl(state: string): string;
  /** Trades the callback's code for tokens; a failure is one line for a person, with no secret in it. */
  exchangeCode(code: string): Promise<Result<StoredConnection, string>>;
}

/**
 * OAuth `state` values: random, single-use and expiring; a state is what authenticates the callback. Shared
 * state across instances (the callback may reach another instance than the one that issued it), so async.
 */
export interface OAuthStates {
  issue(): Promise<string>;
  /** True exactly once for an issued, unexpired state. */
  consume(state: string | null | undefined): Promise<boolean>;
}
