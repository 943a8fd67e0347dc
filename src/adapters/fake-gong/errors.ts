import type { Result } from "../../domain/result.js";

/** A route's answer before the request id is put in front of it (Gong sends `requestId` first). */
export interface Reply {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}

/** What a route may fail with: a finished error reply. */
export type Checked<T> = Result<T, Reply>;

export const success = (body: Readonly<Record<string, unknown>>): Reply => ({ status: 200, body });

/** Gong's error body on every status: `{ requestId, errors: [message] }` (gong-api.md section 3). */
export const failure = (status: number, message: string): Reply => ({ status, body: { errors: [message] } });

/** Texts seen on real Gong unless marked otherwise. */
export const messages = {
  noCalls: "No calls found corresponding to the provided filters",
  callNotFound: (id: string) => `Call ID ${id} was not found`,
  badRequest: "Bad request",
  flowNotFound: "Flow not found",
  methodNotAllowed: "Method Not Allowed",
  // UNCONFIRMED: the texts below come from an unnamed notes file, or are made up where nothing was found.
  flowOwnerEmailMissing: "flowOwnerEmail parameter is missing",
  flowIdNotLong: "flowId should be a valid Long",
  crmProspectsIdsEmpty: "crmProspectsIds is empty",
  invalidOwnerEmail: (email: string | null) => `flowInstanceOwnerEmail: ${email ?? "null"} is not a valid email address`,
  userEmailNotFound: (email: string) => `User with the given email ${email} wasn't found`,
  userNotFound: (id: string) => `User ID ${id} was not found`,
  notFound: "Not Found",
  missing: (field: string) => `${field} is missing`,
  invalid: (field: string, expected: string) => `${field} should be ${expected}`,
  invalidCursor: "Invalid cursor",
} as const;
