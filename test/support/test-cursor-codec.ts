import { createHmac, timingSafeEqual } from "node:crypto";
import type { CursorCodec } from "../../src/application/ports/cursor-codec.js";

/**
 * A small signed codec for tests (base64url JSON, then an HMAC of that exact text), standing in for the
 * production adapter. The signature covers the text, not the decoded bytes, so any changed character fails.
 */
export class TestCursorCodec implements CursorCodec {
  constructor(private readonly key = "test-cursor-key") {}

  seal(state: Readonly<Record<string, unknown>>, boundTo = ""): string {
    const body = Buffer.from(JSON.stringify(state)).toString("base64url");
    return `${body}.${this.sign(body, boundTo)}`;
  }

  open(token: string, boundTo = ""): Readonly<Record<string, unknown>> | undefined {
    const [body, signature, ...rest] = token.split(".");
    if (body === undefined || signature === undefined || rest.length > 0) return undefined;
    const expected = Buffer.from(this.sign(body, boundTo));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const state: unknown = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
      return typeof state === "object" && state !== null ? (state as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(body: string, boundTo: string): string {
    return createHmac("sha256", this.key).update(body).update("\u0000").update(boundTo).digest("base64url");
  }
}
