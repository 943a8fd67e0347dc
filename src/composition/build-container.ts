import { Container, type ServiceIdentifier } from "inversify";
import { CallerAccess } from "../application/caller-access.js";
import type { Clock } from "../application/ports/clock.js";
import type { CursorCodec } from "../application/ports/cursor-codec.js";
import type { GongGateway } from "../application/ports/gong-gateway.js";
import type { Logger } from "../application/ports/logger.js";
import type { UseCases } from "../application/use-cases.js";
import { AssignFlow } from "../application/use-cases/assign-flow.js";
import { FlowsForProspects } from "../application/use-cases/flows-for-prospects.js";
import { GetCallDetails } from "../application/use-cases/get-call-details.js";
import { GetCallTranscripts } from "../application/use-cases/get-call-transcripts.js";
import { GetDetailedCalls } from "../application/use-cases/get-detailed-calls.js";
import { GetUserDetails } from "../application/use-cases/get-user-details.js";
import { SearchTranscripts } from "../application/use-cases/search-transcripts.js";
import { SearchUsers } from "../application/use-cases/search-users.js";
import { IdentifyCaller } from "../application/use-cases/identify-caller.js";
import { ListCalls } from "../application/use-cases/list-calls.js";
import { ListFlows } from "../application/use-cases/list-flows.js";
import { TOKENS } from "./tokens.js";

/** The adapters a process has chosen (from its configuration); everything else is built from them. */
export interface ContainerParts {
  readonly gateway: GongGateway;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly cursorCodec: CursorCodec;
}

/**
 * The only place the object graph is wired (ADR 0003): plain constructors, no decorators. Transports never
 * see the container; they get the typed UseCases from `resolveUseCases`.
 */
export function buildContainer(parts: ContainerParts): Container {
  const c = new Container({ defaultScope: "Singleton" });
  c.bind<Clock>(TOKENS.Clock).toConstantValue(parts.clock);
  c.bind<Logger>(TOKENS.Logger).toConstantValue(parts.logger);
  c.bind<CursorCodec>(TOKENS.CursorCodec).toConstantValue(parts.cursorCodec);
  c.bind<GongGateway>(TOKENS.GongGateway).toConstantValue(parts.gateway);
  c.bind<CallerAccess>(TOKENS.CallerAccess).toResolvedValue((gong: GongGateway) => new CallerAccess(gong), [TOKENS.GongGateway]);

  c.bind<GetUserDetails>(TOKENS.GetUserDetails).toResolvedValue((access: CallerAccess) => new GetUserDetails(access), [TOKENS.CallerAccess]);
  c.bind<SearchUsers>(TOKENS.SearchUsers).toResolvedValue((access: CallerAccess) => new SearchUsers(access), [TOKENS.CallerAccess]);
  c.bind<ListCalls>(TOKENS.ListCalls).toResolvedValue(
    (gong: GongGateway, access: CallerAccess, clock: Clock, cursors: CursorCodec) => new ListCalls(gong, access, clock, cursors),
    [TOKENS.GongGateway, TOKENS.CallerAccess, TOKENS.Clock, TOKENS.CursorCodec],
  );
  c.bind<SearchTranscripts>(TOKENS.SearchTranscripts).toResolvedValue(
    (gong: GongGateway, access: CallerAccess, clock: Clock, cursors: CursorCodec) => new SearchTranscripts(gong, access, clock, cursors),
    [TOKENS.GongGateway, TOKENS.CallerAccess, TOKENS.Clock, TOKENS.CursorCodec],
  );
  bindOverGong(c, TOKENS.GetCallDetails, GetCallDetails);
  c.bind<GetCallTranscripts>(TOKENS.GetCallTranscripts).toResolvedValue(
    (gong: GongGateway, access: CallerAccess, cursors: CursorCodec) => new GetCallTranscripts(gong, access, cursors),
    [TOKENS.GongGateway, TOKENS.CallerAccess, TOKENS.CursorCodec],
  );
  bindOverGong(c, TOKENS.GetDetailedCalls, GetDetailedCalls);
  c.bind<ListFlows>(TOKENS.ListFlows).toResolvedValue(
    (gong: GongGateway, access: CallerAccess, cursors: CursorCodec) => new ListFlows(gong, access, cursors),
    [TOKENS.GongGateway, TOKENS.CallerAccess, TOKENS.CursorCodec],
  );
  bindOverGong(c, TOKENS.FlowsForProspects, FlowsForProspects);
  bindOverGong(c, TOKENS.AssignFlow, AssignFlow);
  c.bind<IdentifyCaller>(TOKENS.IdentifyCaller).toResolvedValue((gong: GongGateway) => new IdentifyCaller(gong), [TOKENS.GongGateway]);
  return c;
}

/** Binds a use case whose constructor takes the gateway and the caller's access, as most do. */
function bindOverGong<T>(
  c: Container,
  token: ServiceIdentifier<T>,
  UseCase: new (gong: GongGateway, access: CallerAccess) => T,
): void {
  c.bind<T>(token).toResolvedValue((gong: GongGateway, access: CallerAccess) => new UseCase(gong, access), [
    TOKENS.GongGateway,
    TOKENS.CallerAccess,
  ]);
}

/** Resolves every use case once, at start-up, into the object the transports are given. */
export function resolveUseCases(c: Container): UseCases {
  return {
    getUserDetails: c.get<GetUserDetails>(TOKENS.GetUserDetails),
    searchUsers: c.get<SearchUsers>(TOKENS.SearchUsers),
    searchTranscripts: c.get<SearchTranscripts>(TOKENS.SearchTranscripts),
    listCalls: c.get<ListCalls>(TOKENS.ListCalls),
    getCallDetails: c.get<GetCallDetails>(TOKENS.GetCallDetails),
    getCallTranscripts: c.get<GetCallTranscripts>(TOKENS.GetCallTranscripts),
    getDetailedCalls: c.get<GetDetailedCalls>(TOKENS.GetDetailedCalls),
    listFlows: c.get<ListFlows>(TOKENS.ListFlows),
    flowsForProspects: c.get<FlowsForProspects>(TOKENS.FlowsForProspects),
    assignFlow: c.get<AssignFlow>(TOKENS.AssignFlow),
    identifyCaller: c.get<IdentifyCaller>(TOKENS.IdentifyCaller),
  };
}
