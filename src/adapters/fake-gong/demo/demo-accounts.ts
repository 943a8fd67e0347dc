import type { DemoRegion } from "./demo-people.js";
import type { Rng } from "./prng.js";

/** A prospect or customer of Halyard, owned by an AE or a CSM (person key). */
export interface DemoAccount {
  readonly name: string;
  readonly short: string;
  readonly domain: string;
  readonly region: DemoRegion;
  readonly stage: "prospect" | "customer";
  readonly owner: string;
  readonly branches: readonly string[];
}

export interface DemoContact {
  readonly first: string;
  readonly last: string;
  readonly title: string;
  readonly email: string;
  readonly phone: string | null;
}

type Spec = [name: string, short: string, region: DemoRegion, stage: DemoAccount["stage"], owner: string, branches: string[]];

const SPECS: readonly Spec[] = [
  ["Kestrel Home Health", "Kestrel", "americas", "prospect", "ethan", ["Sacramento", "Fresno"]],
  ["Brightwater Logistics", "Brightwater", "americas", "prospect", "ethan", ["Oakland", "Reno"]],
  ["Pinecrest Mechanical", "Pinecrest", "americas", "prospect", "chloe", ["Boise", "Spokane"]],
  ["Meridian Freight Services", "Meridian", "americas", "prospect", "chloe", ["Tucson", "El Paso"]],
  ["Redwood Dental Partners", "Redwood", "americas", "prospect", "noah", ["Eugene", "Salem"]],
  ["Granite Peak Roofing", "Granite Peak", "americas", "prospect", "grace", ["Denver", "Boulder"]],
  ["Summit Ridge Utilities", "Summit Ridge", "americas", "prospect", "liam", ["Albany", "Syracuse"]],
  ["Orchid Retail Facilities", "Orchid", "americas", "prospect", "ava", ["Newark", "Hartford"]],
  ["Copperleaf Energy", "Copperleaf", "americas", "prospect", "mason", ["Pittsburgh", "Columbus"]],
  ["Bluefin Property Services", "Bluefin", "americas", "prospect", "liam", ["Boston", "Providence"]],
  ["Lakeshore Elevator Co.", "Lakeshore", "americas", "prospect", "mason", ["Cleveland", "Buffalo"]],
  ["Nordhafen Logistik GmbH", "Nordhafen", "emea", "prospect", "jonas", ["Hamburg", "Bremen"]],
  ["Kvarn Energi AB", "Kvarn", "emea", "prospect", "jonas", ["Malmö", "Gothenburg"]],
  ["Maison Verdier Services", "Verdier", "emea", "prospect", "sophie", ["Lyon", "Grenoble"]],
  ["Thamesbridge Facilities Ltd", "Thamesbridge", "emea", "prospect", "sophie", ["Reading", "Croydon"]],
  ["Alpina Servizi Tecnici", "Alpina", "emea", "prospect", "matteo", ["Milan", "Turin"]],
  ["Harborview Plumbing", "Harborview", "americas", "customer", "lucas", ["Seattle", "Tacoma"]],
  ["Sequoia Home Services", "Sequoia", "americas", "customer", "lucas", ["San Jose", "Modesto"]],
  ["Evergreen HVAC Group", "Evergreen", "americas", "customer", "ben", ["Portland", "Vancouver"]],
  ["Dunmore Lift Services", "Dunmore", "emea", "customer", "ben", ["Dublin", "Cork"]],
  ["Vestby Fjernvarme AS", "Vestby", "emea", "customer", "mia", ["Oslo", "Drammen"]],
  ["Rheinland Aufzug Service", "Rheinland", "emea", "customer", "mia", ["Cologne", "Düsseldorf"]],
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = SPECS.map(([name, short, region, stage, owner, branches]) => ({
  name, short, region, stage, owner, branches,
  domain: `${short.toLowerCase().replace(/[^a-z]/g, "")}.example`,
}));

const FIRST = ["Alex", "Morgan", "Priscilla", "Derek", "Janet", "Omar", "Kendra", "Victor", "Rosa", "Trevor", "Nadia", "Glen", "Felicia", "Howard", "Yusuf", "Carla"];
const FIRST_EMEA = ["Katrin", "Henrik", "Amélie", "Luca", "Sven", "Chiara", "Pierre", "Ingrid", "Niamh", "Stefan", "Elodie", "Giorgio"];
const LAST = ["Morrison", "Delgado", "Whitaker", "Huang", "Fischer", "Novak", "Barrett", "Ortiz", "Lindqvist", "Moreau", "Castellano", "Doyle", "Brennan", "Schreiber", "Okonkwo", "Haines"];

/**
 * The people Halyard meets at an account, in the order calls cast them: the champion (ops), the economic
 * buyer, the technical evaluator, then someone who only listens in.
 */
const ROLE_TITLES: Record<DemoAccount["stage"], readonly string[]> = {
  prospect: ["Director of Service Operations", "CFO", "IT Manager", "Dispatch Lead"],
  customer: ["Operations Manager", "VP Operations", "Systems Administrator", "Dispatch Supervisor"],
};

export function contactsOf(account: DemoAccount, rng: Rng): DemoContact[] {
  const firsts = rng.sample(account.region === "emea" ? FIRST_EMEA : FIRST, 4);
  const lasts = rng.sample(LAST, 4);
  return ROLE_TITLES[account.stage].map((title, i) => {
    const first = firsts[i] ?? "Sam";
    const last = lasts[i] ?? "Taylor";
    const local = `${first}.${last}`.toLowerCase().normalize("NFD").replace(/[^a-z.]/g, "");
    return {
      first, last, title,
      email: `${local}@${account.domain}`,
      phone: i === 0 || rng.chance(0.3) ? phoneNumber(account.region, rng) : null,
    };
  });
}

function phoneNumber(region: DemoRegion, rng: Rng): string {
  return region === "emea"
    ? `+49 40 ${String(rng.int(1000000, 9999999))}`
    : `+1 ${String(rng.int(201, 989))} 555 ${String(rng.int(100, 199)).padStart(4, "0")}`;
}

export const accountsOwnedBy = (key: string): DemoAccount[] => DEMO_ACCOUNTS.filter((a) => a.owner === key);
