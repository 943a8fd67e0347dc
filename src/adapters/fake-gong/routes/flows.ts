import { failure, messages, success, type Reply } from "../errors.js";
import { without, type DatasetFlow, type FakeGongState } from "../fake-gong-state.js";
import { paginate } from "../paging.js";
import type { Route, RouteInput } from "./route.js";

/** Dataset-only links; Gong keeps ownership and sharing elsewhere. */
const DATASET_ONLY = ["workspaceId", "ownerEmail", "sharedWithEmails"];

const sameEmail = (a: string | null | undefined, b: string): boolean => a != null && a.toLowerCase() === b.toLowerCase();

/**
 * Who may use a flow (gong-api.md section 9): Company flows everyone; Personal flows their owner; Shared flows
 * their owner and the people they are shared with. UNCONFIRMED: a flow without a visibility counts as Personal.
 */
export function canUseFlow(flow: DatasetFlow, email: string): boolean {
  if (flow.visibility === "Company") return true;
  const owns = sameEmail(flow.ownerEmail, email);
  if (flow.visibility === "Shared") return owns || (flow.sharedWithEmails ?? []).some((shared) => sameEmail(shared, email));
  return owns;
}

/**
 * `GET /v2/flows?flowOwnerEmail&workspaceId&folderId&cursor`: the flows that owner may use, 100 a page, in
 * dataset order (UNCONFIRMED: Gong's order); an empty result is a 200 with `flows: []`.
 */
function listFlows({ query }: RouteInput, state: FakeGongState): Reply {
  const { cursor, flowOwnerEmail, workspaceId, folderId } = query;
  if (flowOwnerEmail === undefined || flowOwnerEmail === "") return failure(400, messages.flowOwnerEmailMissing);
  if (state.userByEmail(flowOwnerEmail) === undefined) return failure(404, messages.userEmailNotFound(flowOwnerEmail));
  const flows = state.dataset.flows.filter(
    (flow) =>
      canUseFlow(flow, flowOwnerEmail) &&
      // UNCONFIRMED: a flow the dataset ties to no workspace shows in every workspace.
      (workspaceId === undefined || flow.workspaceId == null || flow.workspaceId === workspaceId) &&
      (folderId === undefined || flow.folderId === folderId),
  );
  const selection = { path: "/v2/flows", flowOwnerEmail: flowOwnerEmail.toLowerCase(), workspaceId, folderId };
  const page = paginate(flows, selection, cursor, state.pageSize);
  return page.ok
    ? success({ records: page.value.records, flows: page.value.items.map((flow) => without(flow, DATASET_ONLY)) })
    : page.error;
}

export const flowRoutes: readonly Route[] = [{ method: "GET", pattern: "/v2/flows", handle: listFlows }];
