import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { parseEncryptionKey } from "../../../src/adapters/credentials/encryption-key.js";
import { seal, unseal } from "../../../src/adapters/credentials/sealed-envelope.js";
import { key, KEY_HEX, OTHER_KEY_HEX } from "./temp-store.js";

describe("parseEncryptionKey", () => {
  const bytes = Buffer.from(KEY_HEX, "hex");

  test.each([
    ["64 hex characters", KEY_HEX],
    ["upper-case hex", KEY_HEX.toUpperCase()],
    ["base64", bytes.toString("base64")],
    ["base64 without padding", bytes.toString("base64").replace(/=$/, "")],
    ["base64url", bytes.toString("base64url")],
    ["surrounding whitespace", ` ${KEY_HEX}\n`],
  ])("accepts %s, all giving the same key", (_, raw) => {
    const parsed = parseEncryptionKey(raw);
    expect(parsed.ok && parsed.value.id).toBe(key().id);
  });

  test.each([
    ["unset", undefined, /is not set/],
    ["empty", "  ", /is not set/],
    ["too short hex", KEY_HEX.slice(2), /must be 32 bytes/],
    ["too long hex", `${KEY_HEX}00`, /must be 32 bytes/],
    ["16-byte base64", Buffer.alloc(16, 7).toString("base64"), /must be 32 bytes/],
    ["a passphrase", "correct horse battery staple correct horse battery", /must be 32 bytes/],
  ])("refuses %s with one line naming the variable and not echoing the value", (_, raw, message) => {
    const parsed = parseEncryptionKey(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(message);
    expect(parsed.error).toMatch(/^GONG_MCP_ENCRYPTION_KEY /);
    expect(parsed.error).not.toContain("\n");
    if (raw?.trim()) expect(parsed.error).not.toContain(raw.trim());
  });

  test("the key object shows only its id when logged, serialised or inspected", () => {
    const k = key();
    for (const shown of [JSON.stringify({ k }), inspect(k), JSON.stringify(k)]) {
      expect(shown).toContain(k.id);
      expect(shown).not.toContain(KEY_HEX);
      expect(shown).not.toContain(Buffer.from(KEY_HEX, "hex").toString("base64"));
    }
    expect(key(OTHER_KEY_HEX).id).not.toBe(k.id);
  });
});

describe("sealed envelope", () => {
  test("round-trips, and tells another key apart from tampering", () => {
    const sealed = seal("hello", key());
    expect(unseal(sealed, key())).toEqual({ ok: true, value: "hello" });
    expect(unseal(sealed, key(OTHER_KEY_HEX))).toEqual({ ok: false, error: "ForeignKey" });
    const envelope = JSON.parse(sealed) as Record<string, unknown>;
    expect(unseal(JSON.stringify({ ...envelope, tag: Buffer.alloc(16).toString("base64url") }), key())).toEqual({ ok: false, error: "Corrupt" });
    expect(unseal(JSON.stringify({ ...envelope, kid: key(OTHER_KEY_HEX).id }), key(OTHER_KEY_HEX))).toEqual({ ok: false, error: "Corrupt" });
  });
});
