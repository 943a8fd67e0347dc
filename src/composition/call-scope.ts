import { inUpstreamScope, upstreamRequestsSoFar } from "../adapters/upstream-scope.js";
import type { CallScope } from "../transports/mcp/caller.js";

/**
 * Every tool call runs in its caller's upstream scope: fair queueing per user, its Gong requests counted, and
 * its deadline and cancellation seen by every wait below it.
 */
export const upstreamCallScope: CallScope = (key, run, limits) => inUpstreamScope(key, () => run(upstreamRequestsSoFar), limits);
