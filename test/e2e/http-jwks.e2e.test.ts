import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { beforeAll, describe, expect, test } from "vitest";
import { demoWorkspace, DEMO_USERS } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { ensureFreshBuild } from "./cli-process.js";
import { bearer, httpSession, INITIALIZE, MCP_POST_HEADERS, startHttp, type HttpServer } from "./http-kit.js";
import { useScope, type Scope } from "./fake-gong-server-kit.js";

ensureFreshBuild();
const scope = useScope();

/** A company identity provider as far as a resource server sees it: an issuer and its published keys. */
interface IdentityProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  sign(claims: Record<string, unknown>, audience?: string, key?: CryptoKey): Promise<string>;
}

let signingKey: CryptoKey;
let strangerKey: CryptoKey;
let publicJwk: JWK;
beforeAll(async () => {
  const pair = await generateKeyPair("RS256");
  signingKey = pair.privateKey;
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
  strangerKey = (await generateKeyPair("RS256")).privateKey;
});

async function startIdentityProvider(s: Scope): Promise<IdentityProvider> {
  const server = createServer((req, res) => {
    if (req.url !== "/jwks.json") return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  s.defer(() => new Promise((resolve) => server.close(resolve)));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks.json`,
    sign: (claims, audience, key = signingKey) => {
      let jwt = new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "k1" }).setIssuer(issuer).setIssuedAt().setExpirationTime("10m");
      if (audience !== undefined) jwt = jwt.setAudience(audience);
      return jwt.sign(key);
    },
  };
}

async function initializeStatus(server: HttpServer, token: string): Promise<number> {
  const response = await fetch(server.mcpUrl, { method: "POST", headers: { ...MCP_POST_HEADERS, ...bearer(token) }, body: JSON.stringify(INITIALIZE) });
  await response.arrayBuffer();
  return response.status;
}

describe("gong-mcp http with a company identity provider (JWKS, issuer, email claim)", () => {
  test("publishes RFC 9728 metadata naming the issuer, and points every 401 at it", async () => {
    const idp = await startIdentityProvider(scope);
    const server = await startHttp(scope, [], { GONG_MCP_JWKS_URL: idp.jwksUrl, GONG_MCP_JWT_ISSUER: idp.issuer });
    const expected = { resource: server.mcpUrl, authorization_servers: [idp.issuer], bearer_methods_supported: ["header"] };
    for (const path of ["/.well-known/oauth-protected-resource/mcp", "/.well-known/oauth-protected-resource"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.json(), path).toEqual(expected);
    }
    const challenged = await fetch(server.mcpUrl, { method: "POST", headers: MCP_POST_HEADERS, body: JSON.stringify(INITIALIZE) });
    expect(challenged.status).toBe(401);
    expect(challenged.headers.get("www-authenticate")).toContain(`resource_metadata="${server.url}/.well-known/oauth-protected-resource/mcp"`);
  });

  test("the audience must be this server's resource; another audience, none, another issuer's key: 401", async () => {
    const idp = await startIdentityProvider(scope);
    const server = await startHttp(scope, [], { GONG_MCP_JWKS_URL: idp.jwksUrl, GONG_MCP_JWT_ISSUER: idp.issuer });
    const claims = { gong_user_id: DEMO_USERS.rep_own };
    expect(await initializeStatus(server, await idp.sign(claims, server.mcpUrl))).toBe(200);
    expect(await initializeStatus(server, await idp.sign(claims))).toBe(401);
    expect(await initializeStatus(server, await idp.sign(claims, "https://elsewhere.example.com/mcp"))).toBe(401);
    expect(await initializeStatus(server, await idp.sign(claims, server.mcpUrl, strangerKey))).toBe(401);
  });

  test("an email claim from the identity provider acts for the Gong user with that email", async () => {
    const idp = await startIdentityProvider(scope);
    const server = await startHttp(scope, [], { GONG_MCP_JWKS_URL: idp.jwksUrl, GONG_MCP_JWT_ISSUER: idp.issuer, GONG_MCP_JWT_USER_CLAIM: "email" });
    const email = (demoWorkspace({ now: Date.now() }).users ?? []).find((user) => user.id === DEMO_USERS.manager_managers_team)?.emailAddress ?? "";
    const session = await httpSession(scope, server.mcpUrl, bearer(await idp.sign({ email, sub: "idp-user-17" }, server.mcpUrl)));
    expect((await session.call("get_gong_user_details")).structuredContent).toMatchObject({ user: { id: DEMO_USERS.manager_managers_team } });
    const stranger = await httpSession(scope, server.mcpUrl, bearer(await idp.sign({ email: "contractor@elsewhere.example" }, server.mcpUrl)));
    expect((await stranger.call("list_gong_calls")).content[0]).toMatchObject({ text: expect.stringMatching(/^unknown_user: /) as unknown });
  });

  test("GONG_MCP_PUBLIC_URL names the resource and the default audience", async () => {
    const idp = await startIdentityProvider(scope);
    const publicUrl = "https://gong-mcp.example.com";
    const server = await startHttp(scope, [], { GONG_MCP_JWKS_URL: idp.jwksUrl, GONG_MCP_JWT_ISSUER: idp.issuer, GONG_MCP_PUBLIC_URL: publicUrl, GONG_MCP_ALLOWED_HOSTS: "127.0.0.1" });
    const metadata = (await (await fetch(`${server.url}/.well-known/oauth-protected-resource/mcp`)).json()) as { resource: string };
    expect(metadata.resource).toBe(`${publicUrl}/mcp`);
    expect(await initializeStatus(server, await idp.sign({ gong_user_id: DEMO_USERS.rep_own }, `${publicUrl}/mcp`))).toBe(200);
    expect(await initializeStatus(server, await idp.sign({ gong_user_id: DEMO_USERS.rep_own }, server.mcpUrl))).toBe(401);
  });
});
