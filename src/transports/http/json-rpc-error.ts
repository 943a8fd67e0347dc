import type { Response } from "express";

/**
 * An HTTP refusal in the shape MCP clients read: a JSON-RPC error with no id (the request was not
 * processed). `message` is for a person: what was wrong and what to do.
 */
export function refuse(res: Response, status: number, message: string, code = -32000, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.status(status).set(headers).json({ jsonrpc: "2.0", error: { code, message }, id: null });
}
