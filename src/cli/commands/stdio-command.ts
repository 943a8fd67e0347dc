import { HmacCursorCodec } from "../../adapters/hmac-cursor-codec.js";
import { PinoLogger } from "../../adapters/pino-logger.js";
import { SystemClock } from "../../adapters/system-clock.js";
import { DEMO_DEFAULT_USER_ID, DEMO_USERS } from "../../adapters/fake-gong/demo/demo-users.js";
import { createMcpServer } from "../../transports/mcp/server.js";
import { fixedCaller, type CallerOf } from "../../transports/mcp/caller.js";
import type { UseCases } from "../../application/use-cases.js";
import { parseCallerClaim } from "../../domain/caller-claim.js";
import { gateToolsOnConnection } from "../../transports/mcp/connection-gate.js";
import { serveStdio } from "../../transports/mcp/stdio.js";
import { lazyUseCases } from "../../composition/lazy-use-cases.js";
import { readStdioConfig, type Env, type StdioFlags } from "../../composition/config.js";
import { readCallSettings } from "../../composition/call-limits.js";
import { upstreamCallScope } from "../../composition/call-scope.js";
import { createGateway } from "../../composition/create-gateway.js";
import { packageVersion } from "../../composition/package-version.js";
import { refuse } from "./refuse.js";

/** Runs until the client closes stdin; returns the process exit code. */
export async function runStdio(flags: StdioFlags, env: Env): Promise<number> {
  const config = readStdioConfig(flags, env, DEMO_DEFAULT_USER_ID);
  if (!config.ok) return refuse(config.error);
  const calls = readCallSettings(flags.readOnly, env);
  if (!calls.ok) return refuse(calls.error);
  const { userId, backend, logLevel } = config.value;
  const logger = new PinoLogger(logLevel);
  const clock = new SystemClock();
  const gong = await createGateway(backend, env, logger, clock);
  if (!gong.ok) return refuse(gong.error);
  if (backend.kind === "fake" && backend.dataFile === null) process.stderr.write(`${demoBanner(userId)}\n`);
  const useCases = lazyUseCases({ gateway: gong.value.gateway, logger, clock, cursorCodec: new HmacCursorCodec() });
  const served = createMcpServer(useCases, callerNamedBy(userId, useCases), { version: packageVersion(), logger, scope: upstreamCallScope,
    callTimeoutMs: config.value.callTimeoutMs,
    ...calls.value,
  });
  const { connection } = gong.value;
  gateToolsOnConnection(served.server, served.gongToolNames, () => connection.isConnected());
  const stopNotifying = connection.onChange(() => {
    if (served.server.isConnected()) served.server.sendToolListChanged();
  });
  if (!connection.isConnected()) logger.warn("Gong is not connected: the Gong tools stay hidden until an admin runs gong-mcp connect");
  logger.info("serving MCP over stdio", { userId, backend: backend.kind });
  await serveStdio(served, { logger });
  stopNotifying();
  gong.value.stop();
  logger.info("stdin closed; stopping");
  return 0;
}

/**
 * The one user this process acts for: an id as it is; an email looked up (case-insensitively, among active
 * users) on each call, so that an unknown email does not stop the server: every tool answers unknown_user.
 */
function callerNamedBy(named: string, useCases: () => Promise<UseCases>): CallerOf {
  const claim = parseCallerClaim(named);
  if (claim === null || claim.kind === "user_id") return fixedCaller({ userId: named });
  return () => ({ key: claim.email, resolve: async () => (await useCases()).identifyCaller.execute(claim) });
}

/** One line on stderr, so that nobody mistakes the demo for their Gong; it names users to try. */
function demoBanner(userId: string): string {
  return (
    `gong-mcp: serving the built-in demo workspace (fake Gong, no real data) as user ${userId}; ` +
    `try --user-id ${DEMO_USERS.admin_all} (sees every call), ${DEMO_DEFAULT_USER_ID} (a manager) or ${DEMO_USERS.rep_own} (own calls only). ` +
    "Set GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET (or connect an OAuth app) to use your Gong."
  );
}
