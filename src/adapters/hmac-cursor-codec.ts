import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { CursorCodec } from "../application/ports/cursor-codec.js";

/** Longer tokens are refused before any work: ours stay well under it. */
export const MAX_CURSOR_LENGTH = 2048;

const KEY_BYTES = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Cursors as `<base64url JSON>.<base64url HMAC-SHA256>`. The payload is readable but not forgeable: only this
 * process's key (random per process unless one is given) makes a matching MAC, so any altered, foreign or
 * garbled token fails to open.
 */
export class HmacCursorCodec implements CursorCodec {
  private readonly key: Buffer;

  constructor(key: Uint8Array = randomBytes(KEY_BYTES)) {
    if (key.length < 16) throw new Error("HmacCursorCodec needs a key of at least 16 bytes");
    this.key = Buffer.from(key);
  }

  seal(state: Readonly<Record<string, unknown>>, boundTo = ""): string {
    const payload = Buffer.from(JSON.stringify(state), "utf8").toString("base64url");
    return `${payload}.${this.mac(payload, boundTo).toString("base64url")}`;
  }

  open(token: string, boundTo = ""): Readonly<Record<string, unknown>> | undefined {
    if (token.length > MAX_CURSOR_LENGTH) return undefined;
    const parts = token.split(".");
    if (parts.length !== 2) return undefined;
    const [payload, mac] = parts as [string, string];
    if (!BASE64URL.test(payload) || !BASE64URL.test(mac)) return undefined;
    // Compare the MAC as text: decoding first would accept the spare bits of its last base64url character,
    // so four spellings of one MAC would all open.
    const given = Buffer.from(mac, "utf8");
    const expected = Buffer.from(this.mac(payload, boundTo).toString("base64url"), "utf8");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return parseObject(Buffer.from(payload, "base64url").toString("utf8"));
  }

  // The binding is signed but not carried: the payload is base64url, so the separator cannot be forged from it.
  private mac(payload: string, boundTo: string): Buffer {
    return createHmac("sha256", this.key).update(payload, "utf8").update("\u0000").update(boundTo, "utf8").digest();
  }
}

/** Only a plain JSON object is paging state; anything else (even if signed) does not open. */
function parseObject(json: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    return value as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
