import * as z from "zod";
import { isPrivateCall, type Call, type Party } from "../../../domain/call.js";
import { isProspect, type CrmObject } from "../../../domain/crm.js";

const text = z.string().nullable();

const crmObjectsShape = z
  .array(z.object({ system: text, type: z.string(), id: z.string(), name: text }))
  .describe("CRM records Gong links to it: Account and Opportunity for a call; Contact or Lead (a CRM prospect id for Engage flows) for a person");

export const partyShape = z.object({
  id: text,
  name: text,
  email_address: text,
  title: text,
  affiliation: z.enum(["Internal", "External", "Unknown"]),
  speaker_id: text.describe("Matches speaker_id in transcripts; set only for people who spoke"),
  user_id: text.describe("Set only for Gong users"),
  methods: z.array(z.string()),
  crm_objects: crmObjectsShape,
});

/** The call fields every call tool shows (contract section 5's required ones, and a few more). */
export const callFields = {
  id: z.string(),
  title: text,
  started: text.describe("ISO 8601 start time"),
  scheduled: text.describe("ISO 8601 scheduled time"),
  duration: z.number().nullable().describe("Seconds"),
  primary_user_id: text.describe("The host"),
  workspace_id: text,
  url: text.describe("The call's page in Gong"),
  direction: text,
  scope: text.describe("Internal, External or Unknown"),
  system: text,
  media: text,
  language: text,
  is_private: z.boolean(),
};

export const callShape = z.object(callFields);
export const callWithPartiesShape = z.object({ ...callFields, parties: z.array(partyShape), crm_objects: crmObjectsShape });

export function toCallOut(call: Call): z.input<typeof callShape> {
  return {
    id: call.id,
    title: call.title,
    started: call.started,
    scheduled: call.scheduled,
    duration: call.duration,
    primary_user_id: call.primaryUserId,
    workspace_id: call.workspaceId,
    url: call.url,
    direction: call.direction,
    scope: call.scope,
    system: call.system,
    media: call.media,
    language: call.language,
    // Unstated privacy is shown as what it is treated as (private).
    is_private: isPrivateCall(call),
  };
}

export function toCallWithPartiesOut(call: Call): z.input<typeof callWithPartiesShape> {
  return { ...toCallOut(call), parties: call.parties.map(toPartyOut), crm_objects: crmOut(call.crmObjects) };
}

function crmOut(objects: readonly CrmObject[] | undefined): z.input<typeof crmObjectsShape> {
  return (objects ?? []).map((object) => ({ system: object.system, type: object.type, id: object.id, name: object.name }));
}

/** "Account Acme Corp (id 001A…)" */
const crmLabel = (object: CrmObject): string => `${object.type} ${object.name === null ? "" : `${object.name} `}(id ${object.id}${object.system === null ? "" : `, ${object.system}`})`;

/** The call's CRM records in one line, or none when Gong linked none. */
export function crmLines(call: Call): string[] {
  return call.crmObjects === undefined || call.crmObjects.length === 0 ? [] : [`CRM: ${call.crmObjects.map(crmLabel).join("; ")}`];
}

function toPartyOut(party: Party): z.input<typeof partyShape> {
  return {
    id: party.id,
    name: party.name,
    email_address: party.emailAddress,
    title: party.title,
    affiliation: party.affiliation,
    speaker_id: party.speakerId,
    user_id: party.userId,
    methods: [...party.methods],
    crm_objects: crmOut(party.crmObjects),
  };
}

/** One line per call: id · start · length · title (the heading of every call rendering). */
export function callLine(call: Call): string {
  const when = call.started ?? call.scheduled ?? "no start time";
  const length = call.duration === null ? "length unknown" : `${Math.round(call.duration / 60)} min`;
  return `${call.id} · ${when} · ${length} · ${call.title ?? "(untitled)"}`;
}

/**
 * The rest of what the call tools say about a call, in one line: host, workspace, kind, privacy, schedule and
 * link. Many clients show a model only the text, so "send me the link" or "who hosted it?" must be answerable
 * from it.
 */
export function callFactsLine(call: Call): string {
  const hostName = call.parties.find((party) => party.userId !== null && party.userId === call.primaryUserId)?.name;
  const host = call.primaryUserId === null ? "host unknown" : `host ${hostName ? `${hostName} ` : ""}(user ${call.primaryUserId})`;
  const facts = [
    host,
    call.workspaceId && `workspace ${call.workspaceId}`,
    call.direction,
    call.scope && `scope ${call.scope}`,
    call.system,
    call.media,
    call.language && `language ${call.language}`,
    isPrivateCall(call) ? "private" : "not private",
    call.scheduled && `scheduled ${call.scheduled}`,
    call.url,
  ];
  return facts.filter((fact): fact is string => typeof fact === "string" && fact !== "").join(" · ");
}

/** One line per party: "- Ann Lee · ann@acme.com · VP Sales · Internal · user 12 · speaker 34 · Invitee". */
export function partyLines(parties: readonly Party[]): string[] {
  if (parties.length === 0) return ["Parties: none listed"];
  return [
    "Parties:",
    ...parties.map((party) => {
      const facts = [
        party.name ?? "(no name)",
        party.emailAddress,
        party.title,
        party.affiliation,
        party.userId && `user ${party.userId}`,
        party.speakerId && `speaker ${party.speakerId}`,
        party.methods.length > 0 ? party.methods.join("/") : null,
        ...(party.crmObjects ?? []).map((object) => `CRM ${crmLabel(object)}${isProspect(object) ? " (prospect id for Engage flows)" : ""}`),
      ];
      return `- ${facts.filter((fact): fact is string => typeof fact === "string" && fact !== "").join(" · ")}`;
    }),
  ];
}
