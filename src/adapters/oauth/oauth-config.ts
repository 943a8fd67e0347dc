import { err, ok, type Result } from "../../domain/result.js";
import { parseEndpointUrl } from "./endpoint-url.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Contract section 7: exactly these, in this order. */
export const GONG_OAUTH_SCOPES: readonly string[] = [
  "api:users:read",
  "api:calls:read:basic",
  "api:calls:read:extensive",
  "api:calls:read:transcript",
  "api:flows:read",
  "api:flows:write",
  "api:permission-profile:read",
  "api:workspaces:read",
];

export const DEFAULT_AUTHORIZE_URL = "https://app.gong.io/oauth2/authorize";
export const DEFAULT_TOKEN_URL = "https://app.gong.io/oauth2/generate-customer-token";

/** The Gong OAuth app. `clientSecret` is a secret: never log this object. */
export interface OAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  /** As configured, not normalised: Gong compares it with the registered redirect URI character for character. */
  readonly redirectUri: string;
  readonly authorizeUrl: URL;
  readonly tokenUrl: URL;
  readonly scopes: readonly string[];
}

const REQUIRED = ["GONG_OAUTH_CLIENT_ID", "GONG_OAUTH_CLIENT_SECRET", "GONG_OAUTH_REDIRECT_URI"] as const;

/**
 * Reads the OAuth app from the environment. Null when none of the three required variables is set (OAuth
 * is not configured); an error line when only some are, or when a URL is unusable.
 */
export function parseOAuthConfig(env: Env): Result<OAuthConfig | null, string> {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === "" ? undefined : v;
  };
  const authorizeUrl = parseEndpointUrl("GONG_OAUTH_AUTHORIZE_URL", value("GONG_OAUTH_AUTHORIZE_URL") ?? DEFAULT_AUTHORIZE_URL);
  if (!authorizeUrl.ok) return authorizeUrl;
  const tokenUrl = parseEndpointUrl("GONG_OAUTH_TOKEN_URL", value("GONG_OAUTH_TOKEN_URL") ?? DEFAULT_TOKEN_URL);
  if (!tokenUrl.ok) return tokenUrl;

  const present = REQUIRED.filter((name) => value(name) !== undefined);
  if (present.length === 0) return ok(null);
  const missing = REQUIRED.find((name) => value(name) === undefined);
  if (missing !== undefined) {
    return err(`${missing} is not set: a Gong OAuth app needs ${REQUIRED.join(", ")} together`);
  }
  const redirectUri = parseEndpointUrl("GONG_OAUTH_REDIRECT_URI", value("GONG_OAUTH_REDIRECT_URI") ?? "");
  if (!redirectUri.ok) return redirectUri;
  return ok({
    clientId: value("GONG_OAUTH_CLIENT_ID") ?? "",
    clientSecret: value("GONG_OAUTH_CLIENT_SECRET") ?? "",
    redirectUri: value("GONG_OAUTH_REDIRECT_URI") ?? "",
    authorizeUrl: authorizeUrl.value,
    tokenUrl: tokenUrl.value,
    scopes: GONG_OAUTH_SCOPES,
  });
}
