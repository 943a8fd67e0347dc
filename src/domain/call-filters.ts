import { isExternalParty, participantsOf, type Call } from "./call.js";
import type { UserId } from "./ids.js";

/** Contract section 5b: the optional filters of list_gong_calls; all given ones must hold (AND). */
export interface CallFilters {
  /** A Gong user id, or an email address (anyone's: host, colleague or customer). */
  readonly participant?: { readonly userId: UserId } | { readonly email: string };
  /** An email domain ("acme.com") or part of a CRM account name. */
  readonly company?: string;
  readonly titleContains?: string;
}

const lower = (text: string | null | undefined): string => (text ?? "").toLocaleLowerCase("en");

export const hasFilters = (filters: CallFilters): boolean =>
  filters.participant !== undefined || filters.company !== undefined || filters.titleContains !== undefined;

/**
 * Does `call` match every filter given? `emailOf` gives a Gong user's email (for a host missing from the
 * parties); `accountNames` the names of the CRM accounts Gong attached to the call, if any.
 */
export function matchesFilters(
  call: Call,
  filters: CallFilters,
  emailOf: (userId: UserId) => string | null,
  accountNames: (call: Call) => readonly string[] = () => [],
): boolean {
  const { participant, company, titleContains } = filters;
  if (titleContains !== undefined && !lower(call.title).includes(lower(titleContains))) return false;
  if (participant !== undefined) {
    if ("userId" in participant) {
      if (!participantsOf(call).has(participant.userId)) return false;
    } else {
      const email = lower(participant.email);
      const host = call.primaryUserId === null ? null : emailOf(call.primaryUserId);
      if (lower(host) !== email && !call.parties.some((party) => lower(party.emailAddress) === email)) return false;
    }
  }
  if (company !== undefined) {
    const text = lower(company.trim());
    const domain = text.startsWith("@") ? text.slice(1) : text;
    const byEmail = call.parties.some((party) => isExternalParty(party) && lower(party.emailAddress).endsWith(`@${domain}`));
    if (!byEmail && !accountNames(call).some((name) => lower(name).includes(text))) return false;
  }
  return true;
}
