import * as Schema from "effect/Schema";
import { maybe, WireId } from "./common.js";

export const WireWorkspace = Schema.Struct({
  id: WireId,
  name: maybe(Schema.String),
  description: maybe(Schema.String),
});
export type WireWorkspace = typeof WireWorkspace.Type;

/** `GET /v2/workspaces`: no paging. */
export const WireWorkspacesResponse = Schema.Struct({
  requestId: maybe(Schema.String),
  workspaces: maybe(Schema.Array(WireWorkspace)),
});
