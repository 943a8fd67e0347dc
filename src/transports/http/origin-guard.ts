import type { RequestHandler } from "express";
import { refuse } from "./json-rpc-error.js";

export interface OriginPolicy {
  /** Host names a request may address; null: any (a public host with no allow-list configured). */
  readonly allowedHosts: readonly string[] | null;
  /** Origins a browser may call from besides those of the allowed hosts. */
  readonly allowedOrigins: readonly string[];
}

/**
 * DNS-rebinding protection (MCP transport spec: servers must validate Origin): a request whose Host is not
 * an allowed name, or a browser request whose Origin is neither an allowed host's nor an allowed origin,
 * gets 403 before its body is read. Requests without Origin (every non-browser client) pass the Origin check.
 */
export function originGuard(policy: OriginPolicy): RequestHandler {
  const hosts = policy.allowedHosts === null ? null : new Set(policy.allowedHosts.map((host) => host.toLowerCase()));
  const origins = new Set(policy.allowedOrigins);
  return (req, res, next) => {
    if (hosts !== null) {
      const host = hostnameOf(req.headers.host);
      if (host === null || !hosts.has(host)) {
        refuse(res, 403, `Host not allowed: ${clip(req.headers.host ?? "(none)")}; add it to GONG_MCP_ALLOWED_HOSTS`);
        return;
      }
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      const originHost = originHostname(origin);
      if (hosts === null || originHost === null || !hosts.has(originHost)) {
        refuse(res, 403, `Origin not allowed: ${clip(origin)}; add it to GONG_MCP_ALLOWED_ORIGINS`);
        return;
      }
    }
    next();
  };
}

function hostnameOf(host: string | undefined): string | null {
  if (host === undefined || host === "") return null;
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function originHostname(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

function clip(value: string): string {
  return value.length <= 80 ? value : `${value.slice(0, 80)}…`;
}
