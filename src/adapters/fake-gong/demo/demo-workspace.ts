import type { WireDatasetInput } from "../../gong-wire/wire/dataset.js";
import { contactsOf, DEMO_ACCOUNTS, type DemoAccount, type DemoContact } from "./demo-accounts.js";
import { buildCall, type BuiltCall } from "./demo-calls.js";
import { buildFlows, buildProspectFlows } from "./demo-flows.js";
import { DEMO_WORKSPACE_IDS, type DemoRegion } from "./demo-people.js";
import { buildProfiles } from "./demo-profiles.js";
import { startOfUtcDay } from "./demo-time.js";
import { buildUsers } from "./demo-users.js";
import { seededRng } from "./prng.js";

export { DEMO_WORKSPACE_IDS } from "./demo-people.js";
export { DEMO_DEFAULT_USER_ID, DEMO_USERS, type DemoUserRole } from "./demo-users.js";

export const DEMO_SEED = 20260712;

/** How many calls each workspace gets: at least 150 in the last 90 days in the main one. */
const CALLS_PER_WORKSPACE: Readonly<Record<DemoRegion, number>> = { americas: 160, emea: 100 };

/**
 * The built-in demo: Halyard, a field-service software company, in Gong's wire shapes (a `--fake-data`
 * dataset). The same seed and the same UTC day give the same JSON; dates are relative to `now`.
 */
export function demoWorkspace(options: { now?: number; seed?: number } = {}): WireDatasetInput {
  const today = startOfUtcDay(options.now ?? Date.now());
  const seed = options.seed ?? DEMO_SEED;
  // One stream per part, so changing how one part is made does not reshuffle the others.
  const stream = (part: number) => seededRng((seed ^ Math.imul(part, 0x9e3779b1)) >>> 0);

  const contactsRng = stream(1);
  const contacts = new Map<DemoAccount, readonly DemoContact[]>(DEMO_ACCOUNTS.map((a) => [a, contactsOf(a, contactsRng)]));
  const built: BuiltCall[] = [];
  for (const [part, region] of [[2, "americas"], [3, "emea"]] as const) {
    const rng = stream(part);
    for (let i = 0; i < CALLS_PER_WORKSPACE[region]; i++) built.push(buildCall(region, today, contacts, rng));
  }
  // Gong lists calls oldest first.
  built.sort((a, b) => a.startedMs - b.startedMs);

  return {
    workspaces: [
      { id: DEMO_WORKSPACE_IDS.americas, name: "Americas", description: "North American sales and customer success" },
      { id: DEMO_WORKSPACE_IDS.emea, name: "EMEA", description: null },
    ],
    users: buildUsers(today),
    permissionProfiles: buildProfiles(),
    calls: built.map((b) => b.call),
    transcripts: built.flatMap((b) => (b.transcript ? [b.transcript] : [])),
    flows: buildFlows(today),
    prospectFlows: buildProspectFlows(today, stream(4), contacts),
  };
}
