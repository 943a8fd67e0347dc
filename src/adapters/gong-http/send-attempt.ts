import ky, { type KyInstance } from "ky";
import type { GongAuthorization } from "../../application/ports/credential-store.js";
import type { WireRequest, WireResponse } from "../gong-wire/wire-exchange.js";
import { readJsonBody } from "./read-body.js";

/** What one send came to: an answer with a status, or a failure that is not one. */
export type Attempt =
  | {
      readonly kind: "answer";
      readonly response: WireResponse;
      readonly retryAfter: string | null;
      /** Only the origin of a redirect target: enough to name the right host, nothing of the path. */
      readonly redirectOrigin: string | null;
    }
  | {
      readonly kind: "failed";
      readonly reason: "Transport" | "Timeout" | "Decode";
      /** Did the request leave? "no" only when the connection was never made, so a re-send is always safe. */
      readonly sent: "no" | "maybe";
      /** For the log: an error code, or what was wrong with the body (never the body). */
      readonly detail: string;
    };

export interface AttemptLimits {
  /** From sending to the body's last byte. */
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

// Our own loop retries (the limiter must see every send) and our own timer covers the body too.
const http: KyInstance = ky.create({
  retry: 0,
  timeout: false,
  throwHttpErrors: false,
  // A redirect to another host would drop Authorization on the way (gong-api.md section 1): never follow.
  redirect: "manual",
});

// Connection errors raised before any byte of the request was written.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/** Sends `request` once with `auth`; never throws. `cancel` (the call's signal) abandons it too. */
export async function sendAttempt(request: WireRequest, auth: GongAuthorization, limits: AttemptLimits, cancel?: AbortSignal): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const abandon = (): void => {
    timedOut = true;
    controller.abort();
  };
  cancel?.addEventListener("abort", abandon, { once: true });
  try {
    const response = await http(request.path.replace(/^\/+/, ""), {
      method: request.method,
      prefixUrl: auth.baseUrl,
      headers: { authorization: auth.header, accept: "application/json" },
      // Our signal goes to fetch directly, never through ky's `signal` option: ky would combine it with
      // AbortSignal.any(), whose result Node 20 may garbage-collect, and then the abort never reaches fetch
      // (a request that never answers hung for minutes). `controller` stays referenced by the timer.
      fetch: (input, init) => globalThis.fetch(input, { ...init, signal: controller.signal }),
      ...(request.query === undefined ? {} : { searchParams: { ...request.query } }),
      ...(request.body === undefined ? {} : { json: request.body }),
    });
    return await answerOf(response, limits.maxBodyBytes);
  } catch (error) {
    if (timedOut) return { kind: "failed", reason: "Timeout", sent: "maybe", detail: `no answer within ${limits.timeoutMs} ms` };
    const code = errorCode(error);
    return { kind: "failed", reason: "Transport", sent: NOT_SENT_CODES.has(code) ? "no" : "maybe", detail: code };
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener("abort", abandon);
  }
}

async function answerOf(response: Response, maxBodyBytes: number): Promise<Attempt> {
  const { status, headers } = response;
  const retryAfter = headers.get("retry-after");
  if (status >= 300 && status < 400) {
    await response.body?.cancel();
    return { kind: "answer", response: { status, body: undefined }, retryAfter, redirectOrigin: originOf(headers.get("location")) };
  }
  const body = await readJsonBody(response, maxBodyBytes);
  if (body.ok) return { kind: "answer", response: { status, body: body.json }, retryAfter, redirectOrigin: null };
  // An error status with a body that is not JSON (a proxy's HTML page) is still that status.
  if (status < 200 || status > 299) return { kind: "answer", response: { status, body: undefined }, retryAfter, redirectOrigin: null };
  return { kind: "failed", reason: "Decode", sent: "maybe", detail: `${body.problem} body of ${body.bytes} bytes` };
}

/** undici wraps the socket error in `cause`; the code is all the log needs (messages may carry URLs). */
function errorCode(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") return cause.code;
  return error instanceof Error ? error.name : typeof error;
}

function originOf(location: string | null): string | null {
  if (location === null) return null;
  try {
    return new URL(location).origin;
  } catch {
    return null;
  }
}
