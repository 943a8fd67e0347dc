import type { Logger } from "../../application/ports/logger.js";
import { readFileIfExists } from "./atomic-file.js";

/**
 * Calls `onChange` whenever the file's bytes differ from the last look (created, replaced, deleted).
 * Polling, because fs.watch misses atomic renames on some platforms and network filesystems; the file is a
 * few hundred bytes, so reading it every second costs nothing. The timer does not keep the process alive.
 */
export function pollForChanges(path: string, onChange: () => void, intervalMs: number, logger?: Logger): () => void {
  let last: string | null | undefined; // undefined: not looked yet
  let busy = false;
  let stopped = false;

  const look = async (): Promise<void> => {
    if (busy || stopped) return;
    busy = true;
    let changed = false;
    try {
      const now = await readFileIfExists(path);
      changed = last !== undefined && now !== last;
      last = now;
    } catch (cause) {
      logger?.warn("cannot read the credential file to watch it", { reason: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      busy = false;
    }
    if (changed && !stopped) onChange();
  };

  void look();
  const timer = setInterval(() => void look(), intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
