import { SignJWT, type JWTPayload } from "jose";
import { describe, expect, test } from "vitest";
import { JwtIdentityVerifier, type JwtIdentityOptions } from "../../../src/adapters/identity/jwt-identity-verifier.js";

const SECRET = "a-shared-secret-of-at-least-32-bytes!";
const AUDIENCE = "https://mcp.example.com/mcp";
const ISSUER = "https://idp.example.com";
const nowS = (): number => Math.floor(Date.now() / 1000);

function verifier(over: Partial<JwtIdentityOptions> = {}): JwtIdentityVerifier {
  return new JwtIdentityVerifier({ keys: { kind: "secret", secret: SECRET }, issuer: null, audience: () => null, userClaim: "gong_user_id", ...over });
}

async function sign(payload: JWTPayload, options: { secret?: string; alg?: string; exp?: number | null } = {}): Promise<string> {
  const jwt = new SignJWT(payload).setProtectedHeader({ alg: options.alg ?? "HS256" }).setIssuedAt();
  const exp = options.exp === undefined ? nowS() + 3600 : options.exp;
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
}

/** The refusal; it must be one short sentence that holds no part of the token. */
async function refusalOf(v: JwtIdentityVerifier, token: string): Promise<string> {
  const result = await v.verify(token);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  for (const part of token.split(".").filter((segment) => segment.length >= 8)) expect(result.error).not.toContain(part);
  expect(result.error).not.toContain("\n");
  expect(result.error.length).toBeLessThan(120);
  return result.error;
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("JwtIdentityVerifier (HS256)", () => {
  test("a valid token names the caller, with its expiry", async () => {
    const exp = nowS() + 600;
    expect(await verifier().verify(await sign({ gong_user_id: "123" }, { exp }))).toEqual({
      ok: true,
      value: { caller: { kind: "user_id", userId: "123" }, admin: false, expiresAt: exp },
    });
  });

  test("without exp the expiry is null", async () => {
    expect(await verifier().verify(await sign({ gong_user_id: "123" }, { exp: null }))).toMatchObject({ ok: true, value: { expiresAt: null } });
  });

  test.each<[unknown, boolean]>([
    [true, true],
    ["true", false],
    [1, false],
    [undefined, false],
  ])("gong_admin %j makes an admin: %s", async (claim, admin) => {
    const token = await sign({ gong_user_id: "123", ...(claim === undefined ? {} : { gong_admin: claim }) });
    expect(await verifier().verify(token)).toMatchObject({ ok: true, value: { admin } });
  });

  test("userClaim email reads the email claim, lower-cased", async () => {
    const token = await sign({ email: "Ada@Example.com", gong_user_id: "123" });
    expect(await verifier({ userClaim: "email" }).verify(token)).toMatchObject({ ok: true, value: { caller: { kind: "email", email: "ada@example.com" } } });
  });

  test("issuer and audience are accepted when they match", async () => {
    const token = await sign({ gong_user_id: "1", iss: ISSUER, aud: [AUDIENCE, "other"] });
    expect((await verifier({ issuer: ISSUER, audience: () => AUDIENCE }).verify(token)).ok).toBe(true);
  });

  test.each<[string, () => Promise<string>, Partial<JwtIdentityOptions>, RegExp]>([
    ["an expired token", () => sign({ gong_user_id: "1" }, { exp: nowS() - 3600 }), {}, /expired/],
    ["a token not valid yet", () => sign({ gong_user_id: "1", nbf: nowS() + 3600 }), {}, /not valid yet/],
    ["another secret's signature", () => sign({ gong_user_id: "1" }, { secret: "another-secret-of-at-least-32-bytes!!" }), {}, /signature does not verify/],
    ["another algorithm", () => sign({ gong_user_id: "1" }, { alg: "HS512" }), {}, /algorithm/],
    ["a wrong audience", () => sign({ gong_user_id: "1", aud: "https://other.example.com" }), { audience: () => AUDIENCE }, /\(aud\)/],
    ["no audience when one is expected", () => sign({ gong_user_id: "1" }), { audience: () => AUDIENCE }, /\(aud\)/],
    ["a wrong issuer", () => sign({ gong_user_id: "1", iss: "https://evil.example.com" }), { issuer: ISSUER }, /\(iss\)/],
    ["no issuer when one is expected", () => sign({ gong_user_id: "1" }), { issuer: ISSUER }, /\(iss\)/],
    ["no user claim", () => sign({ sub: "someone" }), {}, /^the token has no gong_user_id claim/],
    ["a user claim that is neither an id nor an email", () => sign({ gong_user_id: "Ada Lovelace" }), {}, /neither a Gong user id nor an email/],
    ["a user id given as a number", () => sign({ gong_user_id: 123 }), {}, /neither a Gong user id nor an email/],
    ["a malformed string", () => Promise.resolve("not-a-jwt-at-all.really"), {}, /malformed/],
    [
      'a hand-made alg "none" token',
      () => Promise.resolve(`${base64url({ alg: "none", typ: "JWT" })}.${base64url({ gong_user_id: "1", exp: nowS() + 3600 })}.`),
      {},
      /algorithm this server does not accept/,
    ],
    ["an empty string", () => Promise.resolve(""), {}, /malformed/],
  ])("%s is refused in words that hold no part of it", async (_name, make, options, message) => {
    expect(await refusalOf(verifier(options), await make())).toMatch(message);
  });

  test("the audience is asked for on every token (it is known only once the server listens)", async () => {
    let audience: string | null = null;
    const v = verifier({ audience: () => audience });
    const withoutAud = await sign({ gong_user_id: "1" });
    expect((await v.verify(withoutAud)).ok).toBe(true);
    audience = AUDIENCE;
    expect(await refusalOf(v, withoutAud)).toMatch(/\(aud\)/);
    expect((await v.verify(await sign({ gong_user_id: "1", aud: AUDIENCE }))).ok).toBe(true);
  });
});
