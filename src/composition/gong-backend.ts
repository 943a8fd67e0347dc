import { join } from "node:path";
import { BatchingGongGateway, DEFAULT_BATCHING_OPTIONS } from "../adapters/batching/batching-gong-gateway.js";
import { CachingGongGateway, DEFAULT_CACHE_OPTIONS } from "../adapters/cache/caching-gong-gateway.js";
import { FileDirectorySnapshot } from "../adapters/cache/directory-snapshot.js";
import { dataDirProblem } from "../adapters/credentials/data-dir-check.js";
import { EncryptedFileCredentialStore } from "../adapters/credentials/encrypted-file-credential-store.js";
import { LazyGongGateway } from "../adapters/lazy-gong-gateway.js";
import { AccessKeyCredentials } from "../adapters/oauth/access-key-credentials.js";
import { GongOAuthClient } from "../adapters/oauth/gong-oauth-client.js";
import { OrgCredentialsChain } from "../adapters/oauth/org-credentials-chain.js";
import { TokenManager } from "../adapters/oauth/token-manager.js";
import { createUpstreamLimiter } from "../adapters/rate-limit/upstream-limiter.js";
import { otherCallsRunning } from "../adapters/upstream-scope.js";
import { gongOAuthAuthorization } from "../adapters/oauth/gong-oauth-authorization.js";
import { StateStore } from "../adapters/oauth/state-store.js";
import { ConnectGong } from "../application/connection/connect-gong.js";
import type { ConnectionAdminParts } from "../application/connection/connection-admin.js";
import type { CredentialStore } from "../application/ports/credential-store.js";
import { ConnectionState } from "../application/connection/connection-state.js";
import type { Clock } from "../application/ports/clock.js";
import type { GongGateway } from "../application/ports/gong-gateway.js";
import type { Logger } from "../application/ports/logger.js";
import { CONNECTION_FILE, type GongBackendConfig } from "./gong-backend-config.js";

/** The directory snapshot shared by processes on the data dir (ADR 0020). */
const DIRECTORY_FILE = "directory.json";

/** The real Gong as one process uses it: a cached gateway and the live connection state. */
export interface GongBackend {
  readonly gateway: GongGateway;
  readonly connection: ConnectionState;
  /** What an admin manages: the connect steps (or why there are none) and the status sources. */
  readonly admin: Omit<ConnectionAdminParts, "state" | "fake">;
  /** Stops following the credential store. */
  stop(): void;
}

/**
 * Wires the real-Gong backend: credentials (a stored OAuth connection first, else the access key), the
 * shared rate limits, the HTTP exchange, and the cache in front. A connect or disconnect seen in the store
 * empties the cache: the next answer must come from the new connection.
 */
export async function createGongBackend(config: GongBackendConfig, logger: Logger, clock: Clock): Promise<GongBackend> {
  const unwritable = await dataDirProblem(config.dataDir);
  if (unwritable !== null) logger.error(unwritable);
  const store =
    config.encryptionKey === null
      ? null
      : new EncryptedFileCredentialStore({ dataDir: config.dataDir, key: config.encryptionKey, fileName: CONNECTION_FILE, logger });
  const oauth =
    store === null
      ? null
      : new TokenManager({
          store,
          refresher: config.oauth === null ? null : new GongOAuthClient(config.oauth, { clock }),
          clock,
          defaultBaseUrl: config.baseUrl,
          logger,
        });
  const accessKey = config.accessKey === null ? null : new AccessKeyCredentials(config.accessKey.key, config.accessKey.secret, config.baseUrl);
  const limiter = createUpstreamLimiter(
    { requestsPerSecond: config.requestsPerSecond, dailyRequestLimit: config.dailyRequestLimit, dataDir: config.dataDir },
    logger,
  );
  const snapshot = new FileDirectorySnapshot({
    file: join(config.dataDir, DIRECTORY_FILE),
    key: config.encryptionKey,
    maxAgeMs: DEFAULT_CACHE_OPTIONS.directoryTtlMs,
    logger,
  });
  const gateway = new CachingGongGateway(
    new BatchingGongGateway(
      // The wire gateway (decoders, HTTP client) is loaded by the first question, not at start-up.
      new LazyGongGateway(async () =>
        (await import("../adapters/gong-http/http-gong-gateway.js")).createHttpGongGateway({
          credentials: new OrgCredentialsChain(oauth, accessKey),
          limiter,
          logger,
          defaultDeadlineMs: config.callTimeoutMs,
        }),
      ),
      // A question alone in the process has no one to share a request with: it does not wait the window.
      { ...DEFAULT_BATCHING_OPTIONS, othersMayJoin: otherCallsRunning },
    ),
    DEFAULT_CACHE_OPTIONS,
    snapshot,
  );
  const connection = await ConnectionState.of(store, accessKey !== null, logger);
  connection.onChange(() => { gateway.clear(); });
  const stopWatching = connection.watch();
  return { gateway, connection, admin: adminParts(config, store, accessKey !== null, clock), stop: stopWatching };
}

function adminParts(config: GongBackendConfig, store: CredentialStore | null, accessKeyConfigured: boolean, clock: Clock): GongBackend["admin"] {
  const sources = { store, accessKeyConfigured };
  if (config.oauth === null) {
    return { sources, connect: "GONG_OAUTH_CLIENT_ID: connecting over the web needs a Gong OAuth app (GONG_OAUTH_CLIENT_ID, GONG_OAUTH_CLIENT_SECRET, GONG_OAUTH_REDIRECT_URI)" };
  }
  if (store === null) return { sources, connect: "GONG_MCP_ENCRYPTION_KEY: connecting needs a key to store the tokens encrypted" };
  const client = new GongOAuthClient(config.oauth, { clock });
  return { sources, connect: new ConnectGong(gongOAuthAuthorization(client), new StateStore(clock), store) };
}
