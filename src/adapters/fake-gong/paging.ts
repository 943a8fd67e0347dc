import { createHash } from "node:crypto";
import { err, ok } from "../../domain/result.js";
import { failure, messages, type Checked } from "./errors.js";

/** Gong's `records` block: `cursor` only while more pages remain, the key absent on the last page. */
export interface Records {
  readonly totalRecords: number;
  readonly currentPageSize: number;
  readonly currentPageNumber: number;
  readonly cursor?: string;
}

export interface Paged<T> {
  readonly items: readonly T[];
  readonly records: Records;
}

/**
 * One page of `items`. `query` is everything that selected them (endpoint and filters, never the cursor):
 * Gong says to repeat all other inputs unchanged with a cursor, so a cursor from another query is refused.
 */
export function paginate<T>(items: readonly T[], query: unknown, cursor: unknown, pageSize: number): Checked<Paged<T>> {
  const fingerprint = fingerprintOf(query);
  let offset = 0;
  if (cursor !== undefined && cursor !== null) {
    const decoded = readCursor(cursor);
    // UNCONFIRMED: Gong's status and text for a bad or foreign cursor (its cursors are signed JWTs).
    if (decoded?.q !== fingerprint || decoded.o <= 0 || decoded.o >= items.length) {
      return err(failure(400, messages.invalidCursor));
    }
    offset = decoded.o;
  }
  const page = items.slice(offset, offset + pageSize);
  const next = offset + page.length;
  const records: Records = {
    totalRecords: items.length,
    currentPageSize: page.length,
    // UNCONFIRMED: counting from 0 per page is inferred from a first page (0) and a community example (1).
    currentPageNumber: Math.floor(offset / pageSize),
    ...(next < items.length ? { cursor: writeCursor({ o: next, q: fingerprint }) } : {}),
  };
  return ok({ items: page, records });
}

interface CursorPayload {
  readonly o: number;
  readonly q: string;
  /** Noise, so that a cursor to the same place can be written anew (fault injection). */
  readonly n?: string;
}

/**
 * A cursor to `by` records from where `cursor` points (same query), written anew with `noise`: for the
 * fake's paging faults (a cursor that never ends, pages that overlap). Undefined if it is not one of ours.
 */
export function shiftedCursor(cursor: string, by: number, noise: string): string | undefined {
  const payload = readCursor(cursor);
  return payload === undefined ? undefined : writeCursor({ o: Math.max(1, payload.o + by), q: payload.q, n: noise });
}

const writeCursor = (payload: CursorPayload): string => Buffer.from(JSON.stringify(payload)).toString("base64url");

function readCursor(cursor: unknown): CursorPayload | undefined {
  if (typeof cursor !== "string") return undefined;
  try {
    const payload: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof payload !== "object" || payload === null || !("o" in payload) || !("q" in payload)) return undefined;
    const { o, q } = payload;
    return typeof o === "number" && Number.isInteger(o) && typeof q === "string" ? { o, q } : undefined;
  } catch {
    return undefined;
  }
}

/** Key order must not matter: `{a, b}` and `{b, a}` are the same query. */
function fingerprintOf(query: unknown): string {
  return createHash("sha256").update(canonicalJson(query)).digest("base64url").slice(0, 16);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
