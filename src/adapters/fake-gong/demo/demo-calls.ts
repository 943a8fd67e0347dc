import type { DemoAccount, DemoContact } from "./demo-accounts.js";
import { CALL_KINDS, type CallKind } from "./demo-call-kinds.js";
import { callContent, callInteraction } from "./demo-content.js";
import { callContext, contactContext } from "./demo-crm.js";
import { buildParties } from "./demo-parties.js";
import { activeOn, DEMO_WORKSPACE_IDS, type DemoPerson, type DemoRegion } from "./demo-people.js";
import { draftCall, fill } from "./demo-script.js";
import { callSlots } from "./demo-slots.js";
import { daysAgoAt, isWeekend, tenantTime } from "./demo-time.js";
import { timeCall, wireTranscript } from "./demo-transcripts.js";
import type { DemoCallData, DemoContent, DemoTranscript } from "./demo-wire-types.js";
import type { CallScript, Voice } from "./phrasebook.js";
import type { Rng } from "./prng.js";

/** Calls fall on the last 89 days before today, so all lie in the last 90 days whatever the time of day. */
const OLDEST_DAY = 89;

function pickKind(region: DemoRegion, rng: Rng): CallKind {
  const total = CALL_KINDS.reduce((sum, kind) => sum + kind.weights[region], 0);
  let roll = rng.next() * total;
  for (const kind of CALL_KINDS) {
    roll -= kind.weights[region];
    if (roll < 0) return kind;
  }
  const last = CALL_KINDS.at(-1);
  if (!last) throw new Error("demo: no call kinds");
  return last;
}

/** A working day on which the host was at the company (mostly; a few calls happen at weekends). */
function pickDay(host: DemoPerson, today: number, rng: Rng): number {
  const days = Array.from({ length: OLDEST_DAY }, (_, i) => i + 1).filter((day) => activeOn(host, day));
  for (let attempt = 0; attempt < 30; attempt++) {
    const day = rng.pick(days);
    if (!isWeekend(daysAgoAt(today, day, 12)) || rng.chance(0.03)) return day;
  }
  return rng.pick(days);
}

export interface BuiltCall {
  readonly startedMs: number;
  readonly call: DemoCallData;
  readonly transcript?: DemoTranscript;
}

type Contacts = ReadonlyMap<DemoAccount, readonly DemoContact[]>;

/** One call of the region's mix: who, when, what was said, and what Gong made of it. */
export function buildCall(region: DemoRegion, today: number, contacts: Contacts, rng: Rng): BuiltCall {
  const id = rng.gongId(rng.pick([17, 18, 19, 19, 19]));
  const callKind = pickKind(region, rng);
  const host = rng.pick(callKind.hosts(region));
  const day = pickDay(host, today, rng);
  const cast = callKind.cast({ host, region, day, rng });
  const people = contacts.get(cast.account) ?? [];
  const slots = callSlots(cast, people, host, region, rng);
  const script = rng.pick(callKind.scripts);
  const phone = callKind.phone === true;
  const built = buildParties(cast, people, phone, rng);
  const { speakers, internal } = built;
  const external = callKind.scope !== "Internal";
  // Gong links the CRM: contacts by email (a prospect id for Engage flows), and the call to its account.
  const parties = built.parties.map((party) => {
    const contact = external ? people.find((candidate) => candidate.email === party.emailAddress) : undefined;
    return contact === undefined ? party : { ...party, context: contactContext(contact) };
  });

  // Americas calls in Pacific business hours, EMEA calls in European ones (early morning for the tenant).
  const utcHour = region === "americas" ? rng.int(16, 22) : rng.int(8, 15);
  const scheduled = daysAgoAt(today, day, utcHour, rng.pick([0, 0, 0, 30, 30, 15, 45]));
  const started = phone ? scheduled + rng.int(0, 59) * 60_000 + rng.int(0, 59_999) : scheduled + rng.int(-90_000, 420_000);
  const { duration, transcript, content, interaction } = recording(
    { id, script, slots, speakers, internal, phone, minutes: callKind.minutes },
    rng,
  );

  const meetingUrl = phone ? null : conferenceUrl(region, rng);
  const call: DemoCallData = {
    metaData: {
      id,
      url: `https://app.gong.io/call?id=${id}`,
      title: fill(rng.pick(callKind.titles), slots),
      scheduled: tenantTime(scheduled),
      started: tenantTime(started, rng.chance(0.8) ? 3 : 0),
      duration,
      primaryUserId: (cast.absentHost ?? host).id,
      direction: phone ? "Outbound" : "Conference",
      system: phone ? "Dialpad" : meetingUrl?.includes("zoom") ? "Zoom" : meetingUrl?.includes("teams") ? "Microsoft Teams" : "Google Meet",
      scope: callKind.scope,
      media: phone || rng.chance(0.12) ? "Audio" : "Video",
      language: transcript ? "eng" : "und",
      workspaceId: DEMO_WORKSPACE_IDS[region],
      sdrDisposition: null,
      clientUniqueId: null,
      customData: null,
      purpose: null,
      meetingUrl,
      isPrivate: rng.chance(callKind.privateRate ?? 0),
      calendarEventId: phone ? null : rng.gongId(19) + rng.gongId(19) + rng.gongId(19),
    },
    parties,
    ...(external ? { context: callContext(cast.account) } : {}),
    ...(content ? { content } : {}),
    ...(interaction ? { interaction } : {}),
  };
  return { startedMs: started, call, ...(transcript ? { transcript } : {}) };
}

