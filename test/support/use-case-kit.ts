import { CallerAccess } from "../../src/application/caller-access.js";
import type { CursorCodec } from "../../src/application/ports/cursor-codec.js";
import type { UseCases } from "../../src/application/use-cases.js";
import { AssignFlow } from "../../src/application/use-cases/assign-flow.js";
import { FlowsForProspects } from "../../src/application/use-cases/flows-for-prospects.js";
import { GetCallDetails } from "../../src/application/use-cases/get-call-details.js";
import { GetCallTranscripts } from "../../src/application/use-cases/get-call-transcripts.js";
import { GetDetailedCalls } from "../../src/application/use-cases/get-detailed-calls.js";
import { GetUserDetails } from "../../src/application/use-cases/get-user-details.js";
import { SearchTranscripts } from "../../src/application/use-cases/search-transcripts.js";
import { SearchUsers } from "../../src/application/use-cases/search-users.js";
import { IdentifyCaller } from "../../src/application/use-cases/identify-caller.js";
import { ListCalls } from "../../src/application/use-cases/list-calls.js";
import { ListFlows } from "../../src/application/use-cases/list-flows.js";
import type { DomainError } from "../../src/domain/errors.js";
import type { Result } from "../../src/domain/result.js";
import { StaticGongGateway, type StaticGongData } from "./static-gong-gateway.js";
import { TestCursorCodec } from "./test-cursor-codec.js";

/** "Now" for every use-case test: the default call window is the 30 days before it. */
export const NOW = Date.parse("2026-03-15T12:00:00.000Z");

export interface Kit {
  readonly gong: StaticGongGateway;
  readonly useCases: UseCases;
  readonly cursors: CursorCodec;
}

/** Every use case wired over one static gateway, a fixed clock and a signed cursor codec. */
export function kitOver(data: StaticGongData, now = NOW): Kit {
  const gong = new StaticGongGateway(data);
  const access = new CallerAccess(gong);
  const cursors = new TestCursorCodec();
  const clock = { now: () => now };
  return {
    gong,
    cursors,
    useCases: {
      getUserDetails: new GetUserDetails(access),
      searchUsers: new SearchUsers(access),
      searchTranscripts: new SearchTranscripts(gong, access, clock, cursors),
      listCalls: new ListCalls(gong, access, clock, cursors),
      getCallDetails: new GetCallDetails(gong, access),
      getCallTranscripts: new GetCallTranscripts(gong, access, cursors),
      getDetailedCalls: new GetDetailedCalls(gong, access),
      listFlows: new ListFlows(gong, access, cursors),
      flowsForProspects: new FlowsForProspects(gong, access),
      assignFlow: new AssignFlow(gong, access),
      identifyCaller: new IdentifyCaller(gong),
    },
  };
}

export function valueOf<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function errorOf<T>(result: Result<T, DomainError>): DomainError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
