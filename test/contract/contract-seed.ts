import { parseDataset, type GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import type { WireDatasetInput } from "../../src/adapters/gong-wire/wire/dataset.js";

/**
 * The contract suite's company, in Gong's wire shapes. Every id has 19 digits, beyond 2^53, where a
 * JavaScript number would change it. It holds what each contract case needs: more calls and flows than one
 * page of 100, silent parties (null speakerId), non-users (no userId), hosts missing from their parties,
 * monologues without a speaker, and profiles at several levels with and without members.
 */
export const SEED = {
  sales: "7234567890123456701",
  ops: "7234567890123456702",
  ada: "1234567890123456789",
  bob: "1234567890123456790",
  cy: "1234567890123456791",
  dee: "1234567890123456792",
  callCount: 150,
  flowCount: 120,
  flowOwner: "ada@acme.test",
  /** A prospect already in the first flow. */
  prospect: "003P00000000ACME",
} as const;

const HOSTS = [SEED.ada, SEED.bob, SEED.cy] as const;
const FIRST_CALL_AT = Date.parse("2026-03-01T00:00:00Z");

export const seedCallId = (i: number): string => `77823422740259${String(i).padStart(5, "0")}`;
export const seedFlowId = (i: number): string => `4000000000000${String(i).padStart(6, "0")}`;

function user(id: string, firstName: string, managerId: string | null, active = true) {
  return {
    id,
    emailAddress: `${firstName.toLowerCase()}@acme.test`,
    created: "2024-01-15T09:30:00.000+01:00",
    active,
    firstName,
    lastName: "Acme",
    title: null,
    managerId,
  };
}

function call(i: number) {
  const host = HOSTS[i % HOSTS.length] ?? SEED.ada;
  const id = seedCallId(i);
  const started = new Date(FIRST_CALL_AT + i * 3 * 3_600_000).toISOString();
  const buyer = { id: `9${id.slice(1)}`, name: "Pat Buyer", emailAddress: "pat@globex.test", speakerId: null, affiliation: "External", methods: ["Invitee"] };
  const hostParty = { id: `8${id.slice(1)}`, name: "Host", userId: host, speakerId: `5${id.slice(1)}`, affiliation: "Internal", methods: ["Attendee"] };
  // Every tenth call: the host is not among the parties, as in 3 of 67 real calls.
  const parties = i % 10 === 3 ? [buyer] : [hostParty, buyer];
  return {
    metaData: { id, url: `https://app.gong.io/call?id=${id}`, title: `Call ${i}`, started, duration: 1800, primaryUserId: host, workspaceId: SEED.sales, isPrivate: false },
    parties,
  };
}

function transcript(i: number) {
  const id = seedCallId(i);
  return {
    callId: id,
    transcript: [
      { speakerId: `5${id.slice(1)}`, topic: "Intro", sentences: [{ start: 0, end: 1500, text: "Hello" }] },
      { speakerId: null, topic: null, sentences: [{ start: 1600, end: 2400, text: "(inaudible)" }] },
    ],
  };
}

function flow(i: number) {
  return {
    id: seedFlowId(i),
    name: `Flow ${i}`,
    folderId: "9001",
    folderName: "Main",
    visibility: "Company",
    creationDate: "2025-01-01T00:00:00Z",
    exclusive: false,
    workspaceId: SEED.sales,
    ownerEmail: SEED.flowOwner,
  };
}

function contractSeedInput(): WireDatasetInput {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    workspaces: [
      { id: SEED.sales, name: "Sales", description: null },
      { id: SEED.ops, name: "Ops", description: null },
    ],
    users: [user(SEED.ada, "Ada", null), user(SEED.bob, "Bob", SEED.ada), user(SEED.cy, "Cy", SEED.bob), user(SEED.dee, "Dee", SEED.ada, false)],
    permissionProfiles: [
      { id: "2234567890123456701", name: "Admin", callsAccess: { permissionLevel: "all", teamLeadIds: null }, engageAssignFlowToDosToOthers: true, workspaceId: SEED.sales, userIds: [SEED.ada] },
      { id: "2234567890123456702", name: "Managers", callsAccess: { permissionLevel: "managers-team", teamLeadIds: [SEED.ada] }, workspaceId: SEED.sales, userIds: [SEED.bob] },
      { id: "2234567890123456703", name: "Reps", callsAccess: { permissionLevel: "own", teamLeadIds: null }, workspaceId: SEED.sales, userIds: [SEED.cy] },
      { id: "2234567890123456704", name: "Nobody", callsAccess: { permissionLevel: "report-to-them", teamLeadIds: [] }, workspaceId: SEED.sales, userIds: [] },
      { id: "2234567890123456705", name: "Ops", callsAccess: { permissionLevel: "own", teamLeadIds: null }, workspaceId: SEED.ops, userIds: [SEED.dee] },
    ],
    calls: range(SEED.callCount).map(call),
    transcripts: range(3).map(transcript),
    flows: range(SEED.flowCount).map(flow),
    prospectFlows: [
      {
        flowId: seedFlowId(0),
        flowName: "Flow 0",
        crmProspectId: SEED.prospect,
        flowInstanceId: "6234567890123456701",
        flowInstanceOwnerEmail: SEED.flowOwner,
        flowInstanceOwnerFullName: "Ada Acme",
        flowInstanceCreateDate: "2026-01-01T00:00:00.000Z",
        flowInstanceStatus: "Running",
        workspaceId: SEED.sales,
        exclusive: false,
      },
    ],
  };
}

/** The default seed of gongGatewayContract. */
export function contractSeed(): GongDataset {
  const parsed = parseDataset(contractSeedInput(), "contract seed");
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
