import * as Schema from "effect/Schema";
import { maybe, WireId, WireRecords } from "./common.js";

/** One monologue; `speakerId` may be null and `topic` often is (gong-api.md section 8). Times in ms. */
export const WireMonologue = Schema.Struct({
  speakerId: maybe(Schema.String),
  topic: maybe(Schema.String),
  sentences: maybe(Schema.Array(Schema.Struct({ start: maybe(Schema.Number), end: maybe(Schema.Number), text: maybe(Schema.String) }))),
});

export const WireCallTranscript = Schema.Struct({
  callId: WireId,
  transcript: maybe(Schema.Array(WireMonologue)),
});
export type WireCallTranscript = typeof WireCallTranscript.Type;

/** `POST /v2/calls/transcript`. */
export const WireTranscriptsPage = Schema.Struct({
  requestId: maybe(Schema.String),
  records: maybe(WireRecords),
  callTranscripts: maybe(Schema.Array(WireCallTranscript)),
});
