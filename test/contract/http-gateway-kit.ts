import type { GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import type { FakeGongServerOptions } from "../../src/adapters/fake-gong-http/fake-gong-options.js";
import { startFakeGongServer, type FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";
import { TOKEN_PATH } from "../../src/adapters/fake-gong-http/oauth-routes.js";
import { InMemoryCredentialStore } from "../support/in-memory-credential-store.js";
import type { HttpExchangeOptions } from "../../src/adapters/gong-http/http-exchange.js";
import type { WireGongGateway } from "../../src/adapters/gong-wire/wire-gong-gateway.js";
import { createHttpGongGateway } from "../../src/adapters/gong-http/http-gong-gateway.js";
import { AccessKeyCredentials } from "../../src/adapters/oauth/access-key-credentials.js";
import { GongOAuthClient } from "../../src/adapters/oauth/gong-oauth-client.js";
import { GONG_OAUTH_SCOPES } from "../../src/adapters/oauth/oauth-config.js";
import { TokenManager } from "../../src/adapters/oauth/token-manager.js";
import { InMemoryDailyBudget } from "../support/in-memory-daily-budget.js";
import { RequestScheduler } from "../../src/adapters/rate-limit/request-scheduler.js";
import { UpstreamLimiter } from "../../src/adapters/rate-limit/upstream-limiter.js";
import type { OrgCredentials } from "../../src/application/ports/credential-store.js";
import { memoryLogger, type LogLine } from "../support/memory-logger.js";

/** HttpGongGateway wired as production wires it, against a real HTTP Gong on loopback (the fake or a stub). */
export interface HttpGateway {
  /** The wire gateway itself, so that tests may also read one page of a search. */
  readonly gateway: WireGongGateway;
  readonly limiter: UpstreamLimiter;
  readonly lines: LogLine[];
}

export interface HttpGatewayOptions {
  /** Our side's per-second limit (default 3, Gong's). */
  readonly requestsPerSecond?: number;
  /** Our side's daily budget (default 10000). */
  readonly dailyLimit?: number;
  /** Exchange options other than the wiring (timeouts, attempts, backoff). */
  readonly exchange?: Partial<Omit<HttpExchangeOptions, "credentials" | "limiter" | "logger">>;
}

/** Fast backoff for tests: the policy is the same, the waits are milliseconds. */
export const QUICK_RETRY = { baseDelayMs: 5, capDelayMs: 20 } as const;

export function httpGateway(credentials: OrgCredentials, options: HttpGatewayOptions = {}): HttpGateway {
  const { logger, lines } = memoryLogger();
  const limiter = new UpstreamLimiter(
    new RequestScheduler({ requestsPerSecond: options.requestsPerSecond ?? 3 }),
    new InMemoryDailyBudget(options.dailyLimit ?? 10_000),
  );
  const gateway = createHttpGongGateway({ retry: QUICK_RETRY, ...options.exchange, credentials, limiter, logger });
  return { gateway, limiter, lines };
}

/** The fake's own access key (or another pair, to be refused). */
export function accessKey(fake: FakeGongServer, key = "fake-key", secret = "fake-secret"): OrgCredentials {
  return new AccessKeyCredentials(key, secret, fake.url);
}

/**
 * Connects by OAuth as an admin would, through the fake's authorize and token endpoints with the real
 * GongOAuthClient, and returns the TokenManager that hands out (and refreshes) the tokens.
 */
export async function oauthCredentials(fake: FakeGongServer): Promise<OrgCredentials> {
  const clock = { now: () => Date.now() };
  const client = new GongOAuthClient(
    {
      clientId: "fake-client-id",
      clientSecret: "fake-client-secret",
      redirectUri: "http://127.0.0.1:9/callback",
      authorizeUrl: new URL("/oauth2/authorize", fake.url),
      tokenUrl: new URL(TOKEN_PATH, fake.url),
      scopes: GONG_OAUTH_SCOPES,
    },
    { clock },
  );
  const approval = await fetch(client.authorizeUrl("contract-state"), { redirect: "manual" });
  const code = new URL(approval.headers.get("location") ?? "http://invalid/").searchParams.get("code");
  if (code === null) throw new Error(`the fake did not approve: ${approval.status}`);
  const connection = await client.exchangeCode(code);
  if (!connection.ok) throw new Error(`code exchange failed: ${JSON.stringify(connection.error)}`);
  return new TokenManager({ store: new InMemoryCredentialStore(connection.value), refresher: client, clock, defaultBaseUrl: fake.url });
}

/** A fake Gong on a free loopback port with real time, quiet. */
export function startQuietFake(dataset: GongDataset | undefined, options: FakeGongServerOptions = {}): Promise<FakeGongServer> {
  return startFakeGongServer({ ...(dataset === undefined ? {} : { dataset }), log: () => undefined, ...options });
}
