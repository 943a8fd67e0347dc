import type { CrmObject } from "./crm.js";
import type { CallId, UserId, WorkspaceId } from "./ids.js";

export type Affiliation = "Internal" | "External" | "Unknown";

/** Someone on a call. Only Gong users carry a `userId`; only people who spoke carry a `speakerId`. */
export interface Party {
  readonly id: string | null;
  readonly userId: UserId | null;
  readonly speakerId: string | null;
  readonly name: string | null;
  readonly emailAddress: string | null;
  readonly title: string | null;
  readonly affiliation: Affiliation;
  readonly methods: readonly string[];
  /** The CRM contact or lead Gong links to this person, when a read asked for the call's context. */
  readonly crmObjects?: readonly CrmObject[];
}

/** A call with its parties: everything visibility needs, and what the call tools show. */
export interface Call {
  readonly id: CallId;
  readonly title: string | null;
  readonly url: string | null;
  readonly scheduled: string | null;
  readonly started: string | null;
  readonly duration: number | null;
  /** The host. Gong does not always list the host among the parties. */
  readonly primaryUserId: UserId | null;
  readonly workspaceId: WorkspaceId | null;
  /** Null when Gong does not say; such a call is private (contract section 6: fail closed), see `isPrivateCall`. */
  readonly isPrivate: boolean | null;
  readonly direction: string | null;
  readonly system: string | null;
  readonly scope: string | null;
  readonly media: string | null;
  readonly language: string | null;
  readonly parties: readonly Party[];
  /** The CRM account and opportunity Gong links to the call, when a read asked for its context. */
  readonly crmObjects?: readonly CrmObject[];
}

/** Contract section 6, fail closed: a call is private unless Gong says it is not. */
export function isPrivateCall(call: Pick<Call, "isPrivate">): boolean {
  return call.isPrivate !== false;
}

/**
 * Is this party on the customer's side? Affiliation External, or, where Gong gives none, someone who is not
 * a Gong user (contract section 5b).
 */
export function isExternalParty(party: Pick<Party, "affiliation" | "userId">): boolean {
  return party.affiliation === "External" || (party.affiliation === "Unknown" && party.userId === null);
}

/** participants(C) of contract section 6: the host plus every party that is a Gong user. */
export function participantsOf(call: Pick<Call, "primaryUserId" | "parties">): Set<UserId> {
  const people = new Set<UserId>();
  if (call.primaryUserId !== null) people.add(call.primaryUserId);
  for (const party of call.parties) {
    if (party.userId !== null) people.add(party.userId);
  }
  return people;
}

/**
 * The instant a call is ordered by: its start as shown to the user, else its scheduled time. Milliseconds
 * since the epoch; calls without either sort last (the earliest instant a Date can hold, which stays a
 * finite number in a cursor).
 */
export function callTime(call: Pick<Call, "scheduled" | "started">): number {
  const at = Date.parse(call.started ?? call.scheduled ?? "");
  return Number.isNaN(at) ? EARLIEST : at;
}

const EARLIEST = -8.64e15;

/** Newest first, then by id so that the order is total and stable across pages. */
export function newestFirst(a: Call, b: Call): number {
  const byTime = callTime(b) - callTime(a);
  if (byTime !== 0) return byTime;
  return compareIds(b.id, a.id);
}

/** Compares decimal id strings numerically without turning them into (lossy) numbers. */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
