import type { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { Logger } from "../../application/ports/logger.js";
import type { GongMcpServer } from "../mcp/server.js";

/** One MCP session: its transport and server, bound to the caller who opened it. */
export interface Session {
  readonly id: string;
  readonly owner: string;
  readonly transport: StreamableHTTPServerTransport;
  readonly served: GongMcpServer;
  lastSeen: number;
}

export interface SessionLimits {
  readonly maxSessions: number;
  readonly maxSessionsPerUser: number;
  readonly idleMs: number;
}

/** Whether a new session may open: yes, or which limit is reached. */
export type Admission = "ok" | "user_full" | "full";

/**
 * The open sessions of one HTTP server (memory stays bounded): at most `maxSessions` in all and
 * `maxSessionsPerUser` per caller, and a session unused for `idleMs` is closed. A caller at their limit
 * gets their least recently used idle session closed to make room (clients that never send DELETE would
 * otherwise lock their user out); only when all of theirs are busy is the new one refused. One user's flood
 * never takes another's place. Every session can be told that the tool list changed.
 */
export class SessionRegistry {
  readonly #sessions = new Map<string, Session>();
  readonly #limits: SessionLimits;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #sweeper: NodeJS.Timeout;

  constructor(limits: SessionLimits, logger: Logger, now: () => number = Date.now) {
    this.#limits = limits;
    this.#logger = logger;
    this.#now = now;
    this.#sweeper = setInterval(() => void this.closeIdle(), Math.min(60_000, Math.max(1_000, limits.idleMs / 4)));
    this.#sweeper.unref();
  }

  get size(): number {
    return this.#sessions.size;
  }

  get(id: string): Session | undefined {
    return this.#sessions.get(id);
  }

  /** Makes room for a new session of `owner` if their limit allows it (closing their oldest idle one). */
  async admit(owner: string): Promise<Admission> {
    const theirs = [...this.#sessions.values()].filter((session) => session.owner === owner);
    if (theirs.length >= this.#limits.maxSessionsPerUser) {
      const oldestIdle = theirs.filter((session) => !session.served.busy()).sort((a, b) => a.lastSeen - b.lastSeen)[0];
      if (oldestIdle === undefined) return "user_full";
      this.#logger.info("closed a session to make room for a new one of the same user", { session: oldestIdle.id, user: owner });
      await this.close(oldestIdle);
    }
    return this.#sessions.size >= this.#limits.maxSessions ? "full" : "ok";
  }

  add(session: Session): void {
    this.#sessions.set(session.id, session);
  }

  touch(session: Session): void {
    session.lastSeen = this.#now();
  }

  /** Forgets a session its transport closed (DELETE, or the client went away). */
  forget(id: string): void {
    this.#sessions.delete(id);
  }

  /** Connecting or disconnecting Gong shows or hides the tools of every open session. */
  forEach(visit: (session: Session) => void): void {
    for (const session of this.#sessions.values()) visit(session);
  }

  /** Closes the sessions unused for the idle time that have no call running. */
  async closeIdle(): Promise<void> {
    const cutoff = this.#now() - this.#limits.idleMs;
    for (const session of [...this.#sessions.values()]) {
      if (session.lastSeen <= cutoff && !session.served.busy()) {
        this.#logger.info("closed an idle session", { session: session.id, user: session.owner });
        await this.close(session);
      }
    }
  }

  /** Graceful stop: calls already running answer (within `graceMs`), then every session closes. */
  async closeAll(graceMs: number): Promise<void> {
    clearInterval(this.#sweeper);
    const sessions = [...this.#sessions.values()];
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(sessions.map((session) => session.served.idle())), deadline]);
    clearTimeout(timer);
    // One macrotask after the last call returns, the SDK has written its answer.
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all(sessions.map((session) => this.close(session)));
  }

  private async close(session: Session): Promise<void> {
    this.#sessions.delete(session.id);
    try {
      await session.transport.close();
      await session.served.server.close();
    } catch (error) {
      this.#logger.warn("a session did not close cleanly", { session: session.id, error });
    }
  }
}
