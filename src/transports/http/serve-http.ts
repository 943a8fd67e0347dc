import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { SessionRegistry } from "./session-registry.js";

export interface ListeningServer {
  /** `http://host:port`, with the port actually taken. */
  readonly url: string;
  readonly port: number;
  /**
   * Graceful stop: takes no new connection, lets the tool calls already running answer (within `graceMs`),
   * then closes every session and connection.
   */
  close(graceMs: number): Promise<void>;
}

/** Listens on host:port; rejects with the listen error (e.g. EADDRINUSE). */
export async function listenHttp(app: Express, sessions: SessionRegistry, host: string, port: number): Promise<ListeningServer> {
  const server = createServer(app);
  // A slow client must not hold a socket forever; SSE streams are kept alive by the SDK's own pings.
  server.headersTimeout = 30_000;
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    close: (graceMs) => stop(server, sessions, graceMs),
  };
}

async function stop(server: Server, sessions: SessionRegistry, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  server.closeIdleConnections();
  await sessions.closeAll(graceMs);
  server.closeAllConnections();
  await closed;
}
