import type { StoredConnection } from "../../application/ports/credential-store.js";

const MAX_MARGIN_MS = 5 * 60_000;

/** Contract 4: refresh once less than 10% of the token's lifetime, and at most 5 minutes, remains. */
export function refreshDue(connection: StoredConnection, now: number): boolean {
  const lifetime = Math.max(connection.expiresAt - connection.issuedAt, 0);
  const margin = Math.min(lifetime * 0.1, MAX_MARGIN_MS);
  return now >= connection.expiresAt - margin;
}
