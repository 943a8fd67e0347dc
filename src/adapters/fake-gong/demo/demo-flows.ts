import { DEMO_ACCOUNTS, type DemoAccount, type DemoContact } from "./demo-accounts.js";
import { contactCrmId } from "./demo-crm.js";
import { DEMO_WORKSPACE_IDS, emailOf, fullName, person, type DemoRegion } from "./demo-people.js";
import { DAY_MS, tenantTime } from "./demo-time.js";
import { stableId, type Rng } from "./prng.js";

type Visibility = "Company" | "Personal" | "Shared";

interface FlowSpec {
  readonly name: string;
  readonly visibility: Visibility;
  readonly owner: string;
  readonly folder: string;
  readonly exclusive: boolean;
  readonly createdDaysAgo: number;
  /** Who runs instances of it (person keys); for Shared flows, also who it is shared with. */
  readonly users: readonly string[];
}

const SDRS = ["zoe", "caleb", "harper", "isaac"];
const EMEA_AES = ["sophie", "jonas", "matteo"];

const SPECS: Record<DemoRegion, readonly FlowSpec[]> = {
  americas: [
    { name: "Inbound demo request - 5 touches", visibility: "Company", owner: "priya", folder: "Inbound", exclusive: true, createdDaysAgo: 410, users: SDRS },
    { name: "Outbound: field service ops leaders", visibility: "Company", owner: "tom", folder: "Outbound", exclusive: true, createdDaysAgo: 300, users: SDRS },
    { name: "Webinar follow-up: Route Optimizer", visibility: "Company", owner: "hannah", folder: "Marketing", exclusive: false, createdDaysAgo: 45, users: ["zoe", "caleb", "ethan", "chloe"] },
    { name: "Closed-lost re-engage (90 days)", visibility: "Company", owner: "priya", folder: "Nurture", exclusive: false, createdDaysAgo: 520, users: ["ethan", "liam", "ava"] },
    { name: "Customer expansion: new branch", visibility: "Company", owner: "olivia", folder: "Customer Success", exclusive: false, createdDaysAgo: 160, users: ["lucas", "ben"] },
    { name: "Ethan - warm intros", visibility: "Personal", owner: "ethan", folder: "My flows", exclusive: false, createdDaysAgo: 120, users: ["ethan"] },
    { name: "Zoe's HVAC owner sequence", visibility: "Personal", owner: "zoe", folder: "My flows", exclusive: true, createdDaysAgo: 70, users: ["zoe"] },
    // Grace has left; her instances were paused, not deleted.
    { name: "Grace - Denver roofing", visibility: "Personal", owner: "grace", folder: "My flows", exclusive: false, createdDaysAgo: 200, users: ["grace"] },
    { name: "SDR Q3 HVAC push", visibility: "Shared", owner: "tom", folder: "SDR team", exclusive: true, createdDaysAgo: 55, users: SDRS },
    { name: "Enterprise East exec outreach", visibility: "Shared", owner: "sarah", folder: "Enterprise", exclusive: false, createdDaysAgo: 95, users: ["liam", "ava", "mason"] },
  ],
  emea: [
    { name: "EMEA outbound - facilities managers", visibility: "Company", owner: "lena", folder: "Outbound", exclusive: true, createdDaysAgo: 260, users: EMEA_AES },
    { name: "EMEA webinar follow-up (DE)", visibility: "Company", owner: "hannah", folder: "Marketing", exclusive: false, createdDaysAgo: 40, users: ["jonas", "lena"] },
    { name: "Sophie - grands comptes France", visibility: "Personal", owner: "sophie", folder: "My flows", exclusive: false, createdDaysAgo: 150, users: ["sophie"] },
    { name: "Jonas - Nordics energy", visibility: "Personal", owner: "jonas", folder: "My flows", exclusive: true, createdDaysAgo: 85, users: ["jonas"] },
    { name: "EMEA expansion plays", visibility: "Shared", owner: "lena", folder: "EMEA team", exclusive: false, createdDaysAgo: 110, users: [...EMEA_AES, "mia"] },
  ],
};

