import { randomInt } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { err, ok, type Result } from "../../domain/result.js";

/** A JSON answer, not yet written: lets a fault replace or reshape it before it goes out. */
export interface JsonReply {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: OutgoingHttpHeaders;
}

// Real Gong sends these two spellings (gong-api.md section 1); serving both keeps clients from relying on one.
const SUCCESS_TYPE = "application/json;charset=UTF-8";
const ERROR_TYPE = "application/json; charset=utf-8";

/** Gong's requestIds look like "4al018gzaztcr8nbukw": 19 lower-case base-36 characters. */
export function newRequestId(): string {
  let id = "";
  for (let i = 0; i < 19; i += 1) id += randomInt(36).toString(36);
  return id;
}

/** Writes a JSON reply with Gong's headers; `x-traceid` repeats the body's requestId, as Gong does. */
export function sendJson(res: ServerResponse, reply: JsonReply): void {
  const body: unknown = reply.body;
  const requestId =
    typeof body === "object" && body !== null && "requestId" in body && typeof body.requestId === "string"
      ? body.requestId
      : newRequestId();
  sendText(res, reply.status, body === undefined ? "" : JSON.stringify(body), {
    "content-type": reply.status < 400 ? SUCCESS_TYPE : ERROR_TYPE,
    "x-traceid": requestId,
    "x-gong-service-version": "FakeGong",
    ...reply.headers,
  });
}

/** Gong's error body: `{ requestId, errors: [message] }`. */
export function gongError(status: number, message: string, headers?: OutgoingHttpHeaders): JsonReply {
  return { status, body: { requestId: newRequestId(), errors: [message] }, ...(headers === undefined ? {} : { headers }) };
}

export function sendGongError(res: ServerResponse, status: number, message: string, headers?: OutgoingHttpHeaders): void {
  sendJson(res, gongError(status, message, headers));
}

/** Writes a whole body at once; a response already started or a socket already gone is left alone. */
export function sendText(res: ServerResponse, status: number, text: string | Buffer, headers: OutgoingHttpHeaders): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Reads a request body as UTF-8, keeping at most `maxBytes`. A longer body is still read to its end (and
 * thrown away), so the 413 reaches a client that is still uploading instead of a reset socket; past 16
 * times the limit the socket is cut, as a stream without end would otherwise be read forever.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Result<string, "too-large" | "aborted">> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > maxBytes * 16) req.destroy();
    });
    req.on("end", () => {
      resolve(size > maxBytes ? err("too-large") : ok(Buffer.concat(chunks).toString("utf8")));
    });
    req.on("error", () => {
      resolve(err("aborted"));
    });
    req.on("close", () => {
      if (!req.complete) resolve(err("aborted"));
    });
  });
}

/** True when the request's content type is `type` (parameters such as charset ignored). */
export function hasContentType(req: IncomingMessage, type: string): boolean {
  const value = req.headers["content-type"];
  return value?.split(";")[0]?.trim().toLowerCase() === type;
}
