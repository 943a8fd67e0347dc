import { InvalidTokenError } from "@modelcontextprotocol/sdk/server/auth/errors.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { IdentityVerifier, VerifiedIdentity } from "../../application/ports/identity-verifier.js";
import { parseCallerClaim, type CallerClaim } from "../../domain/caller-claim.js";
import { refuse } from "./json-rpc-error.js";

/** How HTTP requests say who they are (contract section 3). */
export type HttpIdentity =
  | {
      readonly mode: "none";
      /** Without X-Gong-User-Id: the demo user or GONG_MCP_USER_ID; null: the header is required. */
      readonly defaultCaller: CallerClaim | null;
    }
  | { readonly mode: "jwt"; readonly verifier: IdentityVerifier };

export const USER_HEADER = "x-gong-user-id";

// AuthInfo wants an expiry in seconds; a token that states none is valid until it fails verification.
const NO_EXPIRY = Number.MAX_SAFE_INTEGER;

/**
 * Sets `req.auth` (which the SDK hands tools as `extra.authInfo`) from the verified request, or answers 401
 * with `WWW-Authenticate: Bearer` (and `resource_metadata` when the server publishes it) before anything
 * else runs. `jwt`: the SDK's bearer middleware over our verifier. `none` (loopback only): the
 * X-Gong-User-Id header or the default user, and every caller may manage the connection, as anyone on the
 * machine could with `gong-mcp connect`.
 */
export function authenticate(identity: HttpIdentity, resourceMetadataUrl: () => string | null): RequestHandler {
  if (identity.mode === "none") return noneAuth(identity.defaultCaller);
  const { verifier } = identity;
  let bearer: RequestHandler | undefined;
  return (req, res, next) => {
    // Built on first use: the metadata URL names the port, known once listening.
    bearer ??= requireBearerAuth({
      verifier: {
        async verifyAccessToken(token) {
          const verified = await verifier.verify(token);
          if (!verified.ok) throw new InvalidTokenError(verified.error);
          return authInfoOf(token, verified.value);
        },
      },
      ...optionalUrl(resourceMetadataUrl()),
    });
    return bearer(req, res, next);
  };
}

/** The identity a request was verified as (set by `authenticate`); undefined when none was. */
export function identityOf(auth: AuthInfo | undefined): VerifiedIdentity | undefined {
  const identity = auth?.extra?.identity;
  return typeof identity === "object" && identity !== null ? (identity as VerifiedIdentity) : undefined;
}

function noneAuth(defaultCaller: CallerClaim | null): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers[USER_HEADER];
    const raw = Array.isArray(header) ? header[0] : header;
    let caller: CallerClaim | null = defaultCaller;
    if (raw !== undefined && raw.trim() !== "") {
      caller = parseCallerClaim(raw);
      if (caller === null) {
        refuse(res, 400, "X-Gong-User-Id: expected a Gong user id (1 to 20 digits) or an email address");
        return;
      }
    }
    if (caller === null) {
      refuse(res, 401, "X-Gong-User-Id: send the Gong user id or email address to act for (this server runs without tokens)", -32000, {
        "WWW-Authenticate": 'Bearer error="invalid_request", error_description="send X-Gong-User-Id"',
      });
      return;
    }
    req.auth = authInfoOf("", { caller, admin: true, expiresAt: null });
    next();
  };
}

function authInfoOf(token: string, identity: VerifiedIdentity): AuthInfo {
  return { token, clientId: "gong-mcp", scopes: [], expiresAt: identity.expiresAt ?? NO_EXPIRY, extra: { identity } };
}

function optionalUrl(url: string | null): { resourceMetadataUrl?: string } {
  return url === null ? {} : { resourceMetadataUrl: url };
}
