import type { Affiliation, Call, Party } from "../../../domain/call.js";
import type { CrmObject } from "../../../domain/crm.js";
import type { WireCallData, WireParty } from "../wire/calls.js";
import { crmObjectsOf } from "./crm.js";

/** The CRM objects as an optional field: absent when there are none, so calls read without context stay as they were. */
const withCrm = (objects: readonly CrmObject[]): { crmObjects?: readonly CrmObject[] } => (objects.length === 0 ? {} : { crmObjects: objects });

const AFFILIATIONS: readonly Affiliation[] = ["Internal", "External", "Unknown"];

/** A call with its parties. Imported calls may come without parties (gong-api.md section 7): then []. */
export function toCall(wire: WireCallData): Call {
  const meta = wire.metaData;
  return {
    id: meta.id,
    title: meta.title ?? null,
    url: meta.url ?? null,
    scheduled: meta.scheduled ?? null,
    started: meta.started ?? null,
    duration: meta.duration ?? null,
    primaryUserId: meta.primaryUserId ?? null,
    workspaceId: meta.workspaceId ?? null,
    // Absent stays absent: the domain decides what an unstated privacy means (isPrivateCall).
    isPrivate: meta.isPrivate ?? null,
    direction: meta.direction ?? null,
    system: meta.system ?? null,
    scope: meta.scope ?? null,
    media: meta.media ?? null,
    language: meta.language ?? null,
    parties: (wire.parties ?? []).map(toParty),
    ...withCrm(crmObjectsOf(wire.context)),
  };
}

/** `userId` only for Gong users and `speakerId` only for people who spoke: both stay null otherwise. */
export function toParty(wire: WireParty): Party {
  return {
    id: wire.id ?? null,
    userId: wire.userId ?? null,
    speakerId: wire.speakerId ?? null,
    name: wire.name ?? null,
    emailAddress: wire.emailAddress ?? null,
    title: wire.title ?? null,
    affiliation: AFFILIATIONS.find((known) => known === wire.affiliation) ?? "Unknown",
    methods: wire.methods ?? [],
    ...withCrm(crmObjectsOf(wire.context)),
  };
}
