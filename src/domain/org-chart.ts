import type { UserId } from "./ids.js";

/** The manager tree as Gong gives it: one optional `managerId` per user, inactive users included. */
export interface OrgChart {
  readonly managerOf: ReadonlyMap<UserId, UserId | null>;
  readonly reportsOf: ReadonlyMap<UserId, readonly UserId[]>;
}

export function buildOrgChart(links: Iterable<{ readonly id: UserId; readonly managerId: UserId | null }>): OrgChart {
  const managerOf = new Map<UserId, UserId | null>();
  const reportsOf = new Map<UserId, UserId[]>();
  for (const { id, managerId } of links) {
    managerOf.set(id, managerId);
    if (managerId !== null && managerId !== id) {
      const reports = reportsOf.get(managerId);
      if (reports) reports.push(id);
      else reportsOf.set(managerId, [id]);
    }
  }
  return { managerOf, reportsOf };
}

/** `root` and everyone below it, transitively. Safe on cycles, which bad data can hold. */
export function subtree(org: OrgChart, root: UserId): Set<UserId> {
  const seen = new Set<UserId>([root]);
  const queue: UserId[] = [root];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const report of org.reportsOf.get(next) ?? []) {
      if (!seen.has(report)) {
        seen.add(report);
        queue.push(report);
      }
    }
  }
  return seen;
}
