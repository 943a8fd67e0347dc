import { DEMO_WORKSPACE_IDS, person, type DemoRegion } from "./demo-people.js";
import { permissionProfileDto, type ProfileInput, type ProfileTier } from "./demo-profile-dto.js";
import { stableId } from "./prng.js";

type Level = ProfileInput["calls"];

interface ProfileSpec {
  readonly name: string;
  readonly description: string | null;
  readonly tier: ProfileTier;
  readonly calls: Level;
  /** Person keys; null as Gong gives when the field is unused. */
  readonly teamLeads: readonly string[] | null;
  readonly members: readonly string[];
}

const AMERICAS_AES = ["ethan", "chloe", "grace", "liam", "ava", "mason", "sophie", "jonas", "matteo"];
const MANAGERS = ["jordan", "tom", "raj", "olivia"];
const CSMS = ["ben", "mia", "lucas"];

const BUSINESS_ADMIN: ProfileSpec = {
  name: "Business Admin",
  description:
    "Business Admins can access all company pages and data, use forecasting capabilities, and configure business settings such as trackers and scorecards.",
  tier: "admin", calls: "all", teamLeads: null, members: ["priya", "margaret"],
};
const CUSTOMER_SUCCESS: ProfileSpec = {
  name: "Customer Success", description: "CSMs see the calls of the whole customer success team.",
  tier: "member", calls: "managers-team", teamLeads: null, members: CSMS,
};

/**
 * Every calls-access level occurs; Noah, Hannah (and, in EMEA, the Americas reps) hold no profile, so they
 * see as `own`. Marcus, Sarah and the EMEA AEs hold different levels in the two workspaces.
 */
const SPECS: Record<DemoRegion, readonly ProfileSpec[]> = {
  americas: [
    { name: "Account Executive", description: "AEs see their own team's calls.", tier: "member", calls: "managers-team", teamLeads: null, members: AMERICAS_AES },
    BUSINESS_ADMIN,
    CUSTOMER_SUCCESS,
    // The leftover lead is what the UI kept from an earlier choice; at `none` it grants nothing.
    { name: "Finance (restricted)", description: null, tier: "restricted", calls: "none", teamLeads: ["tom"], members: ["rachel"] },
    { name: "Front-line Manager", description: "Managers see the calls of everyone who reports to them.", tier: "manager", calls: "report-to-them", teamLeads: null, members: [...MANAGERS, "lena"] },
    { name: "Sales Development", description: "SDRs see only the calls they took part in.", tier: "member", calls: "own", teamLeads: null, members: ["zoe", "caleb", "harper", "isaac"] },
    // Leftover leads at `all`, as seen on live tenants: ignored.
    { name: "Sales Leadership", description: "Sales leaders see every call.", tier: "leader", calls: "all", teamLeads: ["jordan", "sarah"], members: ["marcus"] },
    { name: "Sales Manager (region view)", description: "Sees the calls of their manager's whole team.", tier: "manager", calls: "managers-team", teamLeads: null, members: ["sarah"] },
    { name: "Solutions Engineering", description: "SEs see the calls of the AE teams they support.", tier: "member", calls: "managers-team", teamLeads: ["jordan", "sarah"], members: ["daniel", "fatima"] },
  ],
  emea: [
    BUSINESS_ADMIN,
    CUSTOMER_SUCCESS,
    { name: "EMEA Account Executive", description: "EMEA AEs see only the calls they took part in.", tier: "member", calls: "own", teamLeads: null, members: ["sophie", "jonas", "matteo"] },
    { name: "EMEA Leadership", description: null, tier: "leader", calls: "report-to-them", teamLeads: null, members: ["marcus", "lena"] },
    { name: "EMEA Solutions", description: "SEs see the calls of the EMEA team.", tier: "member", calls: "managers-team", teamLeads: ["lena"], members: ["daniel", "fatima"] },
    { name: "Finance (restricted)", description: null, tier: "restricted", calls: "none", teamLeads: null, members: ["rachel"] },
    { name: "Front-line Manager", description: "Managers see the calls of everyone who reports to them.", tier: "manager", calls: "report-to-them", teamLeads: null, members: [...MANAGERS, "sarah"] },
  ],
};

export const profileId = (region: DemoRegion, name: string): string => stableId(`demo-profile:${region}:${name}`);

/** Full `PermissionProfileDTO`s plus the dataset's `workspaceId` and `userIds`, by workspace. */
export function buildProfiles() {
  return (Object.keys(SPECS) as DemoRegion[]).flatMap((region) =>
    SPECS[region].map((spec) => ({
      ...permissionProfileDto({
        id: profileId(region, spec.name),
        name: spec.name,
        description: spec.description,
        tier: spec.tier,
        calls: spec.calls,
        teamLeadIds: spec.teamLeads?.map((key) => person(key).id) ?? null,
      }),
      workspaceId: DEMO_WORKSPACE_IDS[region],
      userIds: spec.members.map((key) => person(key).id),
    })),
  );
}
