import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { isLoopbackHost } from "../../adapters/oauth/endpoint-url.js";
import { err, ok, type Result } from "../../domain/result.js";

const VARIABLE = "GONG_OAUTH_REDIRECT_URI";
const EXAMPLE = "http://127.0.0.1:8765/gong/callback";

/** Where `gong-mcp connect` waits for the browser: GONG_OAUTH_REDIRECT_URI taken apart. */
export interface LoopbackTarget {
  /** For listen(): an IPv6 literal without its brackets. */
  readonly host: string;
  readonly port: number;
  readonly path: string;
}

/**
 * The redirect URI must be plain http on a loopback host with a port written out: the CLI serves it
 * itself, without TLS, and must know which port to take. The error is one line naming the variable.
 */
export function parseLoopbackRedirect(raw: string): Result<LoopbackTarget, string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return err(`${VARIABLE} must be an absolute URL such as ${EXAMPLE}`);
  }
  if (url.protocol !== "http:" || !isLoopbackHost(url.hostname)) {
    return err(`${VARIABLE} must be a plain http URL on this machine (127.0.0.1, localhost or [::1]) for gong-mcp connect, such as ${EXAMPLE}`);
  }
  // URL drops a default port (":80"), so an empty port means none was usable: say which one to write.
  if (url.port === "") return err(`${VARIABLE} must name its port, such as ${EXAMPLE} (port 80 cannot be used)`);
  return ok({ host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(url.port), path: url.pathname });
}

/** The one request that came back to the redirect path; answer it once. */
export interface Redirect {
  readonly query: URLSearchParams;
  answer(status: number, message: string): Promise<void>;
}

/** A listener on the redirect URI that hands over the first request to its path and no other. */
export interface RedirectListener {
  /** The first redirect, or null when none came within `timeoutMs`. */
  next(timeoutMs: number): Promise<Redirect | null>;
  close(): Promise<void>;
}

/**
 * Listens on exactly the redirect URI's host and port. Other paths get 404 (browsers ask for
 * /favicon.ico), and after the first redirect the path gets 409: a connect finishes once.
 */
export async function listenForRedirect(target: LoopbackTarget): Promise<Result<RedirectListener, string>> {
  let deliver: ((redirect: Redirect) => void) | null = null;
  let taken = false;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://loopback.invalid").pathname;
    req.resume();
    if (path !== target.path) return void page(res, 404, "Not found.");
    if (req.method !== "GET") return void page(res, 405, "Use GET.");
    if (taken || deliver === null) return void page(res, 409, "This gong-mcp connect has already finished; run it again to reconnect.");
    taken = true;
    deliver(toRedirect(req, res));
  });
  const listening = await listen(server, target);
  if (!listening.ok) return listening;
  return ok({
    next: (timeoutMs) =>
      new Promise<Redirect | null>((resolve) => {
        const timer = setTimeout(() => {
          deliver = null;
          resolve(null);
        }, timeoutMs);
        deliver = (redirect) => {
          clearTimeout(timer);
          resolve(redirect);
        };
      }),
    close: () => close(server),
  });
}

function toRedirect(req: IncomingMessage, res: ServerResponse): Redirect {
  return {
    query: new URL(req.url ?? "/", "http://loopback.invalid").searchParams,
    answer: (status, message) => page(res, status, message),
  };
}

/** A short HTML page that closes the connection, so the process can exit right after. */
function page(res: ServerResponse, status: number, message: string): Promise<void> {
  const html = `<!doctype html><meta charset="utf-8"><title>gong-mcp</title><p>${escapeHtml(message)}</p>\n`;
  return new Promise((resolve) => {
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "content-length": Buffer.byteLength(html),
      "cache-control": "no-store",
      connection: "close",
    });
    res.end(html, resolve);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function listen(server: Server, target: LoopbackTarget): Promise<Result<null, string>> {
  return new Promise((resolve) => {
    server.once("error", (cause: NodeJS.ErrnoException) => {
      const why = cause.code === "EADDRINUSE" ? "the port is in use" : (cause.code ?? cause.message);
      resolve(err(`${VARIABLE}: cannot listen on ${target.host}:${target.port} (${why}); free the port or register another redirect URI`));
    });
    server.listen(target.port, target.host, () => {
      resolve(ok(null));
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    // A browser's keep-alive socket would hold close() open for seconds.
    server.closeAllConnections();
  });
}
