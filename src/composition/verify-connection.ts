import { inUpstreamScope } from "../adapters/upstream-scope.js";
import type { ConnectionStatus } from "../application/connection/connection-status.js";
import type { Clock } from "../application/ports/clock.js";
import type { Logger } from "../application/ports/logger.js";
import { explain } from "../transports/mcp/tool-error.js";
import type { Env } from "./env.js";
import { createGongBackend } from "./gong-backend.js";
import { readGongBackendConfig } from "./gong-backend-config.js";

// One request, quickly: `status` is run by a person at a terminal.
const VERIFY_DEADLINE_MS = 15_000;

/**
 * Asks Gong once (the workspace list, the cheapest read) whether it accepts the configured or stored
 * credentials, so that `gong-mcp status` does not say "connected" for a wrong secret. Gong refusing them
 * makes the status not connected; Gong unreachable leaves it as it was, `verified: null`.
 */
export async function verifiedStatus(status: ConnectionStatus, env: Env, logger: Logger, clock: Clock): Promise<ConnectionStatus> {
  if (!status.connected) return status;
  const config = readGongBackendConfig(env);
  if (!config.ok) return { ...status, verified: null, problem: config.error };
  const backend = await createGongBackend(config.value, logger, clock);
  try {
    const { value: answer } = await inUpstreamScope("gong-mcp status", () => backend.gateway.listWorkspaces(), { deadline: Date.now() + VERIFY_DEADLINE_MS });
    if (answer.ok) return { ...status, verified: true };
    const refused = answer.error._tag === "Unauthorized" || answer.error._tag === "Forbidden" || answer.error._tag === "NotConnected";
    return refused
      ? { ...status, connected: false, verified: false, problem: explain(answer.error) }
      : { ...status, verified: null, problem: `could not check the credentials with Gong: ${explain(answer.error)}` };
  } finally {
    backend.stop();
  }
}
