import type { Party } from "../../src/domain/call.js";
import type { DetailedCall } from "../../src/domain/call-content.js";
import type { Flow, ProspectFlow } from "../../src/domain/flow.js";
import type { CallId, FlowId, ProfileId, UserId, WorkspaceId } from "../../src/domain/ids.js";
import type { CallsAccess, PermissionProfile } from "../../src/domain/permission-profile.js";
import type { User } from "../../src/domain/user.js";

/** Plain domain values with dull defaults: the arbitraries and the hand-written examples both start here. */

export function aUser(id: UserId, over: Partial<User> = {}): User {
  return {
    id,
    emailAddress: `user${id}@example.com`,
    firstName: `First${id}`,
    lastName: `Last${id}`,
    title: null,
    managerId: null,
    active: true,
    created: null,
    ...over,
  };
}

export function aParty(over: Partial<Party> = {}): Party {
  return {
    id: null,
    userId: null,
    speakerId: null,
    name: null,
    emailAddress: null,
    title: null,
    affiliation: "Unknown",
    methods: [],
    ...over,
  };
}

/** A call as the gateway stores it: with (empty) extended content, so it serves every read. */
export function aCall(id: CallId, over: Partial<DetailedCall> = {}): DetailedCall {
  return {
    id,
    title: `Call ${id}`,
    url: `https://app.gong.io/call?id=${id}`,
    scheduled: null,
    started: "2026-03-10T10:00:00.000Z",
    duration: 600,
    primaryUserId: null,
    workspaceId: "1",
    isPrivate: false,
    direction: null,
    system: null,
    scope: null,
    media: null,
    language: null,
    parties: [],
    content: null,
    interaction: null,
    ...over,
  };
}

export function aProfile(
  id: ProfileId,
  workspaceId: WorkspaceId,
  level: CallsAccess,
  over: Partial<Omit<PermissionProfile, "callsAccess">> & { teamLeadIds?: readonly UserId[] } = {},
): PermissionProfile {
  const { teamLeadIds = [], ...rest } = over;
  return {
    id,
    name: `Profile ${id}`,
    workspaceId,
    callsAccess: { level, teamLeadIds },
    engageAssignFlowToDosToOthers: false,
    userIds: [],
    ...rest,
  };
}

export function aFlow(id: FlowId, workspaceId: WorkspaceId, over: Partial<Flow> = {}): Flow {
  return {
    id,
    name: `Flow ${id}`,
    folderId: null,
    folderName: null,
    visibility: "Company",
    creationDate: null,
    exclusive: false,
    workspaceId,
    ...over,
  };
}

export function aProspectFlow(crmProspectId: string, flowId: FlowId, over: Partial<ProspectFlow> = {}): ProspectFlow {
  return {
    crmProspectId,
    flowId,
    flowName: `Flow ${flowId}`,
    flowInstanceId: `${flowId}-${crmProspectId}`,
    status: "ACTIVE",
    ownerEmail: null,
    ownerFullName: null,
    createdAt: null,
    workspaceId: null,
    exclusive: false,
    ...over,
  };
}
