import type { GongDataset } from "../fake-gong/dataset.js";

/** How to start the fake Gong over HTTP. Every field has a default. */
export interface FakeGongServerOptions {
  /** What it serves; default the built-in demo workspace. */
  readonly dataset?: GongDataset;
  /** Default 127.0.0.1: the admin endpoints need no auth, so keep them off the network. */
  readonly host?: string;
  /** Default 0: a free port (read it from the result). */
  readonly port?: number;
  /** Access key and secret it accepts as HTTP Basic (defaults `fake-key` / `fake-secret`). */
  readonly accessKey?: string;
  readonly accessKeySecret?: string;
  /** OAuth client it accepts at the token endpoint (defaults `fake-client-id` / `fake-client-secret`). */
  readonly oauthClientId?: string;
  readonly oauthClientSecret?: string;
  /** API requests admitted in any 1-second window (default 3, Gong's). */
  readonly requestsPerSecond?: number;
  /** API requests per UTC day (default 10000, Gong's). */
  readonly dailyLimit?: number;
  /** Lifetime of issued access tokens (default 86400, Gong's). */
  readonly accessTokenTtlSeconds?: number;
  /** Largest request body read (default 1 MiB); a larger one gets 413. */
  readonly maxBodyBytes?: number;
  /** Records per page in list answers (default: the fake API's, Gong's 100). */
  readonly pageSize?: number;
  /** Clock in epoch ms, for tests that move time instead of waiting (default Date.now). */
  readonly now?: () => number;
  /** Where the startup line goes (default stderr). */
  readonly log?: (line: string) => void;
}

/** The fake's own demo credentials: not secrets, so the startup line may print them. */
export const FAKE_GONG_DEFAULTS = {
  host: "127.0.0.1",
  port: 0,
  accessKey: "fake-key",
  accessKeySecret: "fake-secret",
  oauthClientId: "fake-client-id",
  oauthClientSecret: "fake-client-secret",
  requestsPerSecond: 3,
  dailyLimit: 10_000,
  accessTokenTtlSeconds: 86_400,
  maxBodyBytes: 1024 * 1024,
} as const;

export type ResolvedFakeGongOptions = Required<Omit<FakeGongServerOptions, "dataset" | "pageSize">> &
  Pick<FakeGongServerOptions, "dataset" | "pageSize">;

export function resolveFakeGongOptions(options: FakeGongServerOptions): ResolvedFakeGongOptions {
  return {
    ...FAKE_GONG_DEFAULTS,
    now: Date.now,
    log: (line) => process.stderr.write(`${line}\n`),
    ...options,
  };
}

/** The startup line; credentials are printed only while they are the fake's own demo defaults. */
export function startupLine(url: string, options: ResolvedFakeGongOptions): string {
  const key =
    options.accessKey === FAKE_GONG_DEFAULTS.accessKey && options.accessKeySecret === FAKE_GONG_DEFAULTS.accessKeySecret
      ? `access key: ${options.accessKey}, secret: ${options.accessKeySecret}`
      : "access key: as configured";
  const client =
    options.oauthClientId === FAKE_GONG_DEFAULTS.oauthClientId && options.oauthClientSecret === FAKE_GONG_DEFAULTS.oauthClientSecret
      ? `OAuth client: ${options.oauthClientId}, secret: ${options.oauthClientSecret}`
      : "OAuth client: as configured";
  return `fake Gong listening on ${url} (${key}; ${client})`;
}
