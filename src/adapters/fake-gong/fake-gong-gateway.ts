import type { GongGateway } from "../../application/ports/gong-gateway.js";
import type { Logger } from "../../application/ports/logger.js";
import type { WireDatasetInput } from "../gong-wire/wire/dataset.js";
import { WireGongGateway } from "../gong-wire/wire-gong-gateway.js";
import { countUpstreamRequest } from "../upstream-scope.js";
import { parseDataset, type GongDataset } from "./dataset.js";
import { FakeGongApi, type FakeGongOptions } from "./fake-gong-api.js";

/**
 * The FakeGongGateway: the same WireGongGateway that talks to the real Gong, over the in-memory fake, so the
 * fake exercises the real adapter's paging, batching and decoding. Takes a loaded dataset or a generated one
 * (the demo workspace); a generated dataset that does not parse is a bug, so that throws.
 */
export function createFakeGongGateway(
  dataset: GongDataset | WireDatasetInput,
  options: FakeGongOptions & { readonly logger: Logger },
): GongGateway {
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(parsed.error);
  const { logger, ...fakeOptions } = options;
  const api = new FakeGongApi(parsed.value, fakeOptions);
  return new WireGongGateway((request) => {
    // The fake's requests cost what Gong's would: the audit line reports them alike.
    countUpstreamRequest();
    return api.exchange(request);
  }, { logger });
}
