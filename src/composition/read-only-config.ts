import { err, ok, type Result } from "../domain/result.js";
import type { Env } from "./env.js";

/** `--read-only`, else GONG_MCP_READ_ONLY (1/true/yes or 0/false/no): leaves the one write out (contract 5b). */
export function readReadOnly(flag: boolean | undefined, env: Env): Result<boolean, string> {
  if (flag === true) return ok(true);
  const raw = env.GONG_MCP_READ_ONLY?.trim().toLowerCase() ?? "";
  if (raw === "" || raw === "0" || raw === "false" || raw === "no") return ok(false);
  if (raw === "1" || raw === "true" || raw === "yes") return ok(true);
  return err(`GONG_MCP_READ_ONLY: expected 1 or 0 (true or false), got "${raw.slice(0, 20)}"`);
}
