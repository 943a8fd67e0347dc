import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { HmacCursorCodec, MAX_CURSOR_LENGTH } from "../../../src/adapters/hmac-cursor-codec.js";

const key = new Uint8Array(32).fill(7);
const state = { kind: "calls", userId: "1000000000000000001", afterTime: 1_772_186_400_000, window: { from: "a", to: "b" } };

describe("HmacCursorCodec", () => {
  const codec = new HmacCursorCodec(key);

  test("opens what it sealed", () => {
    expect(codec.open(codec.seal(state))).toEqual(state);
  });

  test("tokens are URL-safe and small", () => {
    const token = codec.seal(state);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(token.length).toBeLessThan(400);
  });

  test("a token sealed with another key does not open (another process, another server)", () => {
    expect(codec.open(new HmacCursorCodec(new Uint8Array(32).fill(8)).seal(state))).toBeUndefined();
    expect(codec.open(new HmacCursorCodec().seal(state))).toBeUndefined();
  });

  test("an altered payload does not open", () => {
    const [payload = "", mac = ""] = codec.seal(state).split(".");
    const forged = Buffer.from(JSON.stringify({ ...state, userId: "1000000000000000002" })).toString("base64url");
    expect(codec.open(`${forged}.${mac}`)).toBeUndefined();
    const flipped = payload.slice(0, -1) + (payload.endsWith("A") ? "B" : "A");
    expect(codec.open(`${flipped}.${mac}`)).toBeUndefined();
  });

  test("an altered or truncated MAC does not open", () => {
    const [payload = "", mac = ""] = codec.seal(state).split(".");
    expect(codec.open(`${payload}.${mac.slice(0, -2)}`)).toBeUndefined();
    expect(codec.open(`${payload}.${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`)).toBeUndefined();
    expect(codec.open(`${payload}.`)).toBeUndefined();
  });

  test("every other spelling of the last MAC character does not open (its spare bits count too)", () => {
    const [payload = "", mac = ""] = codec.seal(state).split(".");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const others = Array.from(alphabet).filter((c) => c !== mac.slice(-1)).map((c) => `${payload}.${mac.slice(0, -1)}${c}`);
    expect(others.filter((token) => codec.open(token) !== undefined)).toEqual([]);
  });

  test.each([
    "",
    ".",
    "garbage",
    "a.b.c",
    "not base64!.abc",
    "eyJhIjoxfQ.eyJhIjoxfQ",
    "x".repeat(MAX_CURSOR_LENGTH + 1),
  ])("garbage %j does not open", (token) => {
    expect(codec.open(token)).toBeUndefined();
  });

  test("a signed payload that is not a JSON object does not open", () => {
    // Signed by hand with the same key, so only the payload's shape can refuse it.
    for (const json of ["[1,2]", "null", "42", "{not json"]) {
      const payload = Buffer.from(json).toString("base64url");
      const mac = createHmac("sha256", key).update(payload).update("\u0000").digest("base64url");
      expect(codec.open(`${payload}.${mac}`), json).toBeUndefined();
    }
    const payload = Buffer.from('{"a":1}').toString("base64url");
    expect(codec.open(`${payload}.${createHmac("sha256", key).update(payload).update("\u0000").digest("base64url")}`)).toEqual({ a: 1 });
  });

  test("a token bound to a query opens only with that query, which it does not carry", () => {
    const query = JSON.stringify(Array.from({ length: 100 }, (_, i) => String(7_000_000_000_000_000_000 + i)));
    const token = codec.seal({ at: 3 }, query);
    expect(token.length).toBeLessThan(100);
    expect(codec.open(token, query)).toEqual({ at: 3 });
    expect(codec.open(token, `${query} `)).toBeUndefined();
    expect(codec.open(token)).toBeUndefined();
    expect(codec.open(codec.seal({ at: 3 }), query)).toBeUndefined();
  });

  test("refuses a short key", () => {
    expect(() => new HmacCursorCodec(new Uint8Array(8))).toThrow();
  });
});
