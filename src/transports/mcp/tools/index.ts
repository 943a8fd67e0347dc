import type { Tool } from "../define-tool.js";
import { getDetailedGongCallDetails } from "./get-detailed-gong-call-details.js";
import { getGongCallDetails } from "./get-gong-call-details.js";
import { getGongCallTranscript } from "./get-gong-call-transcript.js";
import { getGongUserDetails } from "./get-gong-user-details.js";
import { gongEngageFlowsAssignToProspect } from "./gong-engage-flows-assign-to-prospect.js";
import { gongEngageFlowsForProspects } from "./gong-engage-flows-for-prospects.js";
import { gongEngageFlowsList } from "./gong-engage-flows-list.js";
import { listGongCalls } from "./list-gong-calls.js";
import { searchGongTranscripts } from "./search-gong-transcripts.js";
import { searchGongUsers } from "./search-gong-users.js";

/** The eight Gong tools of contract section 5 and those of section 5b, in the order tools/list shows them. */
export const allTools: readonly Tool[] = [
  getGongUserDetails,
  searchGongUsers,
  listGongCalls,
  getGongCallDetails,
  getGongCallTranscript,
  searchGongTranscripts,
  getDetailedGongCallDetails,
  gongEngageFlowsList,
  gongEngageFlowsForProspects,
  gongEngageFlowsAssignToProspect,
];
