import * as z from "zod";
import { parseCallerClaim, type CallerClaim } from "../../domain/caller-claim.js";

/**
 * The argument types the tools share. Each carries ONE expectation sentence, used for every way a value can
 * be wrong (type, length, format, range), so that `invalid_input` names the argument and what it expects.
 * Every string has a length bound, so a megabyte string is refused cheaply (format regexes are anchored and
 * linear, so they fail fast on it too).
 */

const GONG_ID = /^[0-9]{1,20}$/;
export const MAX_CURSOR_LENGTH = 4096;
export const MAX_PROSPECT_ID_LENGTH = 100;
const MAX_EMAIL_LENGTH = 320;
const MAX_DATE_TIME_LENGTH = 40;

/** Builds the `{ error }` parameter zod expects; the same sentence for every check of one value. */
const expects = (sentence: string) => ({ error: sentence });

export function gongId(what: string) {
  const sentence = `a Gong ${what} id: a string of 1 to 20 digits`;
  return z.string(expects(sentence)).max(20, { ...expects(sentence), abort: true }).regex(GONG_ID, expects(sentence));
}

export function gongIdList(what: string, max: number) {
  const sentence = `a list of 1 to ${max} Gong ${what} ids, each a string of 1 to 20 digits`;
  return z.array(gongId(what), expects(sentence)).min(1, expects(sentence)).max(max, expects(sentence));
}

export function prospectIdList(max: number) {
  const item = `a CRM prospect id: a non-empty string of at most ${MAX_PROSPECT_ID_LENGTH} characters`;
  const sentence = `a list of 1 to ${max} CRM prospect ids (strings)`;
  const id = z.string(expects(item)).min(1, expects(item)).max(MAX_PROSPECT_ID_LENGTH, expects(item));
  return z.array(id, expects(sentence)).min(1, expects(sentence)).max(max, expects(sentence));
}

export function dateTime() {
  const sentence = "an ISO 8601 date-time with a time zone, such as 2026-01-31T09:00:00Z or 2026-01-31T10:00:00+01:00";
  return z.iso.datetime({ offset: true, ...expects(sentence) }).max(MAX_DATE_TIME_LENGTH, expects(sentence));
}

export function pageLimit(max: number, fallback: number) {
  return wholeNumber(1, max, fallback);
}

/** An integer in [min, max], `fallback` when absent. */
export function wholeNumber(min: number, max: number, fallback: number) {
  const sentence = expects(`an integer from ${min} to ${max}`);
  return z.int(sentence).min(min, sentence).max(max, sentence).default(fallback);
}

/** true or false, `fallback` when absent. */
export function flag(fallback: boolean) {
  return z.boolean(expects("true or false")).default(fallback);
}

export function cursor(tool: string) {
  const sentence = `the next_cursor of an earlier ${tool} answer for the same query`;
  return z.string(expects(sentence)).min(1, expects(sentence)).max(MAX_CURSOR_LENGTH, expects(sentence));
}

/** A Gong user id or an email address (of anyone), as a claim the use case can act on. */
export function userIdOrEmail() {
  const sentence = expects(`a Gong user id (a string of 1 to 20 digits) or an email address of at most ${MAX_EMAIL_LENGTH} characters`);
  return z
    .string(sentence)
    .max(MAX_EMAIL_LENGTH, { ...sentence, abort: true })
    .refine((value) => parseCallerClaim(value) !== null, sentence)
    .transform((value) => parseCallerClaim(value) as CallerClaim);
}

/** Free text to look for: 1 to `max` characters, not only spaces. */
export function searchText(max: number) {
  const sentence = expects(`text of 1 to ${max} characters, not only spaces`);
  return z.string(sentence).max(max, { ...sentence, abort: true }).regex(/\S/, sentence);
}

export function emailAddress() {
  const sentence = `an email address of at most ${MAX_EMAIL_LENGTH} characters`;
  return z.email(expects(sentence)).max(MAX_EMAIL_LENGTH, expects(sentence));
}
