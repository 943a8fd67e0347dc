import open from "open";
import { ConnectGong, type ConnectFailure } from "../../application/connection/connect-gong.js";
import { err, ok, type Result } from "../../domain/result.js";
import { GongOAuthClient } from "../../adapters/oauth/gong-oauth-client.js";
import { gongOAuthAuthorization } from "../../adapters/oauth/gong-oauth-authorization.js";
import { StateStore } from "../../adapters/oauth/state-store.js";
import { SystemClock } from "../../adapters/system-clock.js";
import type { Env } from "../../composition/env.js";
import { readConnectSetup } from "../../composition/connection-config.js";
import { fail, note } from "./fail.js";
import { listenForRedirect, parseLoopbackRedirect } from "./loopback-redirect.js";
import { refuse } from "./refuse.js";

/** Contract 4: connect waits for the browser 5 minutes at most. */
const MAX_WAIT_SECONDS = 300;

export interface ConnectFlags {
  /** False with --no-browser. */
  readonly browser?: boolean;
  readonly timeoutSeconds?: string;
}

/**
 * Exit 0 once the tokens are stored, and also when only an access key is configured: the org is then
 * connected by the environment, so a set-up script that runs connect need not know which method is used.
 * Any failure stores nothing: the tokens are written only after the state matched and the code was exchanged.
 */
export async function runConnect(flags: ConnectFlags, env: Env, openUrl: (url: string) => void = openBrowser): Promise<number> {
  const waitSeconds = readWaitSeconds(flags.timeoutSeconds);
  if (!waitSeconds.ok) return refuse(waitSeconds.error);
  const setup = readConnectSetup(env);
  if (!setup.ok) return refuse(setup.error);
  if (setup.value.kind === "access_key_only") {
    note("GONG_ACCESS_KEY is set and no Gong OAuth app is: an access key needs no connect, gong-mcp reads it from the environment (see gong-mcp status)");
    return 0;
  }
  const { oauth, store } = setup.value;
  const target = parseLoopbackRedirect(oauth.redirectUri);
  if (!target.ok) return refuse(target.error);
  const clock = new SystemClock();
  const connect = new ConnectGong(
    gongOAuthAuthorization(new GongOAuthClient(oauth, { clock })),
    new StateStore(clock, { ttlMs: waitSeconds.value * 1000 }),
    store,
  );
  const unusable = await connect.storeProblem();
  if (unusable !== null) return fail(unusable);

  const listener = await listenForRedirect(target.value);
  if (!listener.ok) return fail(listener.error);
  try {
    const url = await connect.begin();
    process.stderr.write(`open this URL to connect Gong: ${url}\n`);
    if (flags.browser !== false) openUrl(url);

    const redirect = await listener.value.next(waitSeconds.value * 1000);
    if (redirect === null) {
      return fail(`no redirect reached GONG_OAUTH_REDIRECT_URI within ${waitSeconds.value} s; nothing was stored, run gong-mcp connect again`);
    }
    const { query } = redirect;
    const outcome = await connect.complete({ code: query.get("code"), state: query.get("state"), error: query.get("error") });
    if (!outcome.ok) {
      await redirect.answer(statusOf(outcome.error), `gong-mcp could not connect Gong: ${outcome.error.line}.`);
      return fail(outcome.error.line);
    }
    await redirect.answer(200, "Gong is connected. You can close this tab.");
    process.stderr.write("connected\n");
    return 0;
  } finally {
    await listener.value.close();
  }
}

/** What the browser is answered when a connect fails. */
export function statusOf(failure: ConnectFailure): number {
  return failure.kind === "refused" ? 400 : failure.kind === "gong_failed" ? 502 : 500;
}

function readWaitSeconds(raw: string | undefined): Result<number, string> {
  if (raw === undefined) return ok(MAX_WAIT_SECONDS);
  const text = raw.trim();
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > MAX_WAIT_SECONDS) return err(`--timeout-seconds must be a whole number from 1 to ${MAX_WAIT_SECONDS}`);
  return ok(value);
}

/** Best effort: a headless machine has no browser, and the URL is already on stderr. */
function openBrowser(url: string): void {
  open(url).then(
    (child) => child.on("error", () => undefined),
    () => undefined,
  );
}
