import { existsSync } from "node:fs";
import { connectionStatus, type ConnectionStatus } from "../../application/connection/connection-status.js";
import type { Env } from "../../composition/env.js";
import { readStatusSetup } from "../../composition/connection-config.js";
import { PinoLogger } from "../../adapters/pino-logger.js";
import { SystemClock } from "../../adapters/system-clock.js";
import { verifiedStatus } from "../../composition/verify-connection.js";
import { note } from "./fail.js";
import { refuse } from "./refuse.js";

const DISCONNECTED: ConnectionStatus = { connected: false, method: null, expires_at: null, scopes: [] };

/**
 * Exits 0 connected or not. A stored file that cannot be opened (another key, damaged, no key to open it)
 * is reported as not connected, with the reason on stderr: that is what a server with this environment
 * sees. Only a malformed variable is refused, as at every start. When connected, it asks Gong once whether
 * it accepts the credentials (`verified`); a refusal prints `connected: false` and the reason. Prints no
 * token, secret or key.
 */
export async function runStatus(env: Env, print: (line: string) => void): Promise<number> {
  const setup = readStatusSetup(env);
  if (!setup.ok) return refuse(setup.error);
  const { sources, storePath } = setup.value;
  let status: ConnectionStatus;
  const read = await connectionStatus(sources);
  if (read.ok) {
    status = read.value;
    if (sources.store === null && existsSync(storePath)) {
      note(`a stored Gong connection ${storePath} exists, but GONG_MCP_ENCRYPTION_KEY is not set, so it cannot be used`);
    }
  } else {
    note(read.error.message);
    status = DISCONNECTED;
  }
  print(`${JSON.stringify(await verifiedStatus(status, env, new PinoLogger("warn"), new SystemClock()))}\n`);
  return 0;
}
