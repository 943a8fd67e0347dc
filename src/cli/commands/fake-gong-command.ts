import { datasetProblems } from "../../adapters/fake-gong/dataset-checks.js";
import { fakeGongOptionsFromEnv, type FakeGongFlags } from "../../adapters/fake-gong-http/fake-gong-env.js";
import { FAKE_GONG_DEFAULTS } from "../../adapters/fake-gong-http/fake-gong-options.js";
import { startFakeGongServer, type FakeGongServer } from "../../adapters/fake-gong-http/fake-gong-server.js";
import type { Env } from "../../composition/env.js";
import { fail } from "./fail.js";
import { refuse } from "./refuse.js";

/** Serves until `stop` resolves, then closes and returns 0; a bad flag or a port it cannot take is one line. */
export async function runFakeGong(flags: FakeGongFlags, env: Env, stop: Promise<unknown>): Promise<number> {
  const options = await fakeGongOptionsFromEnv(flags, env);
  if (!options.ok) return refuse(options.error);
  const { dataset } = options.value;
  for (const problem of dataset === undefined ? [] : datasetProblems(dataset)) {
    process.stderr.write(`fake Gong: served as it is, with a broken link: ${problem}\n`);
  }
  let server: FakeGongServer;
  try {
    server = await startFakeGongServer(options.value); // prints its one startup line with the URL
  } catch (cause) {
    const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : String(cause);
    return fail(`fake Gong cannot listen on ${options.value.host ?? FAKE_GONG_DEFAULTS.host}:${options.value.port ?? FAKE_GONG_DEFAULTS.port} (${code}); pick another --port or --host`);
  }
  await stop;
  await server.close();
  return 0;
}
