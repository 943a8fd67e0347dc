import type { FlowId, WorkspaceId } from "./ids.js";

/** An Engage flow, as listed for one flow owner. */
export interface Flow {
  readonly id: FlowId;
  readonly name: string | null;
  readonly folderId: string | null;
  readonly folderName: string | null;
  readonly visibility: string | null;
  readonly creationDate: string | null;
  readonly exclusive: boolean | null;
  /** Known when the flow was listed for one workspace. */
  readonly workspaceId: WorkspaceId | null;
}

/** One prospect's place in one flow (a flow instance). */
export interface ProspectFlow {
  readonly crmProspectId: string;
  readonly flowId: FlowId;
  readonly flowName: string | null;
  readonly flowInstanceId: string | null;
  readonly status: string | null;
  readonly ownerEmail: string | null;
  readonly ownerFullName: string | null;
  readonly createdAt: string | null;
  readonly workspaceId: WorkspaceId | null;
  readonly exclusive: boolean | null;
}

export interface AssignOutcome {
  readonly assigned: readonly ProspectFlow[];
  readonly failed: readonly { readonly crmProspectId: string; readonly reason: string }[];
}

/** Duplicate prospect ids in one request count once, in first-seen order (contract section 6). */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
