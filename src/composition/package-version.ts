import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * This package's version, read from its package.json: found by walking up from this file, which works from
 * src/ (tsx, vitest) and from dist/src/ (the built bin) alike.
 */
export function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    const version = versionIn(join(dir, "package.json"));
    if (version !== undefined) return version;
    dir = dirname(dir);
  }
  return "0.0.0";
}

function versionIn(path: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof manifest !== "object" || manifest === null) return undefined;
    const { name, version } = manifest as { name?: unknown; version?: unknown };
    return name === "gong-mcp" && typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}
