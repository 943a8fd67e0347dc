import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export const CLIENT_ID = "client-id-1";
// Holds characters that form-encoding would change, to prove the Basic header carries the raw value.
export const CLIENT_SECRET = "s3cr3t-with_chars.~";
export const REDIRECT_URI = "http://127.0.0.1:8765/callback";
export const GOOD_CODE = "good-code";

export interface ReceivedRequest {
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly query: string;
  readonly form: Readonly<Record<string, string>>;
}

export interface StubReply {
  readonly status: number;
  readonly body: string;
  readonly contentType?: string;
}

export interface TokenStubOptions {
  readonly expiresIn?: number;
  readonly apiBaseUrl?: string | null;
  /** Delay before each answer, so concurrent callers overlap. */
  readonly delayMs?: number;
  /** Overrides the answer when it returns one. */
  readonly reply?: (request: ReceivedRequest) => StubReply | undefined;
}

/**
 * Gong's token endpoint on 127.0.0.1, as gong-api.md section 4 describes it: Basic client auth, form body,
 * `token_type: "bearer"`, `api_base_url_for_customer`, and rotating refresh tokens (a reused one gets 400
 * invalid_grant). It records every request so tests can count them.
 */
export async function startTokenStub(options: TokenStubOptions = {}) {
  const requests: ReceivedRequest[] = [];
  const liveRefreshTokens = new Set<string>();
  let issued = 0;

  const issue = (): StubReply => {
    issued += 1;
    const refresh = `refresh-${issued}`;
    liveRefreshTokens.add(refresh);
    const body: Record<string, unknown> = {
      access_token: `access-${issued}`,
      refresh_token: refresh,
      scope: "api:users:read api:calls:read:basic",
      token_type: "bearer",
      expires_in: options.expiresIn ?? 86400,
    };
    if (options.apiBaseUrl !== null) body["api_base_url_for_customer"] = options.apiBaseUrl ?? "https://us-4242.api.gong.io";
    return { status: 200, body: JSON.stringify(body) };
  };
  const oauthError = (status: number, error: string): StubReply => ({ status, body: JSON.stringify({ error, error_description: "nope" }) });

  const answer = (r: ReceivedRequest): StubReply => {
    const override = options.reply?.(r);
    if (override) return override;
    if (r.authorization !== `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`) return oauthError(401, "invalid_client");
    if (r.form["grant_type"] === "authorization_code") {
      return r.form["code"] === GOOD_CODE && r.form["redirect_uri"] === REDIRECT_URI ? issue() : oauthError(400, "invalid_grant");
    }
    if (r.form["grant_type"] === "refresh_token") {
      const token = r.form["refresh_token"] ?? "";
      if (!liveRefreshTokens.delete(token)) return oauthError(400, "invalid_grant"); // rotation: single use
      return issue();
    }
    return oauthError(400, "unsupported_grant_type");
  };

  const server = createServer((req, res) => {
    void readBody(req).then(async (text) => {
      const received: ReceivedRequest = {
        authorization: req.headers.authorization,
        contentType: req.headers["content-type"],
        query: new URL(req.url ?? "/", "http://x").search,
        form: Object.fromEntries(new URLSearchParams(text)),
      };
      requests.push(received);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const reply = answer(received);
      res.writeHead(reply.status, { "content-type": reply.contentType ?? "application/json" }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/oauth2/generate-customer-token`,
    requests,
    /** Refresh token requests received so far, in order. */
    refreshes: () => requests.filter((r) => r.form["grant_type"] === "refresh_token"),
    /** Makes `token` a refresh token the stub will accept once (a connection seeded by a test). */
    accept: (token: string) => {
      liveRefreshTokens.add(token);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

export type TokenStub = Awaited<ReturnType<typeof startTokenStub>>;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The OAuth app the stub expects, parsed the way production parses it. */
export function stubOAuthEnv(tokenUrl: string): Record<string, string> {
  return {
    GONG_OAUTH_CLIENT_ID: CLIENT_ID,
    GONG_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
    GONG_OAUTH_REDIRECT_URI: REDIRECT_URI,
    GONG_OAUTH_TOKEN_URL: tokenUrl,
  };
}
