import { isGongId, type UserId } from "./ids.js";

/**
 * Who a verified request says it acts for: a Gong user id, or an email address that names the active Gong
 * user holding it (identity providers issue emails, not Gong ids).
 */
export type CallerClaim = { readonly kind: "user_id"; readonly userId: UserId } | { readonly kind: "email"; readonly email: string };

// One @, something on each side, no spaces: enough to tell an email from an id; the directory decides the rest.
const EMAIL = /^[^\s@]{1,200}@[^\s@]{1,200}$/;

/** A user id (1–20 digits) or an email address, else null: a claim that names nobody. */
export function parseCallerClaim(value: unknown): CallerClaim | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (isGongId(text)) return { kind: "user_id", userId: text };
  if (EMAIL.test(text)) return { kind: "email", email: text.toLowerCase() };
  return null;
}

/** The claim as one string: the user id or the email. */
export function claimKey(claim: CallerClaim): string {
  return claim.kind === "user_id" ? claim.userId : claim.email;
}
