import express, { type ErrorRequestHandler, type Express } from "express";
import type { ConnectionAdmin } from "../../application/connection/connection-admin.js";
import type { Logger } from "../../application/ports/logger.js";
import { adminRoutes } from "./admin-routes.js";
import { refuse } from "./json-rpc-error.js";
import { mcpRoute, type McpRouteDeps } from "./mcp-route.js";
import { originGuard, type OriginPolicy } from "./origin-guard.js";
import { protectedResourceRoutes, type ResourceMetadata } from "./protected-resource.js";
import { authenticate, type HttpIdentity } from "./request-auth.js";

export interface HttpAppDeps extends McpRouteDeps {
  readonly identity: HttpIdentity;
  readonly admin: ConnectionAdmin;
  readonly origins: OriginPolicy;
  readonly maxBodyBytes: number;
  /** The protected-resource metadata to publish (JWKS with an issuer), or null. Known once listening. */
  readonly resourceMetadata: () => ResourceMetadata | null;
  readonly logger: Logger;
}

/**
 * The company server's routes: `/healthz` (open), then, behind Host/Origin validation, the RFC 9728
 * metadata, `/mcp` (authenticated before its body is read) and the admin routes. Every refusal is a clean
 * 4xx in JSON; an error thrown by a route is logged and answered 500 without details.
 */
export function createHttpApp(deps: HttpAppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(originGuard(deps.origins));
  const metadataUrl = (): string | null => {
    const metadata = deps.resourceMetadata();
    return metadata === null ? null : metadataUrlOf(metadata.resource);
  };
  app.use(protectedResourceRoutes(deps.resourceMetadata));
  const auth = authenticate(deps.identity, metadataUrl);
  const json = express.json({ limit: deps.maxBodyBytes });
  app.all("/mcp", auth, json, mcpRoute(deps));
  app.use(adminRoutes(deps.admin, auth, deps.logger));
  app.use((_req, res) => {
    res.status(404).json({ error: "not_found", message: "no such route; MCP is served at /mcp" });
  });
  app.use(errorHandler(deps.logger));
  return app;
}

/** Where the metadata of `resource` lives (RFC 9728 section 3.1): the well-known prefix before its path. */
export function metadataUrlOf(resource: string): string {
  const url = new URL(resource);
  const path = url.pathname === "/" ? "" : url.pathname;
  return new URL(`/.well-known/oauth-protected-resource${path}`, url).href;
}

/** The JSON body parser's refusals as JSON-RPC errors; anything else is a bug, logged and answered 500. */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = typeof error === "object" && error !== null && "type" in error ? String(error.type) : "";
    if (type === "entity.too.large") {
      refuse(res, 413, "Payload Too Large: the request body is over the limit (GONG_MCP_MAX_BODY_BYTES)");
      return;
    }
    if (type === "entity.parse.failed") {
      refuse(res, 400, "Parse error: the body is not valid JSON", -32700);
      return;
    }
    if (type === "encoding.unsupported" || type === "charset.unsupported") {
      refuse(res, 415, "Unsupported Media Type: send UTF-8 JSON");
      return;
    }
    if (type === "request.aborted") return;
    logger.error("an HTTP request failed", { error });
    refuse(res, 500, "Internal error; the details are in the server log", -32603);
  };
}
