import * as Schema from "effect/Schema";
import { WireCallData } from "./calls.js";
import { maybe, WireId } from "./common.js";
import { WireAssignedFlow, WireFlow } from "./flows.js";
import { WirePermissionProfile } from "./permission-profiles.js";
import { WireCallTranscript } from "./transcripts.js";
import { WireUser } from "./users.js";
import { WireWorkspace } from "./workspaces.js";

const list = <S extends Schema.Schema.Any>(item: S) => Schema.optionalWith(Schema.Array(item), { default: () => [] });

/**
 * A fake-Gong dataset file (contract section 7): Gong's own shapes, plus the links Gong keeps elsewhere
 * (a profile's workspace and members, a flow's workspace and owner). Decode with `onExcessProperty:
 * "preserve"` so the fake serves every field it was given.
 */
export const WireDataset = Schema.Struct({
  workspaces: list(WireWorkspace),
  users: list(WireUser),
  permissionProfiles: list(
    Schema.extend(WirePermissionProfile, Schema.Struct({ workspaceId: WireId, userIds: Schema.Array(WireId) })),
  ),
  calls: list(WireCallData),
  transcripts: list(WireCallTranscript),
  flows: list(
    Schema.extend(
      WireFlow,
      Schema.Struct({
        workspaceId: maybe(WireId),
        ownerEmail: maybe(Schema.String),
        /** Who a `Shared` flow is shared with (not a Gong field: Gong keeps sharing elsewhere). */
        sharedWithEmails: maybe(Schema.Array(Schema.String)),
      }),
    ),
  ),
  prospectFlows: list(WireAssignedFlow),
});
export type WireDataset = typeof WireDataset.Type;
export type WireDatasetInput = typeof WireDataset.Encoded;
