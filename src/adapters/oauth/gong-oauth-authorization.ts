import type { OAuthAuthorization } from "../../application/ports/oauth-authorization.js";
import { err } from "../../domain/result.js";
import type { GongOAuthClient } from "./gong-oauth-client.js";
import { explainOAuthFailure } from "./oauth-failure.js";

/** The Gong OAuth client as the connect use case sees it: failures already put into words. */
export function gongOAuthAuthorization(client: GongOAuthClient): OAuthAuthorization {
  return {
    authorizeUrl: (state) => client.authorizeUrl(state),
    exchangeCode: async (code) => {
      const tokens = await client.exchangeCode(code);
      return tokens.ok ? tokens : err(explainOAuthFailure(tokens.error));
    },
  };
}
