import { err, ok } from "../../domain/result.js";
import { failure, messages, type Checked } from "./errors.js";

export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const bad = (message: string) => err(failure(400, message));

/** A POST body as a JSON object. */
export function bodyObject(body: unknown): Checked<JsonObject> {
  // UNCONFIRMED: the text for a body that is not an object; real Gong answers 400.
  return isObject(body) ? ok(body) : bad(messages.invalid("request body", "a JSON object"));
}

/** Search endpoints demand a `filter` object, even an empty one: a bare `{}` is a 400 (gong-api.md section 3). */
export function searchBody(
  body: unknown,
): Checked<{ readonly filter: JsonObject; readonly cursor: unknown; readonly body: JsonObject }> {
  const object = bodyObject(body);
  if (!object.ok) return object;
  const { filter, cursor } = object.value;
  // UNCONFIRMED: the 400 text for a missing filter.
  return isObject(filter) ? ok({ filter, cursor, body: object.value }) : bad(messages.missing("filter"));
}

export function optionalString(source: JsonObject, field: string): Checked<string | undefined> {
  const value = source[field];
  if (value === undefined || value === null) return ok(undefined);
  return typeof value === "string" ? ok(value) : bad(messages.invalid(field, "a string"));
}

export function optionalStrings(source: JsonObject, field: string): Checked<readonly string[] | undefined> {
  const value = source[field];
  if (value === undefined || value === null) return ok(undefined);
  if (Array.isArray(value) && value.every((item): item is string => typeof item === "string")) return ok(value);
  return bad(messages.invalid(field, "an array of strings"));
}

/** An ISO date-time in a filter, as epoch ms. */
export function optionalInstant(source: JsonObject, field: string): Checked<number | undefined> {
  const text = optionalString(source, field);
  if (!text.ok) return text;
  if (text.value === undefined) return ok(undefined);
  const ms = Date.parse(text.value);
  // UNCONFIRMED: the 400 text for a date-time Gong cannot read.
  return Number.isNaN(ms) ? bad(messages.invalid(field, "an ISO-8601 date-time")) : ok(ms);
}

/** `[from, to)`: from inclusive, to exclusive, either end open (gong-api.md sections 5 and 6). */
export interface Window {
  readonly from: number | undefined;
  readonly to: number | undefined;
}

export function readWindow(source: JsonObject, fromField: string, toField: string): Checked<Window> {
  const from = optionalInstant(source, fromField);
  if (!from.ok) return from;
  const to = optionalInstant(source, toField);
  if (!to.ok) return to;
  return ok({ from: from.value, to: to.value });
}

export const inWindow = (window: Window, ms: number): boolean =>
  (window.from === undefined || ms >= window.from) && (window.to === undefined || ms < window.to);
