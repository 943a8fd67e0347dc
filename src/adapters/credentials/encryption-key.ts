import { createHash } from "node:crypto";
import { inspect } from "node:util";
import { err, ok, type Result } from "../../domain/result.js";

const VARIABLE = "GONG_MCP_ENCRYPTION_KEY";
const HEX = /^[0-9a-fA-F]{64}$/;
// 32 bytes are 43 base64 characters plus one optional "=" pad; standard and URL-safe alphabets.
const BASE64 = /^(?:[A-Za-z0-9+/]{43}|[A-Za-z0-9_-]{43})=?$/;

/**
 * The 32-byte key that encrypts stored tokens. The bytes stay in a private field so that logging, JSON
 * or inspecting the object shows only the key id, a fingerprint safe to print and to store.
 */
export class EncryptionKey {
  readonly #bytes: Buffer;
  /** Identifies the key without revealing it: lets a file made with another key be told apart from a corrupt one. */
  readonly id: string;

  constructor(bytes: Uint8Array) {
    if (bytes.length !== 32) throw new RangeError("an encryption key has exactly 32 bytes");
    this.#bytes = Buffer.from(bytes);
    this.id = createHash("sha256").update("gong-mcp key id v1\0").update(this.#bytes).digest("hex").slice(0, 16);
  }

  /** The raw key, for the cipher only. */
  bytes(): Buffer {
    return this.#bytes;
  }

  toJSON(): string {
    return `[EncryptionKey ${this.id}]`;
  }

  [inspect.custom](): string {
    return this.toJSON();
  }
}

/** Parses GONG_MCP_ENCRYPTION_KEY; the error is one line naming the variable and never echoes the value. */
export function parseEncryptionKey(raw: string | undefined): Result<EncryptionKey, string> {
  const value = raw?.trim() ?? "";
  if (value === "") {
    return err(`${VARIABLE} is not set: storing OAuth tokens needs a 32-byte key as 64 hex characters or base64 (e.g. \`openssl rand -hex 32\`)`);
  }
  if (HEX.test(value)) return ok(new EncryptionKey(Buffer.from(value, "hex")));
  if (BASE64.test(value)) {
    const bytes = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (bytes.length === 32) return ok(new EncryptionKey(bytes));
  }
  return err(`${VARIABLE} must be 32 bytes as 64 hex characters or base64 (got ${value.length} characters that are neither); generate one with \`openssl rand -hex 32\``);
}
