import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseDataset, type GongDataset } from "../fake-gong/dataset.js";
import { FakeGongApi } from "../fake-gong/fake-gong-api.js";
import { ADMIN_PREFIX, serveAdmin } from "./admin-routes.js";
import { serveApi } from "./api-route.js";
import type { FakeGongContext } from "./fake-gong-context.js";
import { resolveFakeGongOptions, startupLine, type FakeGongServerOptions } from "./fake-gong-options.js";
import { FaultControl } from "./fault-control.js";
import { sendGongError } from "./http-io.js";
import { OAuthGrants } from "./oauth-grants.js";
import { AUTHORIZE_PATH, serveAuthorize, serveToken, TOKEN_PATH } from "./oauth-routes.js";
import { RateLimiter } from "./rate-limiter.js";
import { RequestStats, type FakeGongStats } from "./request-stats.js";

/** A running fake Gong. */
export interface FakeGongServer {
  /** e.g. http://127.0.0.1:4010: the API base URL and the OAuth host (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Stops listening and cuts open connections; resolves once the port is free. */
  close(): Promise<void>;
  /** Queue faults in-process (the same queue `POST /__faults` fills). */
  readonly faults: FaultControl;
  stats(): FakeGongStats;
  resetStats(): void;
  /** Expires every access token now; returns how many were still valid. */
  expireAccessTokens(): number;
}

/**
 * Serves the fake Gong over HTTP in Gong's wire format: `/v2/…` (Basic or Bearer auth, Gong's rate
 * limits), the OAuth authorize and token endpoints, and the test controls under `/__`. Rejects when it
 * cannot listen (e.g. the port is taken). Prints one startup line to `options.log`.
 */
export async function startFakeGongServer(options: FakeGongServerOptions = {}): Promise<FakeGongServer> {
  const resolved = resolveFakeGongOptions(options);
  const { now } = resolved;
  const dataset = resolved.dataset ?? (await demoDataset(now()));
  const closing = new AbortController();
  let baseUrl = "";
  const context: FakeGongContext = {
    options: resolved,
    api: new FakeGongApi(dataset, { now, ...(resolved.pageSize === undefined ? {} : { pageSize: resolved.pageSize }) }),
    grants: new OAuthGrants(resolved.accessTokenTtlSeconds, now),
    limiter: new RateLimiter({ perSecond: resolved.requestsPerSecond, perDay: resolved.dailyLimit }, now),
    stats: new RequestStats(),
    faults: new FaultControl(),
    signal: closing.signal,
    baseUrl: () => baseUrl,
  };
  const server = createServer((req, res) => {
    route(req, res, context).catch(() => {
      // A bug in the fake: answer 500 rather than leave the client hanging.
      sendGongError(res, 500, "Internal server error occurred");
    });
  });
  const address = await listen(server, resolved.host, resolved.port);
  baseUrl = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  resolved.log(startupLine(baseUrl, resolved));
  if (!isLoopback(address.address)) {
    resolved.log(`warning: the fake's test controls (${ADMIN_PREFIX}faults, ${ADMIN_PREFIX}stats…) need no auth and are reachable on ${baseUrl}`);
  }
  return {
    url: baseUrl,
    port: address.port,
    faults: context.faults,
    stats: () => context.stats.snapshot(),
    resetStats: () => {
      context.stats.reset();
    },
    expireAccessTokens: () => context.grants.expireAccessTokens(),
    close: () => {
      closing.abort();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      });
    },
  };
}

async function route(req: IncomingMessage, res: ServerResponse, context: FakeGongContext): Promise<void> {
  const url = new URL(req.url ?? "/", "http://fake-gong.invalid");
  const path = url.pathname;
  if (path.startsWith("/v2/")) await serveApi(req, res, url, context);
  else if (path === TOKEN_PATH) await serveToken(req, res, url, context);
  else if (path === AUTHORIZE_PATH) serveAuthorize(req, res, url, context);
  else if (path.startsWith(ADMIN_PREFIX)) await serveAdmin(req, res, url, context);
  else {
    req.resume(); // a body nobody reads would keep the connection from being reused
    sendGongError(res, 404, "Not Found"); // UNCONFIRMED: Gong's text for an unknown path
  }
}

/** Loaded only when no dataset is given: the demo is large, and a test with its own data never needs it. */
async function demoDataset(now: number): Promise<GongDataset> {
  const { demoWorkspace } = await import("../fake-gong/demo/demo-workspace.js");
  const parsed = parseDataset(demoWorkspace({ now }), "demo workspace");
  // The demo is built in code: failing to parse is a bug, not a user error.
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

function isLoopback(address: string): boolean {
  return address === "::1" || address.startsWith("127.") || address === "::ffff:127.0.0.1";
}
