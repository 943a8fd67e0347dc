import type { WorkspaceId } from "./ids.js";

export interface Workspace {
  readonly id: WorkspaceId;
  readonly name: string | null;
  readonly description: string | null;
}
