import { DEMO_DEFAULT_USER_ID } from "../../adapters/fake-gong/demo/demo-users.js";
import { HmacCursorCodec } from "../../adapters/hmac-cursor-codec.js";
import { PinoLogger } from "../../adapters/pino-logger.js";
import { SystemClock } from "../../adapters/system-clock.js";
import { ConnectionAdmin } from "../../application/connection/connection-admin.js";
import { lazyUseCases } from "../../composition/lazy-use-cases.js";
import { readCallSettings } from "../../composition/call-limits.js";
import { upstreamCallScope } from "../../composition/call-scope.js";
import { createGateway } from "../../composition/create-gateway.js";
import type { Env } from "../../composition/env.js";
import { readHttpConfig, type HttpConfig, type HttpFlags } from "../../composition/http-config.js";
import { packageVersion } from "../../composition/package-version.js";
import { createHttpApp } from "../../transports/http/http-app.js";
import type { HttpIdentity } from "../../transports/http/request-auth.js";
import { listenHttp } from "../../transports/http/serve-http.js";
import { SessionRegistry } from "../../transports/http/session-registry.js";
import { gateToolsOnConnection } from "../../transports/mcp/connection-gate.js";
import { createMcpServer } from "../../transports/mcp/server.js";
import { fail } from "./fail.js";
import { howToConnect } from "./how-to-connect.js";
import { refuse } from "./refuse.js";

/** Serves until `stop` resolves, then stops gracefully and returns 0; a bad setting is one line and exit 2. */
export async function runHttp(flags: HttpFlags, env: Env, stop: Promise<unknown>): Promise<number> {
  const config = readHttpConfig(flags, env, DEMO_DEFAULT_USER_ID);
  if (!config.ok) return refuse(config.error);
  // One process-wide count of calls for every session: a flood on one session leaves room for the others.
  const calls = readCallSettings(flags.readOnly, env);
  if (!calls.ok) return refuse(calls.error);
  const { backend, logLevel } = config.value;
  const logger = new PinoLogger(logLevel);
  const clock = new SystemClock();
  const gong = await createGateway(backend, env, logger, clock);
  if (!gong.ok) return refuse(gong.error);
  const { connection } = gong.value;
  const useCases = lazyUseCases({ gateway: gong.value.gateway, logger, clock, cursorCodec: new HmacCursorCodec() });
  const version = packageVersion();
  let resource: string | null = null;
  const sessions = new SessionRegistry(
    { maxSessions: config.value.maxSessions, maxSessionsPerUser: config.value.maxSessionsPerUser, idleMs: config.value.sessionIdleMs },
    logger,
  );
  const app = createHttpApp({
    newServer: (callerOf) => {
      const served = createMcpServer(useCases, callerOf, { version, logger, scope: upstreamCallScope, callTimeoutMs: config.value.callTimeoutMs, ...calls.value });
      gateToolsOnConnection(served.server, served.gongToolNames, () => connection.isConnected());
      return served;
    },
    identify: async (claim) => (await useCases()).identifyCaller.execute(claim),
    sessions,
    identity: await identityOf(config.value, () => resource),
    admin: new ConnectionAdmin({
      connect: gong.value.admin?.connect ?? "the fake Gong has no connection to manage; configure a Gong OAuth app and --backend gong",
      sources: gong.value.admin?.sources ?? { store: null, accessKeyConfigured: false },
      state: connection,
      fake: gong.value.admin === null,
    }),
    origins: { allowedHosts: config.value.allowedHosts, allowedOrigins: config.value.allowedOrigins },
    maxBodyBytes: config.value.maxBodyBytes,
    resourceMetadata: () => {
      const { auth } = config.value;
      if (resource === null || auth.mode !== "jwt" || auth.keys.kind !== "jwks" || auth.issuer === null) return null;
      return { resource, authorizationServer: auth.issuer };
    },
    logger,
  });
  const stopNotifying = connection.onChange(() => {
    sessions.forEach((session) => {
      if (session.served.server.isConnected()) session.served.server.sendToolListChanged();
    });
  });

  let server;
  try {
    server = await listenHttp(app, sessions, config.value.host, config.value.port);
  } catch (cause) {
    const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : String(cause);
    gong.value.stop();
    return fail(`cannot listen on ${config.value.host}:${config.value.port} (${code}); pick another --port (GONG_MCP_PORT) or --host`);
  }
  resource = `${config.value.publicUrl ?? server.url}/mcp`;
  process.stderr.write(`gong-mcp: listening on ${server.url} (MCP at ${server.url}/mcp)\n`);
  if (config.value.auth.mode === "none") process.stderr.write(howToConnect(`${server.url}/mcp`, backend, config.value.auth.defaultCaller));
  if (!connection.isConnected()) logger.warn("Gong is not connected: the Gong tools stay hidden until an admin connects (GET /admin/gong/connect or gong-mcp connect)");
  logger.info("serving MCP over HTTP", { url: server.url, auth: config.value.auth.mode, backend: backend.kind });

  const signal = await stop;
  logger.info("stopping: running tool calls answer first", { signal: String(signal), sessions: sessions.size });
  // Running calls answer within their own time limit (GONG_MCP_CALL_TIMEOUT_S), so that is the grace.
  await server.close(config.value.callTimeoutMs + 1_000);
  stopNotifying();
  gong.value.stop();
  return 0;
}

async function identityOf(config: HttpConfig, resource: () => string | null): Promise<HttpIdentity> {
  const { auth } = config;
  if (auth.mode === "none") return { mode: "none", defaultCaller: auth.defaultCaller };
  // jose (about 180 modules) only where tokens are verified.
  const { JwtIdentityVerifier } = await import("../../adapters/identity/jwt-identity-verifier.js");
  // The audience: as configured, else this server's resource (always with JWKS, and for HS256 once a public URL names it).
  const defaultAudience = auth.keys.kind === "jwks" || config.publicUrl !== null;
  const verifier = new JwtIdentityVerifier({
    keys: auth.keys,
    issuer: auth.issuer,
    audience: () => auth.audience ?? (defaultAudience ? resource() : null),
    userClaim: auth.userClaim,
  });
  return { mode: "jwt", verifier };
}
