import type { ServiceIdentifier } from "inversify";
import type { CallerAccess } from "../application/caller-access.js";
import type { Clock } from "../application/ports/clock.js";
import type { CursorCodec } from "../application/ports/cursor-codec.js";
import type { GongGateway } from "../application/ports/gong-gateway.js";
import type { Logger } from "../application/ports/logger.js";
import type { AssignFlow } from "../application/use-cases/assign-flow.js";
import type { FlowsForProspects } from "../application/use-cases/flows-for-prospects.js";
import type { GetCallDetails } from "../application/use-cases/get-call-details.js";
import type { GetCallTranscripts } from "../application/use-cases/get-call-transcripts.js";
import type { GetDetailedCalls } from "../application/use-cases/get-detailed-calls.js";
import type { GetUserDetails } from "../application/use-cases/get-user-details.js";
import type { SearchTranscripts } from "../application/use-cases/search-transcripts.js";
import type { SearchUsers } from "../application/use-cases/search-users.js";
import type { ListCalls } from "../application/use-cases/list-calls.js";
import type { IdentifyCaller } from "../application/use-cases/identify-caller.js";
import type { ListFlows } from "../application/use-cases/list-flows.js";

/**
 * The container's service ids. Symbols carry no type for `container.get`, so each reader writes
 * `c.get<T>(TOKENS.X)`; the annotation here documents which T belongs to which token.
 */
export const TOKENS = {
  Clock: Symbol.for("gong-mcp.Clock") as ServiceIdentifier<Clock>,
  Logger: Symbol.for("gong-mcp.Logger") as ServiceIdentifier<Logger>,
  CursorCodec: Symbol.for("gong-mcp.CursorCodec") as ServiceIdentifier<CursorCodec>,
  GongGateway: Symbol.for("gong-mcp.GongGateway") as ServiceIdentifier<GongGateway>,
  CallerAccess: Symbol.for("gong-mcp.CallerAccess") as ServiceIdentifier<CallerAccess>,
  GetUserDetails: Symbol.for("gong-mcp.GetUserDetails") as ServiceIdentifier<GetUserDetails>,
  SearchUsers: Symbol.for("gong-mcp.SearchUsers") as ServiceIdentifier<SearchUsers>,
  SearchTranscripts: Symbol.for("gong-mcp.SearchTranscripts") as ServiceIdentifier<SearchTranscripts>,
  ListCalls: Symbol.for("gong-mcp.ListCalls") as ServiceIdentifier<ListCalls>,
  GetCallDetails: Symbol.for("gong-mcp.GetCallDetails") as ServiceIdentifier<GetCallDetails>,
  GetCallTranscripts: Symbol.for("gong-mcp.GetCallTranscripts") as ServiceIdentifier<GetCallTranscripts>,
  GetDetailedCalls: Symbol.for("gong-mcp.GetDetailedCalls") as ServiceIdentifier<GetDetailedCalls>,
  ListFlows: Symbol.for("gong-mcp.ListFlows") as ServiceIdentifier<ListFlows>,
  FlowsForProspects: Symbol.for("gong-mcp.FlowsForProspects") as ServiceIdentifier<FlowsForProspects>,
  AssignFlow: Symbol.for("gong-mcp.AssignFlow") as ServiceIdentifier<AssignFlow>,
  IdentifyCaller: Symbol.for("gong-mcp.IdentifyCaller") as ServiceIdentifier<IdentifyCaller>,
} as const;
