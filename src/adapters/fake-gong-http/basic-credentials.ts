import { createHash, timingSafeEqual } from "node:crypto";

/** A user and password pair, e.g. an access key and its secret, or an OAuth client id and secret. */
export interface Credentials {
  readonly user: string;
  readonly secret: string;
}

/**
 * Reads `Authorization: Basic base64(user:secret)`. The values are taken as they are, not form-decoded:
 * Gong's documented header and every public Gong client send the raw values.
 */
export function parseBasic(header: string | undefined): Credentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** Reads `Authorization: Bearer <token>`. */
export function parseBearer(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
}

/** Compares both parts in constant time, so a test of the fake cannot guess a secret by timing. */
export function sameCredentials(given: Credentials, expected: Credentials): boolean {
  const userMatches = sameSecret(given.user, expected.user);
  const secretMatches = sameSecret(given.secret, expected.secret);
  return userMatches && secretMatches;
}

export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}
