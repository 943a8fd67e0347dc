import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { claimKey, parseCallerClaim } from "../../src/domain/caller-claim.js";

const arbDigits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...Array.from("0123456789")), minLength: min, maxLength: max });
// Either side of an email: no @ and no whitespace, mixed case so lower-casing shows.
const arbEmailSide = fc.string({ unit: fc.constantFrom(...Array.from("abcXYZ019._+-")), minLength: 1, maxLength: 40 });
const arbEmail = fc.tuple(arbEmailSide, arbEmailSide).map(([local, domain]) => `${local}@${domain}`);
const arbPadding = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0"), maxLength: 4 });
const arbNonString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.object(), fc.array(fc.nat()));

describe("parseCallerClaim", () => {
  test.prop([arbDigits(1, 20)])("1 to 20 digits are a user id, kept as written", (digits) => {
    expect(parseCallerClaim(digits)).toEqual({ kind: "user_id", userId: digits });
  });

  test.prop([arbEmail])("one @ with something on each side is an email, lower-cased", (email) => {
    expect(parseCallerClaim(email)).toEqual({ kind: "email", email: email.toLowerCase() });
  });

  test.prop([fc.oneof(arbDigits(1, 20), arbEmail), arbPadding, arbPadding])(
    "surrounding whitespace is trimmed",
    (text, before, after) => {
      expect(parseCallerClaim(`${before}${text}${after}`)).toEqual(parseCallerClaim(text));
      expect(parseCallerClaim(`${before}${text}${after}`)).not.toBeNull();
    },
  );

  test.prop([arbNonString])("a value that is not a string names nobody", (value) => {
    expect(parseCallerClaim(value)).toBeNull();
  });

  test.prop([arbPadding])("an empty or blank string names nobody", (blank) => {
    expect(parseCallerClaim(blank)).toBeNull();
  });

  test.prop([arbDigits(21, 40)])("more than 20 digits name nobody", (digits) => {
    expect(parseCallerClaim(digits)).toBeNull();
  });

  test.prop([fc.oneof(arbDigits(1, 20), arbEmail), fc.nat(), fc.constantFrom(" ", "\t", "\u00a0")])(
    "a space inside the claim makes it name nobody",
    (text, at, space) => {
      fc.pre(text.length >= 2);
      const cut = 1 + (at % (text.length - 1));
      expect(parseCallerClaim(`${text.slice(0, cut)}${space}${text.slice(cut)}`)).toBeNull();
    },
  );

  test.prop([fc.oneof(arbEmailSide, fc.tuple(arbEmail, arbEmailSide).map(([email, more]) => `${email}@${more}`))])(
    "no @, or more than one, is not an email",
    (text) => {
      fc.pre(!/^[0-9]+$/.test(text));
      expect(parseCallerClaim(text)).toBeNull();
    },
  );
});

describe("claimKey", () => {
  test.prop([fc.oneof(arbDigits(1, 20), arbEmail), arbPadding])("parsing the key gives the same claim back", (text, padding) => {
    const claim = parseCallerClaim(`${padding}${text}`);
    expect(claim).not.toBeNull();
    expect(parseCallerClaim(claimKey(claim!))).toEqual(claim);
    expect(claimKey(claim!)).toBe(text.toLowerCase());
  });
});
