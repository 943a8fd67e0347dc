import type { GongGateway } from "../../../src/application/ports/gong-gateway.js";
import type { Logger } from "../../../src/application/ports/logger.js";
import type { UseCases } from "../../../src/application/use-cases.js";
import { FixedClock } from "../../support/fixed-clock.js";
import { HmacCursorCodec } from "../../../src/adapters/hmac-cursor-codec.js";
import { buildContainer, resolveUseCases } from "../../../src/composition/build-container.js";
import { createFakeGongGateway } from "../../../src/adapters/fake-gong/fake-gong-gateway.js";
import type { WireDatasetInput } from "../../../src/adapters/gong-wire/wire/dataset.js";

/**
 * A tiny Gong, small enough to read in one go: the manager (the acting user) sees their report's call, not
 * the outsider's. It keeps the transport tests independent of the demo; the fake serves it, so it behaves as
 * the gateway contract says (test/contract/tiny-dataset.test.ts runs the contract on it).
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

const user = (id: string, first: string, managerId: string | null) => ({
  id, emailAddress: `${first.toLowerCase()}@acme.example`, firstName: first, lastName: "Test", title: "AE",
  managerId, active: true, created: "2025-01-01T00:00:00Z",
});

const call = (id: string, host: string, started: string) => ({
  metaData: {
    id, title: `Call ${id.slice(-1)}`, url: `https://app.gong.io/call?id=${id}`, scheduled: started, started, duration: 1800,
    primaryUserId: host, workspaceId: WORKSPACE, isPrivate: false, direction: "Conference", system: "Zoom",
    scope: "External", media: "Video", language: "eng",
  },
  parties: [{ id: "p1", userId: host, speakerId: `s-${host}`, name: "Host", emailAddress: null, title: null,
    affiliation: "Internal", methods: ["Invitee"] }],
});

/** The tiny company in Gong's wire shapes (contract section 7), served by the fake: a double the gateway contract covers. */
export const TINY_DATASET: WireDatasetInput = {
  workspaces: [{ id: WORKSPACE, name: "Main", description: null }],
  users: [user(MANAGER, "Manny", null), user(REPORT, "Rita", MANAGER), user(OUTSIDER, "Otto", null)],
  permissionProfiles: [{ id: "1", name: "Managers", callsAccess: { permissionLevel: "report-to-them", teamLeadIds: [] },
    engageAssignFlowToDosToOthers: false, workspaceId: WORKSPACE, userIds: [MANAGER] }],
  calls: [
    call(REPORT_CALL, REPORT, "2026-02-27T10:00:00Z"),
    call(OUTSIDER_CALL, OUTSIDER, "2026-02-26T10:00:00Z"),
    call(SILENT_CALL, MANAGER, "2026-02-25T10:00:00Z"),
  ],
  transcripts: [{ callId: REPORT_CALL, transcript: [{ speakerId: `s-${REPORT}`, topic: "Intro", sentences: [{ start: 0, end: 900, text: "Hello there." }] }] }],
  flows: [{ id: FLOW, name: "Q1 outreach", folderId: null, folderName: "Sales", visibility: "Company", creationDate: null,
    exclusive: false, workspaceId: WORKSPACE, ownerEmail: "manny@acme.example" }],
  prospectFlows: [],
};

/** A fresh tiny Gong (an assignment changes its state). */
export function tinyGong(): GongGateway {
  return createFakeGongGateway(TINY_DATASET, { logger: { debug() {}, info() {}, warn() {}, error() {} }, now: () => NOW });
}

export const tinyGateway: GongGateway = tinyGong();

export const quietLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The eight use cases over a gateway, wired by the composition root as the CLI does. */
export function useCasesOver(gateway: GongGateway = tinyGateway): UseCases {
  return resolveUseCases(buildContainer({ gateway, logger: quietLogger, clock: new FixedClock(NOW), cursorCodec: new HmacCursorCodec() }));
}
