/**
 * Gong's per-second limit is the company's, so every process (and, scaled out, every instance) that sends
 * to it must share one sliding window of request starts and one pause after a 429 (contract section 2).
 */
export interface RequestWindow {
  /**
   * Waits until a request may start without exceeding the shared rate, and records its start. False when
   * `signal` aborted first (nothing recorded). Rejects when the shared state cannot be kept.
   */
  acquire(signal?: AbortSignal): Promise<boolean>;
  /** Gong answered 429: no process starts a request for `ms`. */
  pauseFor(ms: number): Promise<void>;
}
