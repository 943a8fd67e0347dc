import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where gong-mcp keeps its state: `GONG_MCP_DATA_DIR` when set, else the platform's per-user data
 * directory (XDG on Linux, Application Support on macOS, AppData on Windows).
 */
export function defaultDataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const configured = env["GONG_MCP_DATA_DIR"]?.trim();
  if (configured) return resolve(configured);
  if (platform === "darwin") return join(home, "Library", "Application Support", "gong-mcp");
  if (platform === "win32") {
    const appData = env["LOCALAPPDATA"] ?? env["APPDATA"];
    return join(appData ?? join(home, "AppData", "Local"), "gong-mcp");
  }
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env["XDG_DATA_HOME"];
  const base = xdg && isAbsolute(xdg) ? xdg : join(home, ".local", "share");
  return join(base, "gong-mcp");
}
