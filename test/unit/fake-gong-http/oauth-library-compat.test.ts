import * as oauth from "oauth4webapi";
import { describe, expect, test } from "vitest";
import { authorizeCode, basic, fakesClosedAfterEach, REDIRECT_URI, type TestFake } from "../../support/fake-gong-kit.js";

const start = fakesClosedAfterEach();

/** The token endpoint as oauth4webapi (what gong-mcp's OAuth client is built on) sees it. */
function tokenEndpoint(fake: TestFake): {
  grant: (grantType: string, parameters: Record<string, string>) => Promise<oauth.TokenEndpointResponse>;
} {
  const as: oauth.AuthorizationServer = { issuer: fake.server.url, token_endpoint: `${fake.server.url}/oauth2/generate-customer-token` };
  const client: oauth.Client = { client_id: "fake-client-id" };
  // Raw values in Basic, as gong-mcp's client sends them: oauth4webapi's ClientSecretBasic form-encodes
  // them first (RFC 6749 2.3.1), turning every "-" into "%2D", which the fake, like Gong's docs, does not do.
  const auth: oauth.ClientAuth = (_as, _client, _body, headers) => {
    headers.set("authorization", basic("fake-client-id", "fake-client-secret"));
  };
  return {
    grant: async (grantType, parameters) => {
      const response = await oauth.genericTokenEndpointRequest(as, client, auth, grantType, parameters, {
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- plain http on loopback is what a local fake is for
        [oauth.allowInsecureRequests]: true,
      });
      return oauth.processGenericTokenEndpointResponse(as, client, response);
    },
  };
}

describe("fake Gong over HTTP: OAuth as a standard client library sees it", () => {
  test("oauth4webapi accepts the code exchange and the refresh, and reads invalid_grant on reuse", async () => {
    const fake = await start();
    const endpoint = tokenEndpoint(fake);
    const code = await authorizeCode(fake);
    const first = await endpoint.grant("authorization_code", { code, redirect_uri: REDIRECT_URI });
    expect(first.token_type).toBe("bearer");
    expect(first.api_base_url_for_customer).toBe(fake.server.url);
    const refreshToken = first.refresh_token ?? "";
    const second = await endpoint.grant("refresh_token", { refresh_token: refreshToken });
    expect(second.access_token).not.toBe(first.access_token);

    const reuse = endpoint.grant("refresh_token", { refresh_token: refreshToken });
    await expect(reuse).rejects.toBeInstanceOf(oauth.ResponseBodyError);
    await expect(reuse).rejects.toMatchObject({ error: "invalid_grant", status: 400 });
  });

  test("wrong client credentials are a 401 challenge, as RFC 6749 5.2 asks", async () => {
    const fake = await start({ oauthClientSecret: "another-secret" });
    const code = await authorizeCode(fake);
    await expect(tokenEndpoint(fake).grant("authorization_code", { code, redirect_uri: REDIRECT_URI })).rejects.toBeInstanceOf(
      oauth.WWWAuthenticateChallengeError,
    );
  });
});
