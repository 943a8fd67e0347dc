import { err, ok, type Result } from "../../domain/result.js";

/** 127.0.0.0/8, ::1 and localhost: the only hosts reachable over plain http (tests, the CLI's redirect). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Parses a URL from the environment: absolute, https (http only on loopback), no user:password and no
 * fragment. The error is one line naming the variable; the value itself is not echoed.
 */
export function parseEndpointUrl(variable: string, raw: string): Result<URL, string> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return err(`${variable} must be an absolute URL such as https://app.gong.io/oauth2/authorize`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    return err(`${variable} must use https (plain http is allowed only for localhost and 127.0.0.1)`);
  }
  if (url.username !== "" || url.password !== "") return err(`${variable} must not contain a user name or password`);
  if (url.hash !== "") return err(`${variable} must not contain a #fragment`);
  return ok(url);
}
