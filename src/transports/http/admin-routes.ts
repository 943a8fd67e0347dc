import { Router, type Request, type RequestHandler, type Response } from "express";
import type { ConnectionAdmin } from "../../application/connection/connection-admin.js";
import type { Logger } from "../../application/ports/logger.js";
import { identityOf } from "./request-auth.js";

/**
 * The org connection over the web (contract section 4). connect, status and disconnect need a verified
 * admin (`gong_admin: true`): no token 401 (from `auth`), another user 403. The callback is authenticated by
 * its single-use `state` alone, as the browser arrives from Gong without a token.
 */
export function adminRoutes(admin: ConnectionAdmin, auth: RequestHandler, logger: Logger): Router {
  const router = Router();
  const adminOnly: RequestHandler = (req, res, next) => {
    if (identityOf(req.auth)?.admin === true) {
      next();
      return;
    }
    res.status(403).json({ error: "forbidden", message: "managing the Gong connection needs a token with gong_admin: true" });
  };
  router.get("/admin/gong/connect", auth, adminOnly, async (_req, res) => {
    const url = await admin.beginConnect();
    if (!url.ok) {
      res.status(409).json({ error: "not_configured", message: url.error });
      return;
    }
    res.set("Cache-Control", "no-store").redirect(302, url.value);
  });
  router.get("/admin/gong/callback", async (req: Request, res: Response) => {
    const outcome = await admin.completeConnect({ code: param(req, "code"), state: param(req, "state"), error: param(req, "error") });
    if (!outcome.ok) {
      logger.warn("a Gong connect failed", { reason: outcome.error.line });
      const status = outcome.error.kind === "refused" ? 400 : outcome.error.kind === "gong_failed" ? 502 : 500;
      page(res, status, `gong-mcp could not connect Gong: ${outcome.error.line}.`);
      return;
    }
    logger.info("Gong connected over the web");
    page(res, 200, "Gong is connected. You can close this tab.");
  });
  router.get("/admin/gong/status", auth, adminOnly, async (_req, res) => {
    res.set("Cache-Control", "no-store").json(await admin.status());
  });
  router.post("/admin/gong/disconnect", auth, adminOnly, async (_req, res) => {
    const status = await admin.disconnect();
    logger.info("Gong disconnected over the web");
    res.set("Cache-Control", "no-store").json(status);
  });
  return router;
}

/** One query value; repeated or absent reads as absent (a forged redirect gains nothing from repeats). */
function param(req: Request, name: string): string | null {
  const value = new URL(req.originalUrl, "http://callback.invalid").searchParams.getAll(name);
  return value.length === 1 ? (value[0] ?? null) : null;
}

function page(res: Response, status: number, message: string): void {
  const html = `<!doctype html><meta charset="utf-8"><title>gong-mcp</title><p>${escapeHtml(message)}</p>\n`;
  res.status(status).set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).send(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
