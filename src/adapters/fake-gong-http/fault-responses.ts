import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { shiftedCursor } from "../fake-gong/paging.js";
import type { Fault } from "./fault-control.js";
import { gongError, newRequestId, sendJson, sendText, type JsonReply } from "./http-io.js";

// Texts for injected statuses. 500's is the one Gong was seen sending; the others are UNCONFIRMED.
const STATUS_TEXT: Readonly<Record<number, string>> = {
  429: "API request limit exceeded", // UNCONFIRMED: Gong's 429 text was never captured.
  500: "Internal server error occurred",
  502: "Bad gateway", // UNCONFIRMED
  503: "Service unavailable", // UNCONFIRMED
};

/**
 * Answers a request, with `fault` in place of the normal answer when there is one. `produce` computes
 * the normal answer; faults that replace it (status, malformed, huge, drop) never call it, so a faulted
 * request has no side effect in the fake (no flow is assigned behind a 500).
 */
export async function replyWithFault(
  res: ServerResponse,
  fault: Fault | undefined,
  produce: () => JsonReply,
  signal: AbortSignal,
  requestCursor: string | null = null,
): Promise<void> {
  if (fault === undefined) {
    sendJson(res, produce());
    return;
  }
  switch (fault.kind) {
    case "status":
      sendJson(res, gongError(fault.status, STATUS_TEXT[fault.status] ?? "Injected fault", retryAfterHeader(fault)));
      return;
    case "latency":
      try {
        await sleep(fault.ms, undefined, { signal });
      } catch {
        return; // the server is closing: nobody waits for this answer
      }
      if (!res.destroyed) sendJson(res, produce());
      return;
    case "malformed":
      // A 200 whose JSON stops half way, as a cut connection behind a proxy would deliver it.
      sendText(res, 200, `{"requestId":"${newRequestId()}","records":{"totalRecords":`, { "content-type": "application/json;charset=UTF-8" });
      return;
    case "wrong-shape":
      sendJson(res, { status: 200, body: wrongShape(produce().body) });
      return;
    case "huge":
      sendText(res, 200, hugeBody(fault.bytes), { "content-type": "application/json;charset=UTF-8" });
      return;
    case "drop":
      res.socket?.destroy();
      return;
    case "cursor":
    case "endless-cursor":
    case "overlap":
      sendJson(res, withCursor(produce(), fault, requestCursor));
      return;
    case "missing-field":
      sendJson(res, { ...produce(), body: without(produce().body, fault.field) });
      return;
    default: {
      const unknown: never = fault;
      throw new TypeError(`unknown fault ${JSON.stringify(unknown)}`);
    }
  }
}

/** The normal answer with its next cursor changed as the paging fault says. */
function withCursor(reply: JsonReply, fault: Extract<Fault, { kind: "cursor" | "endless-cursor" | "overlap" }>, requestCursor: string | null): JsonReply {
  const body = reply.body as { records?: { cursor?: string } } | undefined;
  const records = body?.records;
  if (records === undefined) return reply;
  const noise = newRequestId();
  let cursor: string | undefined;
  if (fault.kind === "cursor") cursor = fault.cursor;
  else if (fault.kind === "endless-cursor") cursor = requestCursor === null ? records.cursor : shiftedCursor(requestCursor, 0, noise);
  else cursor = records.cursor === undefined ? undefined : shiftedCursor(records.cursor, -1, noise);
  return { ...reply, body: { ...body, records: { ...records, ...(cursor === undefined ? {} : { cursor }) } } };
}

/** A deep copy of `value` without `field` in any object. */
function without(value: unknown, field: string): unknown {
  if (Array.isArray(value)) return value.map((item) => without(item, field));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== field).map(([key, inner]) => [key, without(inner, field)]));
}

function retryAfterHeader(fault: Extract<Fault, { kind: "status" }>): Record<string, string> | undefined {
  const seconds = fault.retryAfter === undefined ? (fault.status === 429 ? 1 : undefined) : fault.retryAfter;
  return seconds === undefined || seconds === null ? undefined : { "retry-after": String(seconds) };
}

/** The normal body with every field but requestId turned into the string "nope": valid JSON, wrong shape. */
function wrongShape(body: unknown): unknown {
  const requestId = newRequestId();
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { requestId, calls: "nope" };
  const fields = Object.keys(body).filter((key) => key !== "requestId");
  return { requestId, ...Object.fromEntries((fields.length > 0 ? fields : ["calls"]).map((key) => [key, "nope"])) };
}

/** Valid JSON of exactly `bytes` bytes: `{"requestId":"…","padding":"xxxx…"}`. */
function hugeBody(bytes: number): Buffer {
  const head = Buffer.from(`{"requestId":"${newRequestId()}","padding":"`);
  const tail = Buffer.from(`"}`);
  const body = Buffer.alloc(Math.max(bytes, head.length + tail.length), "x");
  head.copy(body, 0);
  tail.copy(body, body.length - tail.length);
  return body;
}
