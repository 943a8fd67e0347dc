import * as Schema from "effect/Schema";
import { maybe, WireId, WireRecords } from "./common.js";

/** `CallBasicData` (gong-api.md section 6). */
export const WireCallMetaData = Schema.Struct({
  id: WireId,
  url: maybe(Schema.String),
  title: maybe(Schema.String),
  scheduled: maybe(Schema.String),
  started: maybe(Schema.String),
  duration: maybe(Schema.Number),
  primaryUserId: maybe(WireId),
  direction: maybe(Schema.String),
  system: maybe(Schema.String),
  scope: maybe(Schema.String),
  media: maybe(Schema.String),
  language: maybe(Schema.String),
  workspaceId: maybe(WireId),
  sdrDisposition: maybe(Schema.String),
  clientUniqueId: maybe(Schema.String),
  customData: maybe(Schema.String),
  purpose: maybe(Schema.String),
  meetingUrl: maybe(Schema.String),
  isPrivate: maybe(Schema.Boolean),
  calendarEventId: maybe(Schema.String),
});
export type WireCallMetaData = typeof WireCallMetaData.Type;

/** A party: `userId` only for Gong users, `speakerId` null for people who did not speak. */
export const WireParty = Schema.Struct({
  id: maybe(Schema.String),
  emailAddress: maybe(Schema.String),
  name: maybe(Schema.String),
  title: maybe(Schema.String),
  userId: maybe(WireId),
  speakerId: maybe(Schema.String),
  affiliation: maybe(Schema.String),
  phoneNumber: maybe(Schema.String),
  methods: maybe(Schema.Array(Schema.String)),
  // The person's CRM records; read leniently (to-domain/crm.ts), so an odd shape never fails a decode.
  context: maybe(Schema.Unknown),
});
export type WireParty = typeof WireParty.Type;

const timed = { startTime: maybe(Schema.Number) };

export const WireCallContent = Schema.Struct({
  structure: maybe(Schema.Array(Schema.Struct({ name: maybe(Schema.String), duration: maybe(Schema.Number) }))),
  topics: maybe(Schema.Array(Schema.Struct({ name: maybe(Schema.String), duration: maybe(Schema.Number) }))),
  trackers: maybe(
    Schema.Array(
      Schema.Struct({ id: maybe(Schema.String), name: maybe(Schema.String), count: maybe(Schema.Number), type: maybe(Schema.String) }),
    ),
  ),
  brief: maybe(Schema.String),
  outline: maybe(
    Schema.Array(
      Schema.Struct({
        section: maybe(Schema.String),
        ...timed,
        duration: maybe(Schema.Number),
        items: maybe(Schema.Array(Schema.Struct({ text: maybe(Schema.String), ...timed }))),
      }),
    ),
  ),
  highlights: maybe(
    Schema.Array(
      Schema.Struct({
        title: maybe(Schema.String),
        items: maybe(Schema.Array(Schema.Struct({ text: maybe(Schema.String), startTimes: maybe(Schema.Array(Schema.Number)) }))),
      }),
    ),
  ),
  callOutcome: maybe(Schema.Struct({ id: maybe(Schema.String), category: maybe(Schema.String), name: maybe(Schema.String) })),
  keyPoints: maybe(Schema.Array(Schema.Struct({ text: maybe(Schema.String) }))),
});
export type WireCallContent = typeof WireCallContent.Type;

export const WireInteraction = Schema.Struct({
  speakers: maybe(Schema.Array(Schema.Struct({ id: maybe(Schema.String), userId: maybe(WireId), talkTime: maybe(Schema.Number) }))),
  interactionStats: maybe(Schema.Array(Schema.Struct({ name: maybe(Schema.String), value: maybe(Schema.Number) }))),
  questions: maybe(Schema.Struct({ companyCount: maybe(Schema.Number), nonCompanyCount: maybe(Schema.Number) })),
});
export type WireInteraction = typeof WireInteraction.Type;

/** `CallData` of `POST /v2/calls/extensive`: only the blocks that were asked for appear. */
export const WireCallData = Schema.Struct({
  metaData: WireCallMetaData,
  parties: maybe(Schema.Array(WireParty)),
  content: maybe(WireCallContent),
  interaction: maybe(WireInteraction),
  // Kept opaque so odd values never fail a decode: the CRM context is read leniently (to-domain/crm.ts), and
  // collaboration is not read at all.
  context: maybe(Schema.Unknown),
  collaboration: maybe(Schema.Unknown),
});
export type WireCallData = typeof WireCallData.Type;

export const WireCallsPage = Schema.Struct({
  requestId: maybe(Schema.String),
  records: maybe(WireRecords),
  calls: maybe(Schema.Array(WireCallData)),
});
