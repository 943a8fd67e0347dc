import * as Schema from "effect/Schema";
import { maybe, WireId, WireRecords } from "./common.js";

/** `UserMetadata` (gong-api.md section 5). */
export const WireUser = Schema.Struct({
  id: WireId,
  emailAddress: maybe(Schema.String),
  created: maybe(Schema.String),
  active: maybe(Schema.Boolean),
  emailAliases: maybe(Schema.Array(Schema.String)),
  trustedEmailAddress: maybe(Schema.String),
  firstName: maybe(Schema.String),
  lastName: maybe(Schema.String),
  title: maybe(Schema.String),
  phoneNumber: maybe(Schema.String),
  extension: maybe(Schema.String),
  personalMeetingUrls: maybe(Schema.Array(Schema.String)),
  settings: maybe(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
  managerId: maybe(WireId),
  meetingConsentPageUrl: maybe(Schema.String),
  spokenLanguages: maybe(Schema.Array(Schema.Struct({ language: maybe(Schema.String), primary: maybe(Schema.Boolean) }))),
});
export type WireUser = typeof WireUser.Type;

/** `GET /v2/users` and `POST /v2/users/extensive`. */
export const WireUsersPage = Schema.Struct({
  requestId: maybe(Schema.String),
  records: maybe(WireRecords),
  users: maybe(Schema.Array(WireUser)),
});

/** `GET /v2/users/{id}`. */
export const WireUserResponse = Schema.Struct({ requestId: maybe(Schema.String), user: WireUser });
