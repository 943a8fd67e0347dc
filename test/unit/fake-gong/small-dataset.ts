import type { WireDatasetInput } from "../../../src/adapters/gong-wire/wire/dataset.js";

/** A hand-made company: two workspaces, four users, four calls, five flows. Ids are Gong-like digit strings. */
export const ids = {
  sales: "7000000000000000001",
  ops: "7000000000000000002",
  ada: "1000000000000000001",
  bob: "1000000000000000002",
  cy: "1000000000000000003",
  dee: "1000000000000000004",
  adminProfile: "2000000000000000001",
  repProfile: "2000000000000000002",
  managerProfile: "2000000000000000003",
  opsProfile: "2000000000000000004",
  /** 2026-05-01T10:00Z scheduled, with every block. */
  richCall: "3000000000000000001",
  /** Only `started` (2026-05-02T16:00Z, given with an offset), no content. */
  startedCall: "3000000000000000002",
  /** 2026-05-03T00:00Z, ops workspace. */
  opsCall: "3000000000000000003",
  /** 2026-04-30T23:59:59.999Z: the oldest. */
  earlyCall: "3000000000000000004",
  companyFlow: "4000000000000000001",
  bobPersonalFlow: "4000000000000000002",
  cySharedFlow: "4000000000000000003",
  opsExclusiveFlow: "4000000000000000004",
  salesExclusiveFlow: "4000000000000000005",
  runningInstance: "5000000000000000001",
  exclusiveInstance: "5000000000000000002",
  finishedInstance: "5000000000000000003",
} as const;

/** Every `UserMetadata` key a real user carries (recorded nango-get-user), so shapes can be compared. */
export function user(id: string, firstName: string, lastName: string, managerId: string | null) {
  return {
    id,
    emailAddress: `${firstName.toLowerCase()}@acme.test`,
    created: "2024-01-15T09:30:00.000+01:00",
    active: true,
    emailAliases: [],
    trustedEmailAddress: null,
    firstName,
    lastName,
    title: null,
    phoneNumber: null,
    extension: null,
    personalMeetingUrls: [],
    settings: { webConferencesRecorded: true, preventWebConferenceRecording: false },
    managerId,
    meetingConsentPageUrl: null,
    conferencingProviders: null,
    spokenLanguages: [],
  };
}

export function call(id: string, times: { scheduled?: string; started?: string }, host: string, workspaceId: string) {
  return {
    metaData: { id, title: `Call ${id.slice(-2)}`, ...times, duration: 1800, primaryUserId: host, workspaceId, media: "Video", customData: null },
  };
}

const party = (userId: string, speakerId: string | null) => ({ id: `p${userId}`, userId, speakerId, affiliation: "Internal", methods: ["Attendee"] });

const richCall = {
  ...call(ids.richCall, { scheduled: "2026-05-01T10:00:00Z", started: "2026-05-01T10:02:00Z" }, ids.bob, ids.sales),
  context: [{ system: "Salesforce", objects: [{ objectType: "Account", objectId: "001", fields: [{ name: "Name", value: "Globex" }], timing: "Now" }] }],
  parties: [party(ids.bob, "s1"), { id: "pext", name: "Pat Buyer", speakerId: "s2", affiliation: "External", methods: ["Invitee"] }],
  content: {
    brief: "Pricing talk",
    topics: [{ name: "Pricing", duration: 300 }],
    keyPoints: [{ text: "Budget approved" }],
    trackers: [
      {
        id: "t1",
        name: "Competitors",
        count: 1,
        type: "KEYWORD",
        occurrences: [{ startTime: 12.5, speakerId: "s2" }],
        phrases: [{ count: 1, phrase: "Initech", occurrences: [{ startTime: 12.5 }] }],
      },
    ],
  },
  interaction: {
    speakers: [{ id: "s1", userId: ids.bob, talkTime: 600 }],
    interactionStats: [{ name: "Talk Ratio", value: 0.4 }],
    questions: { companyCount: 3, nonCompanyCount: 1 },
  },
  collaboration: { publicComments: [] },
  media: { audioUrl: "https://media.test/a.mp3", videoUrl: null },
};

