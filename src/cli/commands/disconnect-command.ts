import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { Env } from "../../composition/env.js";
import { keylessStore } from "../../composition/connection-config.js";
import { fail, note } from "./fail.js";

/**
 * Exits 0 whether or not something was stored. Needs no GONG_MCP_ENCRYPTION_KEY: deleting opens nothing,
 * which is also the way out of a file made with a lost key. Running servers notice within seconds.
 */
export async function runDisconnect(env: Env): Promise<number> {
  const store = keylessStore(env);
  // clear() would create the data dir to lock it; with no dir there is nothing to delete.
  if (!existsSync(dirname(store.path))) {
    note("disconnected (no Gong connection was stored)");
    return 0;
  }
  const existed = existsSync(store.path);
  try {
    await store.clear();
  } catch (cause) {
    return fail(`could not delete the stored Gong connection ${store.path}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  note(existed ? "disconnected: the stored Gong connection was deleted" : "disconnected (no Gong connection was stored)");
  if (env.GONG_ACCESS_KEY?.trim()) note("GONG_ACCESS_KEY is still set: unset it (and GONG_ACCESS_KEY_SECRET) to stop using the access key");
  return 0;
}