const REGIONS: readonly DemoRegion[] = ["americas", "emea"];

/** Engage flows in the `GET /v2/flows` shape, plus the dataset's workspace, owner and sharing. */
export function buildFlows(today: number) {
  return REGIONS.flatMap((region) =>
    SPECS[region].map((spec) => ({
      id: stableId(`demo-flow:${region}:${spec.name}`),
      name: spec.name,
      folderId: stableId(`demo-flow-folder:${region}:${spec.owner}:${spec.folder}`),
      folderName: spec.folder,
      visibility: spec.visibility,
      creationDate: tenantTime(today - spec.createdDaysAgo * DAY_MS + 61_000_000, 3),
      exclusive: spec.exclusive,
      workspaceId: DEMO_WORKSPACE_IDS[region],
      ownerEmail: emailOf(person(spec.owner)),
      ...(spec.visibility === "Shared" ? { sharedWithEmails: spec.users.filter((key) => key !== spec.owner).map((key) => emailOf(person(key))) } : {}),
    })),
  );
}

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A 15-character Salesforce id: `00Q` leads and `003` contacts, as Engage prospects are keyed. */
function salesforceId(rng: Rng): string {
  const prefix = rng.chance(0.6) ? "00Q5e00000" : "0035e00000";
  return prefix + Array.from({ length: 5 }, () => ID_CHARS.charAt(rng.int(0, ID_CHARS.length - 1))).join("");
}

/**
 * Open flow instances (`PublicApiAssignedFlow`): a few prospects per flow, some prospects in two
 * non-exclusive flows, and the inactive owner's instances paused.
 */
export function buildProspectFlows(today: number, rng: Rng, contacts: ReadonlyMap<DemoAccount, readonly DemoContact[]> = new Map()) {
  const used = new Set<string>();
  return REGIONS.flatMap((region) => {
    const shared: string[] = [];
    // Each flow's first prospect is the champion of one of the region's accounts, the contact Gong links on
    // that account's calls: so the demo goes from a call, to its prospect, to the prospect's flows.
    const champions = DEMO_ACCOUNTS.filter((account) => account.region === region).flatMap((account) => contacts.get(account)?.slice(0, 1) ?? []);
    return SPECS[region].flatMap((spec, flowIndex) =>
      Array.from({ length: rng.int(2, 6) }, (_, instance) => {
        let crmProspectId = !spec.exclusive && shared.length > 0 && rng.chance(0.25) ? rng.pick(shared) : salesforceId(rng);
        while (used.has(`${spec.name}:${crmProspectId}`)) crmProspectId = salesforceId(rng);
        const champion = instance === 0 ? champions[flowIndex % Math.max(1, champions.length)] : undefined;
        if (champion !== undefined && !used.has(`${spec.name}:${contactCrmId(champion)}`)) crmProspectId = contactCrmId(champion);
        used.add(`${spec.name}:${crmProspectId}`);
        if (!spec.exclusive) shared.push(crmProspectId);
        const owner = person(rng.pick(spec.users));
        const status = owner.leftDaysAgo !== undefined ? "Paused" : rng.pick(["Running", "Running", "Running", "Pending", "Paused"]);
        const newest = (owner.leftDaysAgo ?? 0) + 1;
        const daysAgo = rng.int(newest, Math.max(newest, Math.min(60, spec.createdDaysAgo)));
        // Gong gives these microseconds: the fraction of a millisecond supplies the extra digits.
        const created = today - daysAgo * DAY_MS + rng.int(0, 86_399_999) + rng.int(0, 999) / 1000;
        return {
          flowId: stableId(`demo-flow:${region}:${spec.name}`),
          flowName: spec.name,
          crmProspectId,
          flowInstanceId: rng.gongId(19),
          flowInstanceOwnerEmail: emailOf(owner),
          flowInstanceOwnerFullName: fullName(owner),
          flowInstanceCreateDate: tenantTime(created, 6),
          flowInstanceStatus: status,
          workspaceId: DEMO_WORKSPACE_IDS[region],
          exclusive: spec.exclusive,
        };
      }),
    );
  });
}
