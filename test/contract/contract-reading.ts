import type { GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import type { CallSearch, GongGateway, Page } from "../../src/application/ports/gong-gateway.js";
import type { Call } from "../../src/domain/call.js";
import type { Flow } from "../../src/domain/flow.js";
import { parseCallsAccess } from "../../src/domain/permission-profile.js";
import { valueOf } from "../support/use-case-kit.js";

/** What the contract cases read from a gateway and from a seed, so each case states only its claim. */

/** Ids that exist nowhere in any seed. */
export const UNKNOWN_IDS = ["9999999999999999901", "9999999999999999902"] as const;

/** A range long before any seeded call. */
export const EMPTY_RANGE: CallSearch = { fromDateTime: "2001-01-01T00:00:00Z", toDateTime: "2001-01-02T00:00:00Z" };

const DAY_MS = 86_400_000;
const TWO_TO_53 = 2n ** 53n;

/** From a day before the earliest seeded call to a day after the latest (scheduled or started). */
export function seedRange(seed: GongDataset): CallSearch {
  const times = seed.calls.flatMap(({ metaData }) =>
    [metaData.scheduled, metaData.started].flatMap((at) => (at == null ? [] : [Date.parse(at)])),
  );
  return {
    fromDateTime: new Date(Math.min(...times) - DAY_MS).toISOString(),
    toDateTime: new Date(Math.max(...times) + DAY_MS).toISOString(),
  };
}

/** Every call of a window; fails the test on an error. */
export async function allCalls(gateway: GongGateway, search: CallSearch): Promise<{ calls: readonly Call[] }> {
  return { calls: valueOf(await gateway.callsInWindow(search)) };
}

export async function allFlows(gateway: GongGateway, ownerEmail: string): Promise<{ flows: Flow[]; pages: number }> {
  const flows: Flow[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<Flow> = valueOf(await gateway.listFlows(ownerEmail, null, cursor));
    pages += 1;
    flows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && pages < 100);
  return { flows, pages };
}

/** The owner whose flows the cases list: the first seeded flow's, else the first user. */
export function flowOwnerOf(seed: GongDataset): string {
  return seed.flows[0]?.ownerEmail ?? seed.users[0]?.emailAddress ?? "nobody@example.com";
}

/** The flows an owner may use: Company ones and their own (the seeds share none). */
export function flowIdsFor(seed: GongDataset, ownerEmail: string): string[] {
  return seed.flows
    .filter((flow) => flow.visibility === "Company" || flow.ownerEmail?.toLowerCase() === ownerEmail.toLowerCase())
    .map((flow) => flow.id);
}

/** A seeded workspace's profiles as the port should list them (unknown levels read as `own`), members aside. */
export function expectedProfiles(seed: GongDataset, workspaceId: string) {
  return seed.permissionProfiles
    .filter((profile) => profile.workspaceId === workspaceId)
    .map((profile) => ({
      id: profile.id,
      level: parseCallsAccess(profile.callsAccess?.permissionLevel) ?? "own",
      teamLeadIds: profile.callsAccess?.teamLeadIds ?? [],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** True for an id that a JavaScript number would change. */
export function beyondNumbers(id: string): boolean {
  return /^\d+$/.test(id) && BigInt(id) > TWO_TO_53 && String(Number(id)) !== id;
}

export const sorted = (ids: Iterable<string>): string[] => [...ids].sort();
