import { err, ok, type Result } from "../../domain/result.js";
import { loadDatasetFile, type GongDataset } from "../fake-gong/dataset.js";
import type { FakeGongServerOptions } from "./fake-gong-options.js";

/** The `gong-mcp fake-gong` flags, as commander hands them over (strings, or numbers if it parsed them). */
export interface FakeGongFlags {
  readonly port?: string | number;
  readonly host?: string;
  /** A dataset file (contract section 7); else the demo workspace. */
  readonly data?: string;
  readonly rps?: string | number;
  readonly dailyLimit?: string | number;
  readonly tokenTtl?: string | number;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Options for `startFakeGongServer` from the command's flags and the environment: the access key from
 * GONG_ACCESS_KEY/GONG_ACCESS_KEY_SECRET and the OAuth client from GONG_OAUTH_CLIENT_ID/_SECRET (so a
 * gong-mcp configured with the same variables can talk to it), else the fake's demo defaults. Loads
 * `--data`. A bad value is one line naming the flag or variable, without echoing a secret.
 */
export async function fakeGongOptionsFromEnv(flags: FakeGongFlags, env: Env): Promise<Result<FakeGongServerOptions, string>> {
  const port = integer("--port", flags.port, 0, 65_535);
  const rps = integer("--rps", flags.rps, 1, 1_000_000);
  const daily = integer("--daily-limit", flags.dailyLimit, 1, 1_000_000_000);
  const ttl = integer("--token-ttl", flags.tokenTtl, 1, 10 * 365 * 86_400);
  const accessKey = pair(env, "GONG_ACCESS_KEY", "GONG_ACCESS_KEY_SECRET");
  const oauthClient = pair(env, "GONG_OAUTH_CLIENT_ID", "GONG_OAUTH_CLIENT_SECRET");
  if (!port.ok) return port;
  if (!rps.ok) return rps;
  if (!daily.ok) return daily;
  if (!ttl.ok) return ttl;
  if (!accessKey.ok) return accessKey;
  if (!oauthClient.ok) return oauthClient;
  if (flags.host?.trim() === "") return err("--host must not be empty");

  let dataset: GongDataset | undefined;
  if (flags.data !== undefined) {
    const loaded = await loadDatasetFile(flags.data);
    if (!loaded.ok) return loaded;
    dataset = loaded.value;
  }
  return ok({
    ...(dataset === undefined ? {} : { dataset }),
    ...(flags.host === undefined ? {} : { host: flags.host.trim() }),
    ...(port.value === undefined ? {} : { port: port.value }),
    ...(rps.value === undefined ? {} : { requestsPerSecond: rps.value }),
    ...(daily.value === undefined ? {} : { dailyLimit: daily.value }),
    ...(ttl.value === undefined ? {} : { accessTokenTtlSeconds: ttl.value }),
    ...(accessKey.value === undefined ? {} : { accessKey: accessKey.value[0], accessKeySecret: accessKey.value[1] }),
    ...(oauthClient.value === undefined ? {} : { oauthClientId: oauthClient.value[0], oauthClientSecret: oauthClient.value[1] }),
  });
}

function integer(flag: string, raw: string | number | undefined, min: number, max: number): Result<number | undefined, string> {
  if (raw === undefined) return ok(undefined);
  const text = String(raw).trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) return err(`${flag} must be a whole number from ${min} to ${max}`);
  return ok(value);
}

/** Both variables or neither: half a credential is a mistake to report, not to fill with a default. */
function pair(env: Env, idName: string, secretName: string): Result<readonly [string, string] | undefined, string> {
  const id = env[idName]?.trim() ?? "";
  const secret = env[secretName] ?? "";
  if (id === "" && secret === "") return ok(undefined);
  if (id === "") return err(`${idName} must be set when ${secretName} is`);
  if (secret === "") return err(`${secretName} must be set when ${idName} is`);
  return ok([id, secret]);
}
