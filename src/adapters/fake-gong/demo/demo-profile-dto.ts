/**
 * A full `PermissionProfileDTO` with the field set and order of a recorded Gong response
 * (gong-real/recorded/nango-list-permission-profiles.json), derived from a coarse tier.
 */
export type ProfileTier = "restricted" | "member" | "manager" | "leader" | "admin";
type Level = "none" | "own" | "report-to-them" | "managers-team" | "all";

const RANK: Record<ProfileTier, number> = { restricted: 0, member: 1, manager: 2, leader: 3, admin: 4 };

/** The lowest tier that holds each capability; `never` for ones no demo profile holds. */
const CAPABILITIES = {
  scoreCalls: "member", overrideScore: "leader", downloadCallMedia: "manager", shareCallsWithCustomers: "member",
  manuallyScheduleAndUploadCalls: "member", privateCalls: "admin", deleteCalls: "admin", trimCalls: "manager",
  listenInCalls: "member", deleteEmails: "admin", callsAndSearch: "member", library: "member", deals: "member",
  createEditAndDeleteDealsBoards: "manager", dealsInlineEditing: "member", account: "member", coaching: "manager",
  usage: "manager", teamStats: "manager", initiatives: "leader", market: "member", activity: "manager",
  forecast: "member", forecastManage: "leader", engageManageCompanyTemplates: "admin",
  engageManageCompanySequences: "admin", engageCreateAndManageRulesets: "admin",
  engageSnoozeFlowToDosForOthers: "manager", engageAllowCrmFieldsViewChange: "member",
  viewEngageAnalyticsActivity: "manager", viewEngageAnalyticsPerformance: "manager",
  viewEngageAnalyticsFlows: "manager", manageGeneralBusinessSettings: "admin", manageScorecards: "admin",
  exportCallsAndCoachingDataToCSV: "leader", crmDataInlineEditing: "member", crmDataImport: "admin",
  viewRevenueAnalytics: "manager", manageRevenueAnalytics: "admin", engageReassignFlowToDosToOthers: "manager",
  // Only managers and admins may give flow to-dos to someone else (contract section 6, assigning).
  engageAssignFlowToDosToOthers: "manager", dealsDataExport: "leader", aiBuilder: "never",
} as const satisfies Record<string, ProfileTier | "never">;

type Capabilities = { -readonly [K in keyof typeof CAPABILITIES]: boolean };

const scoped = (permissionLevel: Level, teamLeadIds: readonly string[] | null = null) => ({
  permissionLevel,
  teamLeadIds,
});

/** The other areas follow the calls level for members; managers and up see their teams or more. */
function areaLevel(tier: ProfileTier, calls: Level): Level {
  if (tier === "admin" || tier === "leader") return "all";
  if (tier === "manager") return "report-to-them";
  return calls === "all" ? "all" : calls === "none" ? "none" : "own";
}

export interface ProfileInput {
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly tier: ProfileTier;
  readonly calls: Level;
  readonly teamLeadIds: readonly string[] | null;
}

export function permissionProfileDto(p: ProfileInput) {
  const area = areaLevel(p.tier, p.calls);
  const capabilities = {} as Capabilities;
  for (const [name, lowest] of Object.entries(CAPABILITIES) as [keyof Capabilities, ProfileTier | "never"][]) {
    capabilities[name] = lowest !== "never" && RANK[p.tier] >= RANK[lowest];
  }
  const seesLibrary = p.tier !== "restricted";
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    callsAccess: scoped(p.calls, p.teamLeadIds),
    libraryFolderAccess: {
      permissionLevel: seesLibrary ? "all" : "none",
      libraryFolderIds: null,
      managePublicFolder: RANK[p.tier] >= RANK.leader,
      manageStreams: RANK[p.tier] >= RANK.manager,
      manageFolderCalls: RANK[p.tier] >= RANK.manager,
      shareFoldersAndStreams: seesLibrary,
    },
    dealsAccess: scoped(area),
    forecastPermissions: {
      forecastAccess: scoped(area),
      forecastEditSubmissions: scoped(area === "all" && p.tier === "member" ? "own" : area),
      forecastEditTargets: scoped(RANK[p.tier] >= RANK.leader ? "all" : "none"),
    },
    coachingAccess: scoped(area),
    insightsAccess: scoped(area),
    usageAccess: scoped(RANK[p.tier] >= RANK.manager ? area : "none"),
    emailsAccess: scoped(area),
    // CAPABILITIES lists the booleans in the recorded order.
    ...capabilities,
    // Seen as null on a live tenant in June 2026 (gong-api.md section 1).
    orchestrateCreateAndManagePlays: null,
  };
}
