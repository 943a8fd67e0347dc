import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { IdentityVerifier, VerifiedIdentity } from "../../application/ports/identity-verifier.js";
import { parseCallerClaim } from "../../domain/caller-claim.js";
import { err, ok, type Result } from "../../domain/result.js";

/** How request tokens are signed: a shared HS256 secret, or the identity provider's published keys. */
export type JwtKeys = { readonly kind: "secret"; readonly secret: string } | { readonly kind: "jwks"; readonly url: URL };

export interface JwtIdentityOptions {
  readonly keys: JwtKeys;
  /** `iss` must equal it when set. */
  readonly issuer: string | null;
  /**
   * `aud` must contain it when set; a token without `aud` is then refused. Read per token: the default
   * audience is this server's resource URL, whose port is known only once it listens.
   */
  readonly audience: () => string | null;
  /** The claim that names the caller: `gong_user_id` (default) or an email claim such as `email`. */
  readonly userClaim: string;
}

// Asymmetric algorithms only for published keys: an HS256 token must never verify against a public key.
const JWKS_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"];
// Clocks of the identity provider and this server drift a little.
const CLOCK_TOLERANCE_S = 5;

/**
 * Verifies request JWTs with jose (contract section 3): signature, `exp`/`nbf`, `iss` and `aud` when
 * configured, then reads the caller from the user claim (a Gong user id, or an email) and `gong_admin`.
 * Published keys are fetched and cached by jose's remote key set, which refetches on an unknown `kid`.
 */
export class JwtIdentityVerifier implements IdentityVerifier {
  readonly #key: Uint8Array | JWTVerifyGetKey;
  readonly #algorithms: string[];
  readonly #options: JwtIdentityOptions;

  constructor(options: JwtIdentityOptions) {
    this.#options = options;
    if (options.keys.kind === "secret") {
      this.#key = new TextEncoder().encode(options.keys.secret);
      this.#algorithms = ["HS256"];
    } else {
      this.#key = createRemoteJWKSet(options.keys.url, { timeoutDuration: 5_000, cooldownDuration: 30_000 });
      this.#algorithms = JWKS_ALGORITHMS;
    }
  }

  async verify(token: string): Promise<Result<VerifiedIdentity, string>> {
    let payload: JWTPayload;
    const audience = this.#options.audience();
    try {
      const verifyOptions = {
        algorithms: this.#algorithms,
        clockTolerance: CLOCK_TOLERANCE_S,
        ...(this.#options.issuer === null ? {} : { issuer: this.#options.issuer }),
        ...(audience === null ? {} : { audience }),
      };
      // Two calls rather than one union: jose overloads a key and a key getter separately.
      payload =
        this.#key instanceof Uint8Array
          ? (await jwtVerify(token, this.#key, verifyOptions)).payload
          : (await jwtVerify(token, this.#key, verifyOptions)).payload;
    } catch (cause) {
      return err(refusalOf(cause));
    }
    const claim = payload[this.#options.userClaim];
    const caller = parseCallerClaim(claim);
    if (caller === null) {
      return err(
        claim === undefined
          ? `the token has no ${this.#options.userClaim} claim naming the Gong user`
          : `the token's ${this.#options.userClaim} claim is neither a Gong user id nor an email address`,
      );
    }
    return ok({ caller, admin: payload.gong_admin === true, expiresAt: typeof payload.exp === "number" ? payload.exp : null });
  }
}

/** What was wrong with the token, in words that hold no part of it. */
function refusalOf(cause: unknown): string {
  if (cause instanceof errors.JWTExpired) return "the token has expired";
  if (cause instanceof errors.JWTClaimValidationFailed) {
    if (cause.claim === "aud") return "the token was not issued for this server (aud)";
    if (cause.claim === "iss") return "the token was not issued by the configured issuer (iss)";
    if (cause.claim === "nbf") return "the token is not valid yet (nbf)";
    return `the token's ${cause.claim} claim is not acceptable`;
  }
  if (cause instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not verify";
  if (cause instanceof errors.JOSEAlgNotAllowed) return "the token is signed with an algorithm this server does not accept";
  if (cause instanceof errors.JWKSNoMatchingKey) return "the token is signed with a key the identity provider does not publish";
  if (cause instanceof errors.JWKSTimeout || cause instanceof errors.JOSEError && cause.code === "ERR_JWKS_INVALID") {
    return "the identity provider's keys could not be read; try again";
  }
  if (cause instanceof errors.JWTInvalid || cause instanceof errors.JWSInvalid) return "the token is malformed";
  return "the token could not be verified";
}
