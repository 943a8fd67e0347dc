import { ConnectionState } from "../application/connection/connection-state.js";
import type { Clock } from "../application/ports/clock.js";
import type { GongGateway } from "../application/ports/gong-gateway.js";
import type { Logger } from "../application/ports/logger.js";
import { err, ok, type Result } from "../domain/result.js";
import type { Backend } from "./config.js";
import type { Env } from "./env.js";
import { createGongBackend, type GongBackend } from "./gong-backend.js";
import { readGongBackendConfig } from "./gong-backend-config.js";

/** The Gong a process talks to, and whether it is connected (the fake always is). */
export interface ChosenGong {
  readonly gateway: GongGateway;
  readonly connection: ConnectionState;
  /** What an admin manages over the web; null for the fake, which has no connection to manage. */
  readonly admin: GongBackend["admin"] | null;
  readonly stop: () => void;
}

/**
 * The GongGateway a backend choice stands for. Failures are one line for stderr: a dataset that does not
 * load, or a real-Gong setting that is missing or malformed.
 */
export async function createGateway(backend: Backend, env: Env, logger: Logger, clock: Clock): Promise<Result<ChosenGong, string>> {
  if (backend.kind === "gong") {
    const config = readGongBackendConfig(env);
    if (!config.ok) return config;
    return ok(await createGongBackend(config.value, logger, clock));
  }
  // The fake and its demo are loaded only when asked for: a process serving a real Gong never pays for them.
  const [{ createFakeGongGateway }, { loadDatasetFile }, { datasetProblems }] = await Promise.all([
    import("../adapters/fake-gong/fake-gong-gateway.js"),
    import("../adapters/fake-gong/dataset.js"),
    import("../adapters/fake-gong/dataset-checks.js"),
  ]);
  const always = (gateway: GongGateway): ChosenGong => ({ gateway, connection: ConnectionState.always(logger), admin: null, stop: () => undefined });
  if (backend.dataFile === null) {
    const { demoWorkspace } = await import("../adapters/fake-gong/demo/demo-workspace.js");
    return ok(always(createFakeGongGateway(demoWorkspace({ now: clock.now() }), { logger })));
  }
  const dataset = await loadDatasetFile(backend.dataFile);
  if (!dataset.ok) return err(dataset.error);
  for (const problem of datasetProblems(dataset.value)) logger.warn("the dataset is served as it is, with a broken link", { problem });
  return ok(always(createFakeGongGateway(dataset.value, { logger })));
}
