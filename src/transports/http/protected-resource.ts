import { Router } from "express";

export interface ResourceMetadata {
  /** `<public URL>/mcp`. */
  readonly resource: string;
  readonly authorizationServer: string;
}

/**
 * RFC 9728 protected-resource metadata, so that MCP clients that follow the MCP authorization spec find the
 * company's identity provider: `{ resource, authorization_servers, bearer_methods_supported }` at
 * `/.well-known/oauth-protected-resource/mcp` and at `/.well-known/oauth-protected-resource` (contract 3).
 * Served only when an issuer is configured (JWKS); otherwise there is none to name, and the paths are 404.
 */
export function protectedResourceRoutes(metadata: () => ResourceMetadata | null): Router {
  const router = Router();
  router.get(["/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp"], (_req, res, next) => {
    const current = metadata();
    if (current === null) {
      next();
      return;
    }
    res.set("Cache-Control", "max-age=300").json({
      resource: current.resource,
      authorization_servers: [current.authorizationServer],
      bearer_methods_supported: ["header"],
    });
  });
  return router;
}
