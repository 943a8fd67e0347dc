import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeGongContext } from "./fake-gong-context.js";
import { readBody, sendJson } from "./http-io.js";

/** Paths of the test-only endpoints; none of them needs auth (the fake binds to loopback by default). */
export const ADMIN_PREFIX = "/__";

/**
 * The test controls, for a test that drives the fake in another process:
 * - `POST /__faults` queue faults (one or an array, see FaultSpec); `GET /__faults` list the queue;
 *   `DELETE /__faults` empty it.
 * - `GET /__stats` request counts; `POST /__stats/reset` zero them.
 * - `POST /__expire-tokens` expire every access token now (refresh tokens stay good).
 * Answers are plain JSON, not Gong's shape: they are not Gong's endpoints.
 */
export async function serveAdmin(req: IncomingMessage, res: ServerResponse, url: URL, context: FakeGongContext): Promise<void> {
  const route = `${req.method ?? ""} ${url.pathname}`;
  switch (route) {
    case "GET /__faults":
      reply(res, 200, { pending: context.faults.pending() });
      return;
    case "POST /__faults": {
      const json = await readJson(req, context.options.maxBodyBytes);
      const queued = json.ok ? context.faults.injectUnknown(json.value) : json;
      if (queued.ok) reply(res, 200, { pending: queued.value });
      else reply(res, 400, { error: queued.error });
      return;
    }
    case "DELETE /__faults":
      context.faults.clear();
      reply(res, 200, { pending: [] });
      return;
    case "GET /__stats":
      reply(res, 200, context.stats.snapshot());
      return;
    case "POST /__stats/reset":
      context.stats.reset();
      reply(res, 200, context.stats.snapshot());
      return;
    case "POST /__expire-tokens":
      reply(res, 200, { expired: context.grants.expireAccessTokens() });
      return;
    default:
      reply(res, 404, { error: `no admin endpoint ${route}` });
  }
}

async function readJson(
  req: IncomingMessage,
  maxBytes: number,
): Promise<{ readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string }> {
  const text = await readBody(req, maxBytes);
  if (!text.ok) return { ok: false, error: `the body could not be read (${text.error})` };
  try {
    return { ok: true, value: JSON.parse(text.value) as unknown };
  } catch {
    return { ok: false, error: "the body is not JSON" };
  }
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  sendJson(res, { status, body });
}
