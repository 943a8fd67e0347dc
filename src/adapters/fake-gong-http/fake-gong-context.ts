import type { FakeGongApi } from "../fake-gong/fake-gong-api.js";
import type { FaultControl } from "./fault-control.js";
import type { ResolvedFakeGongOptions } from "./fake-gong-options.js";
import type { OAuthGrants } from "./oauth-grants.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { RequestStats } from "./request-stats.js";

/** What every route of one running fake shares. */
export interface FakeGongContext {
  readonly options: ResolvedFakeGongOptions;
  readonly api: FakeGongApi;
  readonly grants: OAuthGrants;
  readonly limiter: RateLimiter;
  readonly stats: RequestStats;
  readonly faults: FaultControl;
  /** Aborted when the server closes, so delayed answers stop waiting. */
  readonly signal: AbortSignal;
  /** The server's own URL, e.g. http://127.0.0.1:4010 (OAuth hands it out as api_base_url_for_customer). */
  readonly baseUrl: () => string;
}
