import { inUpstreamScope } from "../adapters/upstream-scope.js";
import type { CallScope } from "../transports/mcp/caller.js";

/** Every tool call runs in its caller's upstream scope: fair queueing per user, and its Gong requests counted. */
export const upstreamCallScope: CallScope = (key, run) => inUpstreamScope(key, run);
