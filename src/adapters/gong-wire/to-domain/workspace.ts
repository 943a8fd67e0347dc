import type { Workspace } from "../../../domain/workspace.js";
import type { WireWorkspace } from "../wire/workspaces.js";

export function toWorkspace(wire: WireWorkspace): Workspace {
  return { id: wire.id, name: wire.name ?? null, description: wire.description ?? null };
}
