import type { GongGateway } from "../application/ports/gong-gateway.js";
import type { Logger } from "../application/ports/logger.js";
import { err, ok, type Result } from "../domain/result.js";
import { loadDatasetFile } from "../adapters/fake-gong/dataset.js";
import { demoWorkspace } from "../adapters/fake-gong/demo/demo-workspace.js";
import { createFakeGongGateway } from "../adapters/fake-gong/fake-gong-gateway.js";
import type { Backend } from "./config.js";

/**
 * The GongGateway a backend choice stands for. Failures are one line for stderr: a dataset that does not
 * load, or the real Gong backend, whose HTTP wiring (credentials, OAuth, rate limits) lands separately.
 */
export async function createGateway(backend: Backend, logger: Logger, now: number): Promise<Result<GongGateway, string>> {
  if (backend.kind === "gong") {
    const variable = backend.credentials === "access_key" ? "GONG_ACCESS_KEY" : "GONG_OAUTH_CLIENT_ID";
    return err(
      `${variable}: the real Gong backend is not part of this build yet; run with --backend fake (the demo workspace) until it is`,
    );
  }
  if (backend.dataFile === null) return ok(createFakeGongGateway(demoWorkspace({ now }), { logger }));
  const dataset = await loadDatasetFile(backend.dataFile);
  if (!dataset.ok) return err(firstLine(dataset.error));
  return ok(createFakeGongGateway(dataset.value, { logger }));
}

/** A dataset can have many problems; start-up reports the first, and how many more there are. */
function firstLine(message: string): string {
  const [first = message, ...rest] = message.split("\n");
  return rest.length === 0 ? first : `${first} (and ${rest.length} more problems)`;
}
