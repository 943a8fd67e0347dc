import { DEMO_USERS, demoWorkspace } from "../../src/adapters/fake-gong/demo/demo-workspace.js";

/** Demo users the bench acts for. */
export const USERS = {
  admin: DEMO_USERS.admin_all,
  manager: DEMO_USERS.manager_report_to_them,
  rep: DEMO_USERS.rep_own,
} as const;

/** Gong's page size for lists (users, calls, profile members). */
const PAGE = 100;

interface Profile {
  readonly id: string;
  readonly workspaceId: string;
  readonly userIds: readonly string[];
}

/**
 * What the lower bounds are computed from: the demo workspace the fake serves, built for the same day with
 * the same seed (the fake builds its own copy at start; both are deterministic for a UTC day).
 */
export interface DemoFacts {
  readonly userCount: number;
  readonly activeUserIds: readonly string[];
  readonly workspaceIds: readonly string[];
  readonly profiles: readonly Profile[];
  readonly calls: readonly { readonly id: string; readonly startedMs: number }[];
  /** Calls with a transcript, newest first. */
  readonly transcriptCallIds: readonly string[];
  readonly prospectIds: readonly string[];
}

export function demoFacts(now: number): DemoFacts {
  const data = demoWorkspace({ now });
  const users = data.users ?? [];
  const calls = (data.calls ?? []).map((call) => ({ id: call.metaData.id, startedMs: Date.parse(call.metaData.started ?? "") }));
  const started = new Map(calls.map((call) => [call.id, call.startedMs]));
  return {
    userCount: users.length,
    activeUserIds: users.filter((user) => user.active === true).map((user) => user.id),
    workspaceIds: (data.workspaces ?? []).map((workspace) => workspace.id),
    profiles: (data.permissionProfiles ?? []).map((profile) => ({ id: profile.id, workspaceId: profile.workspaceId, userIds: profile.userIds })),
    calls,
    transcriptCallIds: (data.transcripts ?? []).map((transcript) => transcript.callId).sort((a, b) => (started.get(b) ?? 0) - (started.get(a) ?? 0)),
    prospectIds: [...new Set((data.prospectFlows ?? []).map((flow) => flow.crmProspectId))],
  };
}

/** Requests for one list of `count` records, paged by 100. */
export const pages = (count: number): number => Math.max(1, Math.ceil(count / PAGE));

/** Calls started in [from, to): what list_gong_calls' default window (the last 30 days) holds. */
export function callsInWindow(facts: DemoFacts, fromMs: number, toMs: number): number {
  return facts.calls.filter((call) => call.startedMs >= fromMs && call.startedMs < toMs).length;
}

/**
 * The permission data `userIds` need before any call can be shown or refused, as requests, if the server
 * knew in advance which profile holds each user (an oracle: Gong has no user-to-profile lookup, so a real
 * server can only do worse):
 * - the user list, one request per 100 users (who is active, the manager tree);
 * - the workspace list (1);
 * - per workspace: its profile list (1), plus the member list of each distinct profile holding one of the
 *   users; a user who holds no profile there is proven so only by reading every member list of it.
 * Every workspace counts, whichever calls are asked about: the contract (section 6, ADR 0006) wants a hidden
 * call to cost what a missing one does, so the work cannot depend on the workspace of the call at hand.
 */
export function directoryBound(facts: DemoFacts, userIds: readonly string[]): { readonly requests: number; readonly memberLists: number } {
  let memberLists = 0;
  for (const workspaceId of facts.workspaceIds) {
    const profiles = facts.profiles.filter((profile) => profile.workspaceId === workspaceId);
    const holders = new Set<string>();
    let someoneInNone = false;
    for (const userId of userIds) {
      const holder = profiles.find((profile) => profile.userIds.includes(userId));
      if (holder === undefined) someoneInNone = true;
      else holders.add(holder.id);
    }
    memberLists += someoneInNone ? profiles.length : holders.size;
  }
  const requests = pages(facts.userCount) + 1 + facts.workspaceIds.length + memberLists;
  return { requests, memberLists };
}
