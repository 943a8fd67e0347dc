import * as Schema from "effect/Schema";
import { maybe, WireId } from "./common.js";

const WireScopedAccess = Schema.Struct({
  /** One of all | managers-team | report-to-them | own | none; older specs also list a combined literal. */
  permissionLevel: maybe(Schema.String),
  teamLeadIds: maybe(Schema.Array(WireId)),
});

/** `PermissionProfileDTO`, the fields gong-mcp reads (gong-api.md section 10); the rest is ignored. */
export const WirePermissionProfile = Schema.Struct({
  id: WireId,
  name: maybe(Schema.String),
  description: maybe(Schema.String),
  callsAccess: maybe(WireScopedAccess),
  engageAssignFlowToDosToOthers: maybe(Schema.Boolean),
});
export type WirePermissionProfile = typeof WirePermissionProfile.Type;

/** `GET /v2/all-permission-profiles?workspaceId=`: no paging. */
export const WireProfilesResponse = Schema.Struct({
  requestId: maybe(Schema.String),
  profiles: maybe(Schema.Array(WirePermissionProfile)),
});

/** `GET /v2/permission-profile/users?profileId=`: no paging. */
export const WireProfileUsersResponse = Schema.Struct({
  requestId: maybe(Schema.String),
  users: maybe(Schema.Array(Schema.Struct({ id: WireId, fullName: maybe(Schema.String), emailAddress: maybe(Schema.String) }))),
});
