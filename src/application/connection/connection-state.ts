import type { CredentialStore } from "../ports/credential-store.js";
import type { Logger } from "../ports/logger.js";

type Listener = (connected: boolean) => void;

/**
 * Whether Gong is connected right now, kept current across processes: an access key in the environment is
 * always a connection; otherwise a stored OAuth connection is, and the store's watch tells when another
 * process connects or disconnects (contract section 4: within 5 seconds, without a restart).
 */
export class ConnectionState {
  private connected: boolean;
  private readonly listeners = new Set<Listener>();

  private constructor(
    private readonly store: CredentialStore | null,
    private readonly accessKeyConfigured: boolean,
    private readonly logger: Logger,
    initially: boolean,
  ) {
    this.connected = initially;
  }

  /** Always connected: the fake Gong, or an access key. */
  static always(logger: Logger): ConnectionState {
    return new ConnectionState(null, true, logger, true);
  }

  static async of(store: CredentialStore | null, accessKeyConfigured: boolean, logger: Logger): Promise<ConnectionState> {
    const state = new ConnectionState(store, accessKeyConfigured, logger, false);
    state.connected = await state.read();
    return state;
  }

  isConnected(): boolean {
    return this.connected;
  }

  /** Calls `listener` with the new state each time it changes; returns a function that stops it. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows the store until the returned function is called. */
  watch(): () => void {
    if (this.store === null || this.accessKeyConfigured) return () => undefined;
    return this.store.watch(() => void this.recheck());
  }

  /** Reads the store again and tells listeners if the answer changed (also right after our own connect). */
  async recheck(): Promise<void> {
    const now = await this.read();
    if (now === this.connected) return;
    this.connected = now;
    this.logger.info(now ? "Gong connected" : "Gong disconnected");
    for (const listener of this.listeners) listener(now);
  }

  private async read(): Promise<boolean> {
    if (this.accessKeyConfigured) return true;
    if (this.store === null) return false;
    try {
      return (await this.store.read()) !== null;
    } catch (error) {
      // A foreign or corrupt file is no usable connection; the tools then say not_connected / unauthorized.
      this.logger.warn("the stored Gong connection cannot be read", { reason: error instanceof Error ? error.message : "unknown" });
      return false;
    }
  }
}
