import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { err, ok, type Result } from "../../domain/result.js";
import type { EncryptionKey } from "./encryption-key.js";

/** How a sealed file is laid out on disk, version 1. Every field is a string but `v`. */
interface EnvelopeV1 {
  readonly v: 1;
  readonly alg: "A256GCM";
  /** The key's fingerprint (EncryptionKey.id): tells "another key" apart from "damaged". */
  readonly kid: string;
  readonly iv: string;
  readonly tag: string;
  readonly data: string;
}

export type UnsealFailure = "ForeignKey" | "Corrupt" | "UnsupportedVersion";

// The header fields are authenticated too, so editing the version, algorithm or key id is detected.
const aad = (kid: string): Buffer => Buffer.from(`gong-mcp connection|v1|A256GCM|${kid}`, "utf8");

/** Encrypts `plaintext` with AES-256-GCM under a fresh random 12-byte IV, as one JSON line. */
export function seal(plaintext: string, key: EncryptionKey): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes(), iv).setAAD(aad(key.id));
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const envelope: EnvelopeV1 = {
    v: 1,
    alg: "A256GCM",
    kid: key.id,
    iv: iv.toString("base64url"),
    tag: cipher.getAuthTag().toString("base64url"),
    data: data.toString("base64url"),
  };
  return `${JSON.stringify(envelope)}\n`;
}

/** Opens what `seal` wrote; says why it cannot when the file is foreign, damaged or from a newer format. */
export function unseal(text: string, key: EncryptionKey): Result<string, UnsealFailure> {
  const envelope = parseEnvelope(text);
  if (envelope === "Corrupt" || envelope === "UnsupportedVersion") return err(envelope);
  if (envelope.kid !== key.id) return err("ForeignKey");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.bytes(), Buffer.from(envelope.iv, "base64url"), { authTagLength: 16 })
      .setAAD(aad(envelope.kid))
      .setAuthTag(Buffer.from(envelope.tag, "base64url"));
    const plain = Buffer.concat([decipher.update(Buffer.from(envelope.data, "base64url")), decipher.final()]);
    return ok(plain.toString("utf8"));
  } catch {
    // GCM authentication failed (or a malformed IV/tag): the bytes are not what this key sealed.
    return err("Corrupt");
  }
}

function parseEnvelope(text: string): EnvelopeV1 | "Corrupt" | "UnsupportedVersion" {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "Corrupt";
  }
  if (typeof value !== "object" || value === null) return "Corrupt";
  const record = value as Record<string, unknown>;
  if (typeof record["v"] === "number" && record["v"] > 1) return "UnsupportedVersion";
  const fields = ["kid", "iv", "tag", "data"] as const;
  if (record["v"] !== 1 || record["alg"] !== "A256GCM" || !fields.every((f) => typeof record[f] === "string")) return "Corrupt";
  return record as unknown as EnvelopeV1;
}
