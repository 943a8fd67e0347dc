import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Can this process keep its state (the daily count, the connection, locks) in `dataDir`? Creates it (0700)
 * if missing and writes and removes a probe file. Null when it can; else one line naming the path and the
 * error code, for the start-up log: the tools would otherwise fail one by one without saying why.
 */
export async function dataDirProblem(dataDir: string): Promise<string | null> {
  const probe = join(dataDir, `.probe-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await writeFile(probe, "", { mode: 0o600 });
    await rm(probe, { force: true });
    return null;
  } catch (cause) {
    const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "unknown error";
    return `GONG_MCP_DATA_DIR ${dataDir} cannot be written (${code}): every call to Gong will fail until it can; fix the path or its permissions`;
  }
}
