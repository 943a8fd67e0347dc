import type { AssignFlow } from "./use-cases/assign-flow.js";
import type { FlowsForProspects } from "./use-cases/flows-for-prospects.js";
import type { GetCallDetails } from "./use-cases/get-call-details.js";
import type { GetCallTranscripts } from "./use-cases/get-call-transcripts.js";
import type { GetDetailedCalls } from "./use-cases/get-detailed-calls.js";
import type { GetUserDetails } from "./use-cases/get-user-details.js";
import type { SearchTranscripts } from "./use-cases/search-transcripts.js";
import type { SearchUsers } from "./use-cases/search-users.js";
import type { IdentifyCaller } from "./use-cases/identify-caller.js";
import type { ListCalls } from "./use-cases/list-calls.js";
import type { ListFlows } from "./use-cases/list-flows.js";

/** Everything the transports may ask of the application: one use case per tool. */
export interface UseCases {
  readonly getUserDetails: GetUserDetails;
  readonly searchUsers: SearchUsers;
  readonly searchTranscripts: SearchTranscripts;
  readonly listCalls: ListCalls;
  readonly getCallDetails: GetCallDetails;
  readonly getCallTranscripts: GetCallTranscripts;
  readonly getDetailedCalls: GetDetailedCalls;
  readonly listFlows: ListFlows;
  readonly flowsForProspects: FlowsForProspects;
  readonly assignFlow: AssignFlow;
  /** Not a tool: who a verified request acts for, when it names them by email. */
  readonly identifyCaller: IdentifyCaller;
}
