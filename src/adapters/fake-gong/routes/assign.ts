import { distinct } from "../../../domain/flow.js";
import { err, ok } from "../../../domain/result.js";
import type { WireAssignedFlow } from "../../gong-wire/wire/flows.js";
import type { WireUser } from "../../gong-wire/wire/users.js";
import { failure, messages, success, type Checked, type Reply } from "../errors.js";
import { fullNameOf, type DatasetFlow, type FakeGongState } from "../fake-gong-state.js";
import { bodyObject, optionalStrings, type JsonObject } from "../request-input.js";
import { isOpen } from "./prospects.js";
import type { Route, RouteInput } from "./route.js";

/** The spec's limit since 2026-02 (older pages say 200). */
export const MAX_PROSPECTS_PER_ASSIGN = 100;

interface Assignment {
  readonly prospectIds: readonly string[];
  readonly flow: DatasetFlow;
  readonly owner: WireUser;
}

/**
 * `POST /v2/flows/prospects/assign`, the one write: each prospect gets a new Pending instance of the flow, kept
 * in memory so later reads see it. A prospect already in this flow, or in an open exclusive flow, is reported
 * in `prospectsNotAssigned` inside the 200 (partial success, gong-api.md section 9).
 */
function assign({ body }: RouteInput, state: FakeGongState): Reply {
  const request = readAssignment(body, state);
  if (!request.ok) return request.error;
  const { prospectIds, flow, owner } = request.value;
  const prospectsAssigned: WireAssignedFlow[] = [];
  const prospectsNotAssigned: JsonObject[] = [];
  for (const crmProspectId of prospectIds) {
    const refusal = refusalFor(crmProspectId, flow, state);
    if (refusal !== undefined) {
      prospectsNotAssigned.push({ flowId: flow.id, crmProspectId, ...refusal });
      continue;
    }
    const instance: WireAssignedFlow = {
      flowId: flow.id,
      flowName: flow.name ?? null,
      crmProspectId,
      flowInstanceId: state.newFlowInstanceId(),
      flowInstanceOwnerEmail: owner.emailAddress ?? null,
      flowInstanceOwnerFullName: fullNameOf(owner),
      flowInstanceCreateDate: new Date(state.now()).toISOString(),
      flowInstanceStatus: "Pending",
      workspaceId: flow.workspaceId ?? null,
      exclusive: flow.exclusive ?? false,
    };
    state.prospectFlows.push(instance);
    prospectsAssigned.push(instance);
  }
  return success({ prospectsAssigned, prospectsNotAssigned });
}

/**
 * Why a prospect cannot join. UNCONFIRMED: the messages; that a finished instance does not block; that only an
 * open instance of an exclusive flow blocks other flows (joining an exclusive flow while in others is allowed).
 */
function refusalFor(crmProspectId: string, flow: DatasetFlow, state: FakeGongState): JsonObject | undefined {
  if (crmProspectId.trim() === "") return { errorCode: "InvalidArgument", errorMessage: "crmProspectId is empty" };
  const open = state.prospectFlows.filter((p) => p.crmProspectId === crmProspectId && isOpen(p));
  if (open.some((p) => p.flowId === flow.id)) {
    return { errorCode: "InvalidState", errorMessage: "The prospect is already in this flow" };
  }
  const exclusive = open.find((p) => p.exclusive ?? state.flow(p.flowId)?.exclusive ?? false);
  return exclusive === undefined
    ? undefined
    : { errorCode: "InvalidState", errorMessage: `The prospect is already in the exclusive flow ${exclusive.flowId}` };
}

/** Body checks in the order a request fails them: prospects, flow id, owner e-mail, then the lookups. */
function readAssignment(body: unknown, state: FakeGongState): Checked<Assignment> {
  const object = bodyObject(body);
  if (!object.ok) return object;
  const ids = optionalStrings(object.value, "crmProspectsIds");
  if (!ids.ok) return ids;
  const bad = (message: string) => err(failure(400, message));
  if (ids.value === undefined || ids.value.length === 0) return bad(messages.crmProspectsIdsEmpty);
  // UNCONFIRMED: the status and text for more than 100 prospects.
  if (ids.value.length > MAX_PROSPECTS_PER_ASSIGN) {
    return bad(messages.invalid("crmProspectsIds", `at most ${MAX_PROSPECTS_PER_ASSIGN} ids`));
  }
  const { flowId, flowInstanceOwnerEmail: email } = object.value;
  if (flowId === undefined || flowId === null) return bad(messages.missing("flowId"));
  // A JSON number would lose digits past 2^53; Gong wants the id as a string of digits.
  if (typeof flowId !== "string" || !/^\d{1,20}$/.test(flowId)) return bad(messages.flowIdNotLong);
  if (typeof email !== "string" || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    return bad(messages.invalidOwnerEmail(typeof email === "string" ? email : null));
  }
  const flow = state.flow(flowId);
  if (flow === undefined) return err(failure(404, messages.flowNotFound));
  const owner = state.userByEmail(email);
  // UNCONFIRMED: an owner who is not a Gong user answers like GET /v2/flows does.
  if (owner === undefined) return err(failure(404, messages.userEmailNotFound(email)));
  // UNCONFIRMED: a prospect named twice in one request counts once.
  return ok({ prospectIds: distinct(ids.value), flow, owner });
}

export const assignRoutes: readonly Route[] = [
  { method: "POST", pattern: "/v2/flows/prospects/assign", handle: assign },
  // Same body and answer; it skips the cool-off check, and the fake keeps no cool-off to skip.
  { method: "POST", pattern: "/v2/flows/prospects/assign/cool-off-override", handle: assign },
];
