import type { GongGateway } from "../../../src/application/ports/gong-gateway.js";
import type { Logger } from "../../../src/application/ports/logger.js";
import type { UseCases } from "../../../src/application/use-cases.js";
import { FixedClock } from "../../support/fixed-clock.js";
import { HmacCursorCodec } from "../../../src/adapters/hmac-cursor-codec.js";
import { buildContainer, resolveUseCases } from "../../../src/composition/build-container.js";
import type { Call } from "../../../src/domain/call.js";
import type { DomainError } from "../../../src/domain/errors.js";
import { notFound } from "../../../src/domain/errors.js";
import type { Flow } from "../../../src/domain/flow.js";
import { err, ok } from "../../../src/domain/result.js";
import type { User } from "../../../src/domain/user.js";

/**
 * A hand-written in-memory Gong in domain types, small enough to read in one go: the manager (the acting
 * user) sees their report's call, not the outsider's. It keeps the transport tests independent of the demo.
 */
export const NOW = Date.parse("2026-03-01T12:00:00Z");
export const WORKSPACE = "5000000000000000001";
export const MANAGER = "1000000000000000001";
export const REPORT = "1000000000000000002";
export const OUTSIDER = "1000000000000000003";
export const REPORT_CALL = "7000000000000000001";
export const OUTSIDER_CALL = "7000000000000000002";
export const SILENT_CALL = "7000000000000000003";
export const FLOW = "9000000000000000001";

const user = (id: string, first: string, managerId: string | null): User => ({
  id, emailAddress: `${first.toLowerCase()}@acme.example`, firstName: first, lastName: "Test", title: "AE",
  managerId, active: true, created: "2025-01-01T00:00:00Z",
});

const call = (id: string, host: string, started: string): Call => ({
  id, title: `Call ${id.slice(-1)}`, url: `https://app.gong.io/call?id=${id}`, scheduled: started, started, duration: 1800,
  primaryUserId: host, workspaceId: WORKSPACE, isPrivate: false, direction: "Conference", system: "Zoom",
  scope: "External", media: "Video", language: "eng",
  parties: [{ id: "p1", userId: host, speakerId: `s-${host}`, name: "Host", emailAddress: null, title: null,
    affiliation: "Internal", methods: ["Invitee"] }],
});

const users = [user(MANAGER, "Manny", null), user(REPORT, "Rita", MANAGER), user(OUTSIDER, "Otto", null)];
const calls = [
  call(REPORT_CALL, REPORT, "2026-02-27T10:00:00Z"),
  call(OUTSIDER_CALL, OUTSIDER, "2026-02-26T10:00:00Z"),
  call(SILENT_CALL, MANAGER, "2026-02-25T10:00:00Z"),
];
const flow: Flow = { id: FLOW, name: "Q1 outreach", folderId: null, folderName: "Sales", visibility: "COMPANY",
  creationDate: null, exclusive: false, workspaceId: WORKSPACE };

export const tinyGateway: GongGateway = {
  listUsers: () => Promise.resolve(ok(users)),
  getUser: (id) => Promise.resolve(found(users.find((candidate) => candidate.id === id), notFound("user", id))),
  listWorkspaces: () => Promise.resolve(ok([{ id: WORKSPACE, name: "Main", description: null }])),
  listPermissionProfiles: () => Promise.resolve(ok([{ id: "1", name: "Managers", workspaceId: WORKSPACE,
    callsAccess: { level: "report-to-them", teamLeadIds: [] }, engageAssignFlowToDosToOthers: false }])),
  listProfileMembers: (profileId) =>
    Promise.resolve(profileId === "1" ? ok([MANAGER]) : err({ _tag: "UpstreamFailed", reason: "Status", status: 400 })),
  callsInWindow: () => Promise.resolve(ok(calls)),
  getCalls: (ids) => Promise.resolve(ok(calls.filter((candidate) => ids.includes(candidate.id)))),
  getDetailedCalls: (ids) => Promise.resolve(ok(calls.filter((candidate) => ids.includes(candidate.id))
    .map((candidate) => ({ ...candidate, content: null, interaction: null })))),
  getTranscripts: (ids) => Promise.resolve(ok(ids.includes(REPORT_CALL)
    ? [{ callId: REPORT_CALL, monologues: [{ speakerId: `s-${REPORT}`, topic: "Intro", sentences: [{ start: 0, end: 900, text: "Hello there." }] }] }]
    : [])),
  listFlows: () => Promise.resolve(ok({ items: [flow], nextCursor: null })),
  flowsForProspects: () => Promise.resolve(ok([])),
  assignFlow: (flowId, crmProspectIds, ownerEmail) => Promise.resolve(ok({
    assigned: crmProspectIds.map((crmProspectId) => ({ crmProspectId, flowId, flowName: flow.name, flowInstanceId: `i-${crmProspectId}`,
      status: "ACTIVE", ownerEmail, ownerFullName: null, createdAt: null, workspaceId: WORKSPACE, exclusive: false })),
    failed: [],
  })),
};

function found<T>(value: T | undefined, missing: DomainError) {
  return value === undefined ? err(missing) : ok(value);
}

export const quietLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The eight use cases over a gateway, wired by the composition root as the CLI does. */
export function useCasesOver(gateway: GongGateway = tinyGateway): UseCases {
  return resolveUseCases(buildContainer({ gateway, logger: quietLogger, clock: new FixedClock(NOW), cursorCodec: new HmacCursorCodec() }));
}
