import { accountsOwnedBy, DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts.js";
import { activeOn, peopleWithRole, person, reportsOf, type DemoPerson, type DemoRegion } from "./demo-people.js";
import type { CallScript, Voice } from "./phrasebook.js";
import { COLD_CALL_BOOKED, COLD_CALL_NOT_NOW, NEGOTIATION } from "./phrasebook-deals.js";
import { COACHING, DEAL_STRATEGY, ENABLEMENT, PIPELINE_REVIEW } from "./phrasebook-internal.js";
import { DEMO, DISCOVERY } from "./phrasebook-sales.js";
import { ONBOARDING, QBR, RENEWAL } from "./phrasebook-customers.js";
import type { Rng } from "./prng.js";

export interface CastContext {
  readonly host: DemoPerson;
  readonly region: DemoRegion;
  readonly day: number;
  readonly rng: Rng;
}

/** Who attends a call and in which voice they speak (null: listened without speaking). */
export interface Cast {
  readonly account: DemoAccount;
  readonly internal: readonly (readonly [DemoPerson, Voice | null])[];
  /** Indexes into the account's contacts: 0 champion, 1 economic buyer, 2 technical, 3 a listener. */
  readonly external: readonly (readonly [number, Voice | null])[];
  /** The user whose calendar the call is on, when it is not the host who ran it: Gong leaves them out of the parties. */
  readonly absentHost?: DemoPerson;
  readonly deal2?: DemoAccount;
}

export interface CallKind {
  readonly key: string;
  readonly scope: "External" | "Internal";
  readonly phone?: boolean;
  readonly privateRate?: number;
  readonly minutes: readonly [number, number];
  readonly titles: readonly string[];
  readonly weights: Readonly<Record<DemoRegion, number>>;
  readonly scripts: readonly CallScript[];
  readonly hosts: (region: DemoRegion) => readonly DemoPerson[];
  readonly cast: (context: CastContext) => Cast;
}

const prospectsIn = (region: DemoRegion, stage: DemoAccount["stage"] = "prospect"): DemoAccount[] =>
  DEMO_ACCOUNTS.filter((a) => a.region === region && a.stage === stage);
const accountOf = (owner: DemoPerson, c: CastContext): DemoAccount =>
  c.rng.pick(accountsOwnedBy(owner.key).length > 0 ? accountsOwnedBy(owner.key) : prospectsIn(c.region));
const owners = (region: DemoRegion, stage: DemoAccount["stage"]): DemoPerson[] =>
  [...new Set(prospectsIn(region, stage).map((a) => a.owner))].map(person);
const active = (people: readonly DemoPerson[], c: CastContext): DemoPerson[] => people.filter((p) => activeOn(p, c.day));
const seOf = (c: CastContext): DemoPerson => person(c.region === "emea" && c.rng.chance(0.7) ? "fatima" : c.rng.pick(["daniel", "fatima"]));
const managerOf = (p: DemoPerson): DemoPerson => person(p.manager ?? p.key);
const maybe = <T>(c: CastContext, rate: number, item: T): T[] => (c.rng.chance(rate) ? [item] : []);

/** Enablement sessions are for the customer-facing teams of the region. */
const enablementAudience = (region: DemoRegion): DemoPerson[] =>
  [...peopleWithRole("ae", region), ...peopleWithRole("csm", region), ...(region === "americas" ? peopleWithRole("sdr") : [])];

export const CALL_KINDS: readonly CallKind[] = [
  {
    key: "cold-call", scope: "External", phone: true, minutes: [2, 6], weights: { americas: 22, emea: 0 },
    titles: ["Call with {custFull} ({short})", "Outbound call: {company}"], scripts: [COLD_CALL_BOOKED, COLD_CALL_NOT_NOW],
    hosts: (region) => peopleWithRole("sdr", region),
    cast: (c) => ({ account: c.rng.pick(prospectsIn(c.region)), internal: [[c.host, "rep"]], external: [[c.rng.pick([0, 3]), "cust"]] }),
  },
  {
    key: "discovery", scope: "External", minutes: [25, 45], weights: { americas: 16, emea: 20 },
    titles: ["{short} <> Halyard | Discovery", "Halyard / {company} - intro call", "Discovery: {company}"], scripts: [DISCOVERY],
    hosts: (region) => owners(region, "prospect"),
    cast: (c) => {
      // An SDR who booked the meeting keeps it on their calendar (the host) without attending.
      const sdrs = active(peopleWithRole("sdr", c.region), c);
      const booker = sdrs.length > 0 && c.rng.chance(0.18) ? c.rng.pick(sdrs) : undefined;
      const sdr = !booker && sdrs.length > 0 && c.rng.chance(0.25) ? [[c.rng.pick(sdrs), null] as const] : [];
      return {
        account: accountOf(c.host, c), internal: [[c.host, "rep"], ...sdr], external: [[0, "cust"], ...maybe(c, 0.4, [3, null] as const)],
        ...(booker ? { absentHost: booker } : {}),
      };
    },
  },
  {
    key: "demo", scope: "External", minutes: [40, 60], weights: { americas: 14, emea: 15 },
    titles: ["{company} - Halyard Dispatch demo", "{short} <> Halyard | Tailored demo", "Demo for the {short} ops team"], scripts: [DEMO],
    hosts: (region) => owners(region, "prospect"),
    cast: (c) => ({
      account: accountOf(c.host, c),
      internal: [[c.host, "rep"], [seOf(c), "peer"], ...maybe(c, 0.15, [managerOf(c.host), null] as const)],
      external: [[0, "cust"], [2, "tech"], ...maybe(c, 0.3, [1, null] as const)],
      ...(c.region === "emea" && c.rng.chance(0.15) ? { absentHost: person("lena") } : {}),
    }),
  },
  {
    key: "negotiation", scope: "External", privateRate: 0.1, minutes: [30, 50], weights: { americas: 9, emea: 10 },
    titles: ["{short} - proposal review", "{company} / Halyard: commercial discussion", "Pricing review - {short}"], scripts: [NEGOTIATION],
    hosts: (region) => owners(region, "prospect"),
    cast: (c) => ({
      account: accountOf(c.host, c),
      internal: [[c.host, "rep"], ...maybe(c, 0.7, [managerOf(c.host), "lead"] as const)],
      external: [[0, "cust"], [1, "buyer"], ...maybe(c, 0.2, [2, null] as const)],
    }),
  },
  {
    key: "renewal", scope: "External", minutes: [25, 40], weights: { americas: 7, emea: 9 },
    titles: ["{short} renewal discussion", "{company} | {month} renewal"], scripts: [RENEWAL],
    hosts: (region) => owners(region, "customer"),
    cast: (c) => ({
      account: accountOf(c.host, c), internal: [[c.host, "rep"], ...maybe(c, 0.2, [person("olivia"), null] as const)],
      external: [[0, "cust"], [1, "buyer"]],
    }),
  },
  {
    key: "onboarding", scope: "External", minutes: [45, 60], weights: { americas: 5, emea: 6 },
    titles: ["Onboarding kickoff: {company}", "{short} x Halyard - implementation kickoff"], scripts: [ONBOARDING],
    hosts: (region) => owners(region, "customer"),
    cast: (c) => ({
      account: accountOf(c.host, c), internal: [[c.host, "rep"], [seOf(c), "peer"]],
      external: [[0, "cust"], [2, "tech"], ...maybe(c, 0.5, [3, null] as const)],
    }),
  },
  {
    key: "qbr", scope: "External", minutes: [45, 60], weights: { americas: 5, emea: 6 },
    titles: ["{quarter} QBR - {company}", "{short} quarterly business review"], scripts: [QBR],
    hosts: (region) => owners(region, "customer"),
    cast: (c) => ({
      account: accountOf(c.host, c),
      internal: [[c.host, "rep"], [c.rng.chance(0.7) ? seOf(c) : person("raj"), "peer"], ...maybe(c, 0.4, [person("olivia"), null] as const)],
      external: [[1, "buyer"], [0, "cust"], ...maybe(c, 0.3, [2, null] as const)],
    }),
  },
  {
    key: "pipeline-review", scope: "Internal", minutes: [30, 45], weights: { americas: 7, emea: 9 },
    titles: ["Weekly pipeline review - {team}", "{team} pipeline"], scripts: [PIPELINE_REVIEW],
    hosts: (region) => (region === "americas" ? [person("jordan"), person("sarah")] : [person("lena")]),
    cast: (c) => {
      const [rep, peer, ...rest] = c.rng.sample(active(reportsOf(c.host.key), c), 9);
      if (!rep || !peer) throw new Error(`demo: ${c.host.key} has no team on day ${c.day}`);
      return {
        account: accountOf(rep, c), deal2: accountOf(peer, c), external: [],
        internal: [[c.host, "lead"], [rep, "rep"], [peer, "peer"], ...rest.map((p) => [p, null] as const)],
      };
    },
  },
  {
    key: "forecast", scope: "Internal", minutes: [30, 45], weights: { americas: 3, emea: 4 },
    titles: ["Weekly forecast call", "Forecast: {quarter} commit review"], scripts: [PIPELINE_REVIEW],
    hosts: () => [person("marcus")],
    cast: (c) => {
      const [rep, peer] = c.region === "emea" ? [person("lena"), c.rng.pick(reportsOf("lena"))] : c.rng.sample([person("jordan"), person("sarah")], 2);
      if (!rep || !peer) throw new Error("demo: no forecast speakers");
      const deal = (p: DemoPerson): DemoAccount => accountOf(p.role === "ae" ? p : c.rng.pick(active(reportsOf(p.key), c)), c);
      const listeners = c.region === "americas" ? [person("tom"), person("raj")] : [];
      return {
        account: deal(rep), deal2: deal(peer), external: [],
        internal: [[c.host, "lead"], [rep, "rep"], [peer, "peer"], ...listeners.map((p) => [p, null] as const)],
      };
    },
  },
  {
    key: "deal-strategy", scope: "Internal", minutes: [20, 35], weights: { americas: 5, emea: 7 },
    titles: ["Deal strategy: {short}", "{short} deal review"], scripts: [DEAL_STRATEGY],
    hosts: (region) => owners(region, "prospect"),
    cast: (c) => ({ account: accountOf(c.host, c), external: [], internal: [[c.host, "rep"], [seOf(c), "peer"], [managerOf(c.host), "lead"]] }),
  },
  {
    key: "coaching", scope: "Internal", privateRate: 1, minutes: [25, 30], weights: { americas: 6, emea: 8 },
    titles: ["{lead} / {rep} 1:1", "1:1 {rep} <> {lead}"], scripts: [COACHING],
    hosts: (region) => (region === "americas" ? ["jordan", "sarah", "tom", "olivia", "raj"] : ["lena"]).map(person),
    cast: (c) => {
      const rep = c.rng.pick(active(reportsOf(c.host.key), c));
      return { account: accountOf(rep, c), deal2: c.rng.pick(prospectsIn(c.region)), external: [], internal: [[c.host, "lead"], [rep, "rep"]] };
    },
  },
  {
    key: "enablement", scope: "Internal", minutes: [30, 45], weights: { americas: 2, emea: 3 },
    titles: ["Enablement: {addon} launch", "{addon} update for the sales team"], scripts: [ENABLEMENT],
    hosts: () => [person("hannah")],
    cast: (c) => {
      const audience = active(enablementAudience(c.region), c);
      const [rep, peer, ...rest] = c.rng.sample(audience, c.rng.int(4, 7));
      if (!rep || !peer) throw new Error("demo: no enablement audience");
      return { account: c.rng.pick(prospectsIn(c.region)), external: [], internal: [[c.host, "lead"], [rep, "rep"], [peer, "peer"], ...rest.map((p) => [p, null] as const)] };
    },
  },
];
