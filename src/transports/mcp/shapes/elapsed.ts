/** Time into a call as people write it: m:ss, or h:mm:ss past the hour. */
export function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Seconds (as Gong gives durations and offsets) as m:ss; "?" when Gong gave none. */
export const elapsedSeconds = (seconds: number | null): string => (seconds === null ? "?" : elapsed(seconds * 1000));
