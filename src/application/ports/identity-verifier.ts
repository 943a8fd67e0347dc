import type { CallerClaim } from "../../domain/caller-claim.js";
import type { Result } from "../../domain/result.js";

/** A request token the server has verified: who it acts for, and whether they may manage the Gong connection. */
export interface VerifiedIdentity {
  readonly caller: CallerClaim;
  /** The `gong_admin: true` claim: may connect and disconnect Gong (contract section 4). */
  readonly admin: boolean;
  /** Epoch seconds; null when the token states no expiry. */
  readonly expiresAt: number | null;
}

/**
 * Verifies the bearer token of an HTTP request (signature, expiry, issuer, audience) and reads the caller
 * from it. A refusal is one short sentence for the 401's `error_description`: never the token itself.
 */
export interface IdentityVerifier {
  verify(token: string): Promise<Result<VerifiedIdentity, string>>;
}
