import { err, ok, type Result } from "../../domain/result.js";
import type { StoredConnection } from "../ports/credential-store.js";
import type { ConnectGong, ConnectFailure, OAuthRedirect } from "./connect-gong.js";
import type { ConnectionState } from "./connection-state.js";
import { connectionStatus, type ConnectionSources, type ConnectionStatus } from "./connection-status.js";

export interface ConnectionAdminParts {
  /** The OAuth connect steps, or why this server cannot run them (one line naming the variable). */
  readonly connect: ConnectGong | string;
  readonly sources: ConnectionSources;
  /** Told after every change so that open sessions see the tools appear or go at once. */
  readonly state: ConnectionState;
  /** The built-in demo or a dataset: always "connected", to nothing an admin manages. */
  readonly fake: boolean;
}

/**
 * The org connection as an admin manages it over the web (contract section 4), with the same steps and
 * store as the CLI: connect (begin, complete), status and disconnect. Nothing here holds or returns a secret.
 */
export class ConnectionAdmin {
  constructor(private readonly parts: ConnectionAdminParts) {}

  /** The URL to send the admin to, or why connecting is not set up here. */
  async beginConnect(): Promise<Result<string, string>> {
    const { connect } = this.parts;
    return typeof connect === "string" ? err(connect) : ok(await connect.begin());
  }

  async completeConnect(redirect: OAuthRedirect): Promise<Result<StoredConnection, ConnectFailure>> {
    const { connect } = this.parts;
    if (typeof connect === "string") return err({ kind: "refused", line: connect });
    const outcome = await connect.complete(redirect);
    if (outcome.ok) await this.parts.state.recheck();
    return outcome;
  }

  async status(): Promise<ConnectionStatus> {
    if (this.parts.fake) return { connected: true, method: null, expires_at: null, scopes: [] };
    const status = await connectionStatus(this.parts.sources);
    return status.ok ? status.value : { connected: false, method: null, expires_at: null, scopes: [], problem: status.error.message };
  }

  /** Deletes the stored tokens; an access key in the environment stays in use, and the status says so. */
  async disconnect(): Promise<ConnectionStatus> {
    await this.parts.sources.store?.clear();
    await this.parts.state.recheck();
    return this.status();
  }
}
