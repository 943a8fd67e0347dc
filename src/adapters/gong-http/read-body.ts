/** A body as read: parsed JSON (undefined when empty), or why it could not be used. */
export type ReadBody =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly problem: "too-large" | "malformed"; readonly bytes: number };

/**
 * Reads a response body of at most `maxBytes` and parses it as JSON. A larger body is cancelled as soon as
 * it is known to be too large (from Content-Length, else once the count passes the limit), so a runaway
 * answer never sits in memory whole. Stream errors (a socket cut mid-body) and aborts reject, as from fetch.
 */
export async function readJsonBody(response: Response, maxBytes: number): Promise<ReadBody> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, problem: "too-large", bytes: declared };
  }
  const text = await readText(response, maxBytes);
  if (!text.ok) return text;
  if (text.value.trim() === "") return { ok: true, json: undefined };
  try {
    return { ok: true, json: JSON.parse(text.value) as unknown };
  } catch {
    // The parser's message quotes the body; the caller logs only the problem and the size.
    return { ok: false, problem: "malformed", bytes: Buffer.byteLength(text.value) };
  }
}

async function readText(
  response: Response,
  maxBytes: number,
): Promise<{ readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: "too-large"; readonly bytes: number }> {
  const body = response.body;
  if (body === null) return { ok: true, value: "" };
  // Node's fetch types the stream loosely; its chunks are bytes.
  const reader = body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return { ok: false, problem: "too-large", bytes };
    }
    chunks.push(value);
  }
  return { ok: true, value: Buffer.concat(chunks).toString("utf8") };
}
