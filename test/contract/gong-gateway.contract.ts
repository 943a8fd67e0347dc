import { afterEach, describe, expect, test } from "vitest";
import type { GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import type { GongGateway } from "../../src/application/ports/gong-gateway.js";
import { errorOf, valueOf } from "../support/use-case-kit.js";
import { contractSeed, SEED } from "./contract-seed.js";
import {
  allCalls,
  allFlows,
  beyondNumbers,
  EMPTY_RANGE,
  expectedProfiles,
  flowIdsFor,
  flowOwnerOf,
  seedRange,
  sorted,
  UNKNOWN_IDS,
} from "./contract-reading.js";

export interface GatewaySubject {
  readonly gateway: GongGateway;
  close(): Promise<void>;
}

/** Builds a fresh gateway over a Gong that holds `seed` (each case gets its own: assignments change state). */
export type MakeGateway = (seed: GongDataset) => Promise<GatewaySubject>;

export const CONTRACT_CASES = [
  "the seed exercises every case",
  "lists every user, ids intact",
  "lists the workspaces",
  "a workspace's profiles come with their level and team leads, without members",
  "a profile's members are the ids of its holders (an empty profile's: none)",
  "the members of an unknown profile are a failure, never an empty list",
  "a window returns every seeded call exactly once, across Gong's pages",
  "a range without calls is empty (Gong's 404)",
  "unknown call ids are missing, not an error",
  "of known and unknown ids, only the known come back",
  "ids beyond 2^53 survive exactly",
  "a silent party has a null speakerId, a non-user no userId",
  "a host missing from the parties is still the host",
  "transcripts keep every monologue and its speaker, null included",
  "flows of an owner, every one once, page by page",
  "unknown prospects have no flows",
  "a flow assigned to a prospect then shows in flowsForProspects",
  "assigning an unknown flow is NotFound",
  "getUser finds a seeded user",
  "getUser of an unknown id is NotFound",
] as const;
export type ContractCase = (typeof CONTRACT_CASES)[number];

export interface ContractOptions {
  /** What the Gong behind the gateway holds (default: contractSeed()). */
  readonly seed?: GongDataset;
  /** Cases this subject cannot answer (e.g. a replay of recordings), each with why; they are left out of its run. */
  readonly skip?: Partial<Readonly<Record<ContractCase, string>>>;
}

/**
 * The one GongGateway contract (ADR: one contract suite for every gateway): each case states a claim the
 * use cases rely on, with its expectation read from the seed, so the in-memory fake, HttpGongGateway over
 * the HTTP fake and HttpGongGateway over Gong's recorded answers are held to the same words.
 */
export function gongGatewayContract(name: string, make: MakeGateway, options: ContractOptions = {}): void {
  const seed = options.seed ?? contractSeed();
  describe(`GongGateway contract: ${name}`, () => {
    const open: GatewaySubject[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((subject) => subject.close()));
    });
    const claim = (name: ContractCase, body: (gateway: GongGateway) => Promise<void>): void => {
      // A case the subject cannot answer (the recordings hold no such exchange) is left out, with its reason
      // kept in the runner's options; the "every case is claimed" test below keeps that list honest.
      if (options.skip?.[name] !== undefined) return;
      test(name, async () => {
        const subject = await make(seed);
        open.push(subject);
        await body(subject.gateway);
      });
    };

    claim("the seed exercises every case", async () => {
      expect(seed.calls.length).toBeGreaterThan(100);
      expect(flowIdsFor(seed, flowOwnerOf(seed)).length).toBeGreaterThan(100);
      expect(seed.transcripts.some((t) => (t.transcript ?? []).some((m) => m.speakerId == null))).toBe(true);
      expect(seed.users.some((user) => beyondNumbers(user.id))).toBe(true);
      await Promise.resolve();
    });

    claim("lists every user, ids intact", async (gateway) => {
      const users = valueOf(await gateway.listUsers());
      expect(sorted(users.map((user) => user.id))).toEqual(sorted(seed.users.map((user) => user.id)));
    });

    claim("lists the workspaces", async (gateway) => {
      const workspaces = valueOf(await gateway.listWorkspaces());
      expect(workspaces.map(({ id, name }) => ({ id, name }))).toEqual(seed.workspaces.map(({ id, name }) => ({ id, name: name ?? null })));
    });

    claim("a workspace's profiles come with their level and team leads, without members", async (gateway) => {
      for (const workspaceId of new Set(seed.permissionProfiles.map((profile) => profile.workspaceId))) {
        const profiles = valueOf(await gateway.listPermissionProfiles(workspaceId));
        const got = profiles
          .map((p) => ({ id: p.id, level: p.callsAccess.level, teamLeadIds: p.callsAccess.teamLeadIds }))
          .sort((a, b) => a.id.localeCompare(b.id));
        expect(got).toEqual(expectedProfiles(seed, workspaceId));
        for (const profile of profiles) expect(Object.keys(profile)).not.toContain("userIds");
      }
    });

    claim("a profile's members are the ids of its holders (an empty profile's: none)", async (gateway) => {
      expect(seed.permissionProfiles.some((profile) => profile.userIds.length === 0)).toBe(true);
      for (const profile of seed.permissionProfiles) {
        expect(sorted(valueOf(await gateway.listProfileMembers(profile.id))), profile.id).toEqual(sorted(profile.userIds));
      }
    });

    claim("the members of an unknown profile are a failure, never an empty list", async (gateway) => {
      // An empty list would read as "holds no profile here", which is `own` access: a failure fails the answer.
      expect(errorOf(await gateway.listProfileMembers(UNKNOWN_IDS[0]))._tag).toBe("UpstreamFailed");
    });

    claim("a window returns every seeded call exactly once, across Gong's pages", async (gateway) => {
      const { calls } = await allCalls(gateway, seedRange(seed));
      expect(sorted(calls.map((call) => call.id))).toEqual(sorted(seed.calls.map((call) => call.metaData.id)));
    });

    claim("a range without calls is empty (Gong's 404)", async (gateway) => {
      expect(valueOf(await gateway.callsInWindow(EMPTY_RANGE))).toEqual([]);
    });

    claim("unknown call ids are missing, not an error", async (gateway) => {
      expect(valueOf(await gateway.getCalls(UNKNOWN_IDS))).toEqual([]);
      expect(valueOf(await gateway.getDetailedCalls(UNKNOWN_IDS))).toEqual([]);
      expect(valueOf(await gateway.getTranscripts(UNKNOWN_IDS))).toEqual([]);
    });

    claim("of known and unknown ids, only the known come back", async (gateway) => {
      const known = seed.calls[0]?.metaData.id ?? "";
      expect(valueOf(await gateway.getCalls([known, ...UNKNOWN_IDS])).map((call) => call.id)).toEqual([known]);
      expect(valueOf(await gateway.getDetailedCalls([UNKNOWN_IDS[0], known])).map((call) => call.id)).toEqual([known]);
    });

    claim("ids beyond 2^53 survive exactly", async (gateway) => {
      const big = seed.calls.filter((call) => beyondNumbers(call.metaData.id));
      expect(big.length).toBeGreaterThan(0);
      const byId = new Map((await allCalls(gateway, seedRange(seed))).calls.map((call) => [call.id, call]));
      for (const { metaData } of big) expect(byId.get(metaData.id)?.primaryUserId).toBe(metaData.primaryUserId ?? null);
      const users = new Set(valueOf(await gateway.listUsers()).map((user) => user.id));
      for (const user of seed.users.filter((u) => beyondNumbers(u.id))) expect(users.has(user.id)).toBe(true);
    });

    claim("a silent party has a null speakerId, a non-user no userId", async (gateway) => {
      const byId = new Map((await allCalls(gateway, seedRange(seed))).calls.map((call) => [call.id, call]));
      const wireParties = seed.calls.flatMap((call) => call.parties ?? []);
      expect(wireParties.some((party) => party.speakerId == null)).toBe(true);
      expect(wireParties.some((party) => party.userId == null)).toBe(true);
      for (const { metaData, parties } of seed.calls) {
        const got = byId.get(metaData.id)?.parties.map(({ id, userId, speakerId }) => ({ id, userId, speakerId }));
        expect(got).toEqual((parties ?? []).map((p) => ({ id: p.id ?? null, userId: p.userId ?? null, speakerId: p.speakerId ?? null })));
      }
    });

    claim("a host missing from the parties is still the host", async (gateway) => {
      const hostless = seed.calls.filter((c) => !(c.parties ?? []).some((party) => party.userId === c.metaData.primaryUserId));
      expect(hostless.length).toBeGreaterThan(0);
      const byId = new Map((await allCalls(gateway, seedRange(seed))).calls.map((call) => [call.id, call]));
      for (const { metaData } of hostless) {
        const call = byId.get(metaData.id);
        expect(call?.primaryUserId).toBe(metaData.primaryUserId);
        expect(call?.parties.some((party) => party.userId === metaData.primaryUserId)).toBe(false);
      }
    });

    claim("transcripts keep every monologue and its speaker, null included", async (gateway) => {
      const wanted = seed.transcripts.slice(0, 3);
      const got = valueOf(await gateway.getTranscripts(wanted.map((t) => t.callId)));
      const speakers = (callId: string, ids: readonly (string | null | undefined)[]) => ({ callId, speakers: ids.map((id) => id ?? null) });
      expect(got.map((t) => speakers(t.callId, t.monologues.map((m) => m.speakerId)))).toEqual(
        wanted.map((t) => speakers(t.callId, (t.transcript ?? []).map((m) => m.speakerId))),
      );
    });

    claim("flows of an owner, every one once, page by page", async (gateway) => {
      const owner = flowOwnerOf(seed);
      const { flows, pages } = await allFlows(gateway, owner);
      const expected = flowIdsFor(seed, owner);
      expect(sorted(flows.map((flow) => flow.id))).toEqual(sorted(expected));
      if (expected.length > 100) expect(pages).toBeGreaterThan(1);
    });

    claim("unknown prospects have no flows", async (gateway) => {
      expect(valueOf(await gateway.flowsForProspects(["003UNKNOWN000001", "003UNKNOWN000002"]))).toEqual([]);
    });

    claim("a flow assigned to a prospect then shows in flowsForProspects", async (gateway) => {
      const flowId = seed.flows[0]?.id ?? "";
      const outcome = valueOf(await gateway.assignFlow(flowId, ["003NEW0000000001"], flowOwnerOf(seed)));
      expect(outcome.assigned.map((a) => [a.crmProspectId, a.flowId])).toEqual([["003NEW0000000001", flowId]]);
      expect(outcome.failed).toEqual([]);
      const flows = valueOf(await gateway.flowsForProspects(["003NEW0000000001", SEED.prospect]));
      expect(flows.map((f) => [f.crmProspectId, f.flowId])).toContainEqual(["003NEW0000000001", flowId]);
    });

    claim("assigning an unknown flow is NotFound", async (gateway) => {
      const outcome = await gateway.assignFlow(UNKNOWN_IDS[0], ["003NEW0000000001"], flowOwnerOf(seed));
      expect(errorOf(outcome)).toEqual({ _tag: "NotFound", what: "flow", id: UNKNOWN_IDS[0] });
    });

    claim("getUser finds a seeded user", async (gateway) => {
      const wanted = seed.users[0];
      const user = valueOf(await gateway.getUser(wanted?.id ?? ""));
      expect({ id: user.id, emailAddress: user.emailAddress }).toEqual({ id: wanted?.id, emailAddress: wanted?.emailAddress });
    });

    claim("getUser of an unknown id is NotFound", async (gateway) => {
      expect(errorOf(await gateway.getUser(UNKNOWN_IDS[0]))).toEqual({ _tag: "NotFound", what: "user", id: UNKNOWN_IDS[0] });
    });
  });
}
