import type { DemoAccount, DemoContact } from "./demo-accounts.js";
import type { Cast } from "./demo-call-kinds.js";
import { person, type DemoPerson, type DemoRegion } from "./demo-people.js";
import { SLOT_POOLS } from "./phrasebook.js";
import type { Rng } from "./prng.js";

/** `$187,200`: grouped by hand, not by the locale, so the text is the same on every machine. */
const money = (amount: number, region: DemoRegion): string =>
  `${region === "emea" ? "€" : "$"}${String(Math.round(amount / 100) * 100).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;

/** Who fills a role nobody plays in this call, so the phrasebook can still name them. */
function named(cast: Cast, voice: "rep" | "peer" | "lead", fallback: DemoPerson): DemoPerson {
  return cast.internal.find(([, v]) => v === voice)?.[0] ?? fallback;
}

/** The values a call's lines are filled with: the account, its people, Halyard's people, the numbers. */
export function callSlots(
  cast: Cast,
  contacts: readonly DemoContact[],
  host: DemoPerson,
  region: DemoRegion,
  rng: Rng,
): Record<string, string> {
  const rep = named(cast, "rep", host);
  const lead = named(cast, "lead", person(rep.manager ?? "marcus"));
  const peer = named(cast, "peer", person(cast.account.owner === rep.key ? "daniel" : cast.account.owner));
  const contact = (i: number): DemoContact => contacts[i] ?? { first: "Sam", last: "Taylor", title: "", email: "", phone: null };
  const seats = rng.int(8, 80) * 5;
  const price = rng.pick([65, 75, 85]);
  const tool = rng.pick(SLOT_POOLS.tool);
  const branches = cast.account.branches;
  const deal2: DemoAccount = cast.deal2 ?? cast.account;
  return {
    company: cast.account.name,
    short: cast.account.short,
    branch: branches[0] ?? "the main branch",
    branch2: branches[1] ?? "the second branch",
    cust: contact(0).first,
    custFull: `${contact(0).first} ${contact(0).last}`,
    buyer: contact(1).first,
    tech: contact(2).first,
    rep: rep.first,
    peer: peer.first,
    lead: lead.first,
    exec: person(lead.manager ?? "margaret").first,
    team: host.title?.split(", ")[1] ?? "Sales",
    deal2: deal2.short,
    seats: String(seats),
    total: money(seats * price * 12, region),
    discount: String(rng.pick([10, 12, 15, 18])),
    pct: String(rng.int(12, 31)),
    product: rng.pick(SLOT_POOLS.product),
    addon: rng.pick(SLOT_POOLS.addon),
    tool,
    competitor: rng.pick(SLOT_POOLS.competitor.filter((name) => name !== tool)),
    pain: rng.pick(SLOT_POOLS.pain),
    kpi: rng.pick(SLOT_POOLS.kpi),
    day: rng.pick(SLOT_POOLS.day),
    month: rng.pick(SLOT_POOLS.month),
    quarter: rng.pick(SLOT_POOLS.quarter),
  };
}
