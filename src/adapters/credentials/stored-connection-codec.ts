import type { StoredConnection } from "../../application/ports/credential-store.js";

/** The decrypted payload: the connection plus a format number, so fields can be added later. */
export function encodeConnection(connection: StoredConnection): string {
  return JSON.stringify({ format: 1, ...connection });
}

/** Null when the decrypted payload is not a connection this version understands (treated as corrupt). */
export function decodeConnection(text: string): StoredConnection | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const r = value as Record<string, unknown>;
  const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
  const scopes = r["scopes"];
  if (
    r["method"] !== "oauth" ||
    typeof r["accessToken"] !== "string" ||
    !isStringOrNull(r["refreshToken"]) ||
    typeof r["expiresAt"] !== "number" ||
    typeof r["issuedAt"] !== "number" ||
    !Array.isArray(scopes) ||
    !scopes.every((s) => typeof s === "string") ||
    !isStringOrNull(r["apiBaseUrl"])
  ) {
    return null;
  }
  return {
    method: "oauth",
    accessToken: r["accessToken"],
    refreshToken: r["refreshToken"],
    expiresAt: r["expiresAt"],
    issuedAt: r["issuedAt"],
    scopes,
    apiBaseUrl: r["apiBaseUrl"],
  };
}
