import * as Schema from "effect/Schema";

/**
 * Gong marks no response field required and none nullable, yet real payloads carry explicit nulls and omit
 * keys (gong-api.md section 1): every field is optional and nullable. Unknown fields are ignored.
 */
export const maybe = <S extends Schema.Schema.Any>(schema: S) => Schema.optional(Schema.NullOr(schema));

/** Gong ids are decimal strings beyond 2^53: kept as strings, never numbers. */
export const WireId = Schema.String;

export const WireRecords = Schema.Struct({
  totalRecords: maybe(Schema.Number),
  currentPageSize: maybe(Schema.Number),
  currentPageNumber: maybe(Schema.Number),
  /** Present only while more pages remain (absent, not null, on the last page). */
  cursor: maybe(Schema.String),
});
export type WireRecords = typeof WireRecords.Type;

/** `{ requestId, errors: [...] }`, Gong's error body on every status. */
export const WireErrorBody = Schema.Struct({
  requestId: maybe(Schema.String),
  errors: maybe(Schema.Array(Schema.String)),
});
export type WireErrorBody = typeof WireErrorBody.Type;
