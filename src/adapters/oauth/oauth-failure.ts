import * as oauth from "oauth4webapi";

/**
 * Why a token request failed. `Rejected`: Gong refused the grant or the client (4xx); `error` is the
 * OAuth error code (e.g. invalid_grant), kept only when it is a plain code. Nothing here holds a secret.
 */
export interface OAuthFailure {
  readonly _tag: "OAuthFailed";
  readonly reason: "Rejected" | "Status" | "Decode" | "Transport" | "Timeout";
  readonly status?: number;
  readonly error?: string;
}

/** One line for a person: what failed and what to do, with no token, secret or response body. */
export function explainOAuthFailure(failure: OAuthFailure): string {
  const status = failure.status === undefined ? "" : ` (HTTP ${failure.status})`;
  switch (failure.reason) {
    case "Rejected":
      return failure.error === "invalid_client" || failure.error === "unauthorized_client"
        ? `Gong rejected the OAuth client${status}: check GONG_OAUTH_CLIENT_ID and GONG_OAUTH_CLIENT_SECRET`
        : `Gong rejected the grant${status}${failure.error ? `: ${failure.error}` : ""}; connect Gong again`;
    case "Status":
      return `Gong's token endpoint answered with an unexpected status${status}`;
    case "Decode":
      return "Gong's token endpoint answered with a response that is not a usable token";
    case "Transport":
      return "could not reach Gong's token endpoint (GONG_OAUTH_TOKEN_URL)";
    case "Timeout":
      return "Gong's token endpoint did not answer in time";
    default:
      return failure.reason satisfies never;
  }
}

const failure = (reason: OAuthFailure["reason"], status?: number, error?: string): OAuthFailure => ({
  _tag: "OAuthFailed",
  reason,
  ...(status === undefined ? {} : { status }),
  ...(error === undefined ? {} : { error }),
});

// An error code is echoed only when it looks like one (RFC 6749 codes are short ASCII words).
const safeCode = (code: unknown): string | undefined =>
  typeof code === "string" && /^[a-z0-9_.-]{1,64}$/i.test(code) ? code : undefined;

/** Maps whatever oauth4webapi or fetch threw to an OAuthFailure; the original error (and its body) is dropped. */
export function toOAuthFailure(cause: unknown): OAuthFailure {
  if (cause instanceof oauth.ResponseBodyError) return failure("Rejected", cause.status, safeCode(cause.error));
  // A token endpoint answers 401 with a challenge when the client itself failed to authenticate (RFC 6749 5.2).
  if (cause instanceof oauth.WWWAuthenticateChallengeError) return failure("Rejected", cause.status, "invalid_client");
  if (cause instanceof oauth.OperationProcessingError) {
    if (cause.code === oauth.RESPONSE_IS_NOT_CONFORM && cause.cause instanceof Response) {
      const status = cause.cause.status;
      if (status === 401) return failure("Rejected", status, "invalid_client");
      return failure(status === 400 ? "Rejected" : "Status", status);
    }
    return failure("Decode");
  }
  if (cause instanceof oauth.UnsupportedOperationError) return failure("Decode");
  if (cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError")) return failure("Timeout");
  if (cause instanceof TypeError) return failure("Transport");
  return failure("Transport");
}