interface RecordingInput {
  readonly id: string;
  readonly script: CallScript;
  readonly slots: Readonly<Record<string, string>>;
  readonly speakers: ReadonlyMap<Voice, string>;
  readonly internal: ReadonlyMap<string, { partyId: string; userId: string }>;
  readonly phone: boolean;
  readonly minutes: readonly [number, number];
}

interface Recording {
  readonly duration: number;
  readonly transcript?: DemoTranscript;
  readonly content?: DemoContent;
  readonly interaction?: DemoCallData["interaction"];
}

const NOT_ANSWERED = [
  { id: "LEFT_VOICEMAIL", category: "Not answered", name: "Left voicemail" },
  { id: "NO_ANSWER", category: "Not answered", name: "No answer" },
];

/**
 * What Gong made of the call: a transcript, the AI content and the interaction stats; only an outcome for an
 * unanswered dial; nothing when the recording failed. Content sometimes lags behind the transcript.
 */
function recording(input: RecordingInput, rng: Rng): Recording {
  if (input.phone && rng.chance(0.25)) return { duration: rng.int(15, 55), content: { callOutcome: rng.pick(NOT_ANSWERED) } };
  const planned = rng.int(input.minutes[0] * 60, input.minutes[1] * 60);
  if (!input.phone && rng.chance(0.05)) return { duration: planned };
  // 20 to 80 monologues, shorter calls more often, which keeps the dataset small.
  const target = 20 + Math.floor(60 * rng.next() ** 1.8);
  const draft = draftCall(input.script, { slots: input.slots, present: new Set(input.speakers.keys()), rng }, target);
  const timing = { targetSeconds: planned, topicRate: rng.pick([0, 0.2, 0.5]), unknownSpeakerRate: rng.pick([0, 0, 0.03]) };
  const timed = timeCall(draft, (voice) => input.speakers.get(voice) ?? null, timing, rng);
  return {
    duration: timed.durationSeconds,
    transcript: { callId: input.id, transcript: wireTranscript(timed) },
    ...(rng.chance(0.95) ? { content: callContent(input.script, draft, timed, input.slots, rng) } : {}),
    interaction: callInteraction(timed, input.internal),
  };
}

function conferenceUrl(region: DemoRegion, rng: Rng): string {
  const system = region === "emea" ? rng.pick(["teams", "teams", "zoom"]) : rng.pick(["zoom", "zoom", "meet"]);
  if (system === "zoom") return `https://halyard.zoom.us/j/${rng.gongId(11)}`;
  if (system === "teams") return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${rng.gongId(19)}%40thread.v2/0`;
  const letters = (n: number): string => Array.from({ length: n }, () => "abcdefghijkmnopqrstuvwxyz".charAt(rng.int(0, 24))).join("");
  return `https://meet.google.com/${letters(3)}-${letters(4)}-${letters(3)}`;
}
