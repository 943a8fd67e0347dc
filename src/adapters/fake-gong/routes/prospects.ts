import type { WireAssignedFlow } from "../../gong-wire/wire/flows.js";
import { failure, messages, success, type Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";
import { bodyObject, optionalStrings } from "../request-input.js";
import type { Route, RouteInput } from "./route.js";

/** Instances still running their course; finished ones are history. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(["Pending", "Running", "Paused"]);

export const isOpen = (instance: WireAssignedFlow): boolean => OPEN_STATUSES.has(instance.flowInstanceStatus ?? "");

/**
 * `POST /v2/flows/prospects`: by `crmProspectsIds`, the open instances only; by `flowInstanceIds`, any status
 * (gong-api.md section 9). Unknown ids give 200 with `prospectsAssigned: []`.
 */
function prospects({ body }: RouteInput, state: FakeGongState): Reply {
  const object = bodyObject(body);
  if (!object.ok) return object.error;
  const crmIds = optionalStrings(object.value, "crmProspectsIds");
  if (!crmIds.ok) return crmIds.error;
  const instanceIds = optionalStrings(object.value, "flowInstanceIds");
  if (!instanceIds.ok) return instanceIds.error;
  // UNCONFIRMED: a body naming no prospect and no instance is a 400; the text is made up.
  if (!crmIds.value?.length && !instanceIds.value?.length) return failure(400, messages.crmProspectsIdsEmpty);
  const byCrm = new Set(crmIds.value);
  const byInstance = new Set(instanceIds.value);
  const assigned = state.prospectFlows.filter(
    (p) => (byCrm.has(p.crmProspectId) && isOpen(p)) || (p.flowInstanceId != null && byInstance.has(p.flowInstanceId)),
  );
  return success({ prospectsAssigned: assigned });
}

export const prospectRoutes: readonly Route[] = [{ method: "POST", pattern: "/v2/flows/prospects", handle: prospects }];
