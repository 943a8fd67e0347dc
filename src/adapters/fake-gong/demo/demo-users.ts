import { DEMO_PEOPLE, emailOf, person, type DemoPerson } from "./demo-people.js";
import { DAY_MS, tenantTime } from "./demo-time.js";

const id = (key: string): string => person(key).id;

/**
 * Well-known demo users by what they may see (contract section 6), for tests and docs. The name gives the
 * calls access in the Americas workspace; the EMEA level is in the comment where it differs.
 */
export const DEMO_USERS = {
  /** Priya Natarajan, RevOps: Business Admin (`all`) in both workspaces; top of her own tree. */
  admin_all: id("priya"),
  /** Margaret Chen, CRO, top of the sales tree: `all` in both. */
  cro_all: id("margaret"),
  /** Marcus Reed, VP Sales: `all` with leftover teamLeadIds; EMEA: `report-to-them`. */
  vp_sales_all: id("marcus"),
  /** Sarah Okafor, Enterprise East manager: `managers-team` without leads (Marcus's tree); EMEA: `report-to-them`. */
  manager_managers_team: id("sarah"),
  /** Jordan Alvarez, Mid-Market West manager (Grace, the inactive rep, reports to him): `report-to-them` in both. */
  manager_report_to_them: id("jordan"),
  /** Tom Becker, SDR manager: `report-to-them` in both. */
  manager_sdr: id("tom"),
  /** Lena Fischer, EMEA manager: `report-to-them` in both. */
  manager_emea: id("lena"),
  /** Olivia Grant, Director of Customer Success: `report-to-them` in both. */
  manager_cs: id("olivia"),
  /** Raj Mehta, Head of Solutions Engineering: `report-to-them` in both. */
  manager_se: id("raj"),
  /** Ethan Brooks, AE under Jordan: `managers-team` without leads; no EMEA profile (so `own` there). */
  rep_managers_team: id("ethan"),
  /** Daniel Cho, SE: `managers-team` with teamLeadIds [Jordan, Sarah]; EMEA: `managers-team` with [Lena]. */
  rep_managers_team_with_leads: id("daniel"),
  /** Zoe Martinez, SDR: `own`; no EMEA profile. */
  rep_own: id("zoe"),
  /** Sophie Laurent, EMEA AE: `managers-team` in Americas, `own` in EMEA. */
  rep_emea_own: id("sophie"),
  /** Noah Patel, AE hired 24 days ago: in no profile anywhere, so `own` by default. */
  rep_no_profile: id("noah"),
  /** Ben Carter, CSM: `managers-team` without leads (Olivia's team) in both. */
  csm_managers_team: id("ben"),
  /** Rachel Summers, finance (title null): `none` (with leftover teamLeadIds in Americas) in both. */
  user_none: id("rachel"),
  /** Grace Liu, AE deactivated 35 days ago, still under Jordan and with calls: `managers-team`; no EMEA profile. */
  inactive_rep: id("grace"),
  /** Hannah Cole, marketing: no profile in either workspace (`own`). */
  marketing_no_profile: id("hannah"),
} as const;

export type DemoUserRole = keyof typeof DEMO_USERS;

/** The demo's acting user when none is given: a front-line manager, so visibility visibly filters. */
export const DEMO_DEFAULT_USER_ID: string = DEMO_USERS.manager_report_to_them;

const CUSTOMER_FACING = new Set(["ae", "sdr", "se", "csm", "manager", "exec"]);

function userRecord(p: DemoPerson, today: number, index: number) {
  const email = emailOf(p);
  const handle = email.split("@")[0] ?? p.key;
  const facing = CUSTOMER_FACING.has(p.role);
  const created = today - p.joinedDaysAgo * DAY_MS + (15 + (index % 8)) * 3_600_000 + index * 61_237;
  return {
    id: p.id,
    emailAddress: email,
    created: tenantTime(created, 3),
    active: p.leftDaysAgo === undefined,
    emailAliases: p.key === "margaret" ? [`maggie.chen@${email.split("@")[1] ?? ""}`] : [],
    trustedEmailAddress: null,
    firstName: p.first,
    lastName: p.last,
    title: p.title,
    phoneNumber: facing && index % 3 === 0 ? `+1 415 555 01${String(index).padStart(2, "0")}` : null,
    extension: null,
    personalMeetingUrls: facing && p.region === "americas" ? [`https://halyard.zoom.us/j/${p.id.slice(0, 10)}`] : [],
    settings: {
      webConferencesRecorded: facing,
      preventWebConferenceRecording: false,
      telephonyCallsImported: p.role === "sdr" || p.role === "ae",
      emailsImported: facing,
      preventEmailImport: p.role === "finance",
      nonRecordedMeetingsImported: p.role === "ae",
      gongConnectEnabled: p.role === "sdr",
    },
    managerId: p.manager === null ? null : person(p.manager).id,
    meetingConsentPageUrl: facing ? `https://us-61204.join.gong.io/halyard/${handle}` : null,
    conferencingProviders: null,
    spokenLanguages: p.languages.map((language, i) => ({ language, primary: i === 0 })),
  };
}

/** `UserMetadata` for everyone, in Gong's shape (nulls where Gong gives nulls). */
export function buildUsers(today: number) {
  return DEMO_PEOPLE.map((p, index) => userRecord(p, today, index));
}