export function smallDataset(): WireDatasetInput {
  return {
    workspaces: [
      { id: ids.sales, name: "Sales", description: "Sellers" },
      { id: ids.ops, name: "Ops", description: null },
    ],
    users: [
      user(ids.ada, "Ada", "Admin", null),
      user(ids.bob, "Bob", "Rep", ids.ada),
      user(ids.cy, "Cy", "Rep", ids.ada),
      user(ids.dee, "Dee", "Ops", null),
    ],
    permissionProfiles: [
      { id: ids.repProfile, name: "Sales Rep", callsAccess: { permissionLevel: "own", teamLeadIds: null }, workspaceId: ids.sales, userIds: [ids.bob, ids.cy] },
      { id: ids.adminProfile, name: "admin", callsAccess: { permissionLevel: "all", teamLeadIds: null }, workspaceId: ids.sales, userIds: [ids.ada] },
      { id: ids.managerProfile, name: "Manager", description: null, workspaceId: ids.sales, userIds: [] },
      { id: ids.opsProfile, name: "Ops", workspaceId: ids.ops, userIds: [ids.dee] },
    ],
    calls: [
      richCall,
      call(ids.startedCall, { started: "2026-05-02T09:00:00-07:00" }, ids.cy, ids.sales),
      call(ids.opsCall, { scheduled: "2026-05-03T00:00:00Z" }, ids.dee, ids.ops),
      call(ids.earlyCall, { scheduled: "2026-04-30T23:59:59.999Z", started: "2026-05-09T00:00:00Z" }, ids.bob, ids.sales),
    ],
    transcripts: [
      { callId: ids.richCall, transcript: [{ speakerId: "s1", topic: null, sentences: [{ start: 0, end: 1500, text: "Hi" }] }] },
      { callId: ids.opsCall, transcript: [] },
    ],
    flows: [
      flow(ids.companyFlow, "Welcome", "Company", ids.sales, "ada@acme.test", false),
      flow(ids.bobPersonalFlow, "Bob's follow-up", "Personal", ids.sales, "bob@acme.test", false),
      { ...flow(ids.cySharedFlow, "Cy's shared", "Shared", ids.sales, "cy@acme.test", false), sharedWithEmails: ["BOB@acme.test"] },
      flow(ids.opsExclusiveFlow, "Ops onboarding", "Company", ids.ops, "dee@acme.test", true),
      flow(ids.salesExclusiveFlow, "Enterprise push", "Company", ids.sales, "ada@acme.test", true),
    ],
    prospectFlows: [
      instance("003A", ids.companyFlow, ids.runningInstance, "Running"),
      instance("003B", ids.salesExclusiveFlow, ids.exclusiveInstance, "Running"),
      instance("003C", ids.companyFlow, ids.finishedInstance, "FinishedResponse"),
    ],
  };
}

function flow(id: string, name: string, visibility: string, workspaceId: string, ownerEmail: string, exclusive: boolean) {
  return { id, name, folderId: "9001", folderName: "Main", visibility, creationDate: "2025-01-01T00:00:00Z", exclusive, workspaceId, ownerEmail };
}

function instance(crmProspectId: string, flowId: string, flowInstanceId: string, flowInstanceStatus: string) {
  return {
    flowId,
    flowName: "a flow",
    crmProspectId,
    flowInstanceId,
    flowInstanceOwnerEmail: "ada@acme.test",
    flowInstanceOwnerFullName: "Ada Admin",
    flowInstanceCreateDate: "2026-01-01T00:00:00.000Z",
    flowInstanceStatus,
    workspaceId: ids.sales,
    exclusive: flowId === ids.salesExclusiveFlow,
  };
}

/** `count` calls in the sales workspace, one an hour from 2026-01-01T00:00Z, with ids 3100…0000 upwards. */
export function manyCalls(count: number) {
  return Array.from({ length: count }, (_, i) =>
    call(`31${String(i).padStart(17, "0")}`, { scheduled: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }, ids.bob, ids.sales),
  );
}
