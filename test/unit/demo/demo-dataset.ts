import { demoWorkspace } from "../../../src/adapters/fake-gong/demo/demo-workspace.js";

/** One demo built at a fixed instant, shared by the demo tests (building it takes a moment). */
export const NOW = Date.UTC(2026, 6, 12, 15, 30);
export const DAY = 86_400_000;
export const demo = demoWorkspace({ now: NOW });

export const users = demo.users ?? [];
export const calls = demo.calls ?? [];
export const transcripts = demo.transcripts ?? [];
export const profiles = demo.permissionProfiles ?? [];
export const flows = demo.flows ?? [];
export const prospectFlows = demo.prospectFlows ?? [];

export const userIds = new Set(users.map((u) => u.id));

/** The calls-access level a user has in a workspace (`own` when in no profile, as contract section 6 says). */
export function levelOf(userId: string, workspaceId: string): string {
  const profile = profiles.find((p) => p.workspaceId === workspaceId && p.userIds.includes(userId));
  return profile?.callsAccess?.permissionLevel ?? "own";
}

export const beyond53Bits = (id: string): boolean => /^[1-9][0-9]{16,19}$/.test(id) && BigInt(id) > 2n ** 53n;
