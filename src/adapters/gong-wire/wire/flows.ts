import * as Schema from "effect/Schema";
import { maybe, WireId, WireRecords } from "./common.js";

/** A flow of `GET /v2/flows` (gong-api.md section 9). */
export const WireFlow = Schema.Struct({
  id: WireId,
  name: maybe(Schema.String),
  folderId: maybe(Schema.String),
  folderName: maybe(Schema.String),
  visibility: maybe(Schema.String),
  creationDate: maybe(Schema.String),
  exclusive: maybe(Schema.Boolean),
});
export type WireFlow = typeof WireFlow.Type;

export const WireFlowsPage = Schema.Struct({
  requestId: maybe(Schema.String),
  records: maybe(WireRecords),
  flows: maybe(Schema.Array(WireFlow)),
});

/** `PublicApiAssignedFlow`: one prospect in one flow. */
export const WireAssignedFlow = Schema.Struct({
  flowId: WireId,
  flowName: maybe(Schema.String),
  crmProspectId: Schema.String,
  flowInstanceId: maybe(Schema.String),
  flowInstanceOwnerEmail: maybe(Schema.String),
  flowInstanceOwnerFullName: maybe(Schema.String),
  flowInstanceCreateDate: maybe(Schema.String),
  flowInstanceStatus: maybe(Schema.String),
  workspaceId: maybe(WireId),
  exclusive: maybe(Schema.Boolean),
});
export type WireAssignedFlow = typeof WireAssignedFlow.Type;

/** `POST /v2/flows/prospects`: no paging. */
export const WireProspectsResponse = Schema.Struct({
  requestId: maybe(Schema.String),
  prospectsAssigned: maybe(Schema.Array(WireAssignedFlow)),
});

/** A prospect the assign endpoint did not assign; `errorCode` is InvalidArgument | InvalidState | UnexpectedError. */
export const WireNotAssigned = Schema.Struct({
  flowId: maybe(Schema.String),
  crmProspectId: Schema.String,
  errorCode: maybe(Schema.String),
  errorMessage: maybe(Schema.String),
});
export type WireNotAssigned = typeof WireNotAssigned.Type;

/** `POST /v2/flows/prospects/assign`: partial success is reported per prospect inside a 200. */
export const WireAssignResponse = Schema.Struct({
  requestId: maybe(Schema.String),
  prospectsAssigned: maybe(Schema.Array(WireAssignedFlow)),
  prospectsNotAssigned: maybe(Schema.Array(WireNotAssigned)),
});
