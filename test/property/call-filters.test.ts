import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { CallFilters } from "../../src/domain/call-filters.js";
import type { Call } from "../../src/domain/call.js";
import { WINDOW } from "../arbitraries/calls.js";
import { arbScene, type Scene } from "../arbitraries/world.js";
import { kitOver, valueOf } from "../support/use-case-kit.js";
import { oracleCanSee, oracleNewestFirst } from "./visibility-oracle.js";

const NOW = Date.parse(WINDOW.toDateTime);

/** Contract section 5b, read literally, for one call. */
function oracleMatches(scene: Scene, call: Call, filters: CallFilters): boolean {
  const lower = (text: string | null | undefined) => (text ?? "").toLowerCase();
  if (filters.titleContains !== undefined && !lower(call.title).includes(lower(filters.titleContains))) return false;
  if (filters.participant !== undefined) {
    const p = filters.participant;
    if ("userId" in p) {
      const participants = [call.primaryUserId, ...call.parties.map((party) => party.userId)].filter((id) => id !== null);
      if (!participants.includes(p.userId)) return false;
    } else {
      const hostEmail = scene.users.find((user) => user.id === call.primaryUserId)?.emailAddress ?? null;
      const emails = [hostEmail, ...call.parties.map((party) => party.emailAddress)].map(lower);
      if (!emails.includes(lower(p.email))) return false;
    }
  }
  if (filters.company !== undefined) {
    const external = call.parties.filter((party) => party.affiliation === "External" || (party.affiliation === "Unknown" && party.userId === null));
    if (!external.some((party) => lower(party.emailAddress).endsWith(`@${lower(filters.company)}`))) return false;
  }
  return true;
}

/** Filters drawn from what the scene holds, so that they often match something, and sometimes nothing. */
const arbFilters = (scene: Scene): fc.Arbitrary<CallFilters> => {
  const userIds = scene.users.map((user) => user.id);
  const emails = [...scene.users.map((user) => user.emailAddress), "ADA@example.com", "x@example.com", "nobody@nowhere.test"].filter((email) => email !== null);
  return fc.record(
    {
      participant: fc.oneof(fc.constantFrom(...userIds).map((userId) => ({ userId })), fc.constantFrom(...emails).map((email) => ({ email: email.toLowerCase() }))),
      company: fc.constantFrom("example.com", "EXAMPLE.com", "other.test"),
      titleContains: fc.constantFrom("call", "CALL 1", "0", "9", "zzz"),
    },
    { requiredKeys: [] },
  );
};

describe("list_gong_calls filters (contract section 5b)", () => {
  test.prop([arbScene({ maxCalls: 30 }).chain((scene) => fc.tuple(fc.constant(scene), arbFilters(scene))), fc.integer({ min: 1, max: 5 })], { numRuns: 300 })(
    "paging through a filtered listing yields exactly the visible calls that match, newest first, once each",
    async ([scene, filters], limit) => {
      const { useCases } = kitOver(scene, NOW);
      const shown: string[] = [];
      let page = valueOf(await useCases.listCalls.execute({ userId: scene.callerId }, { ...WINDOW, limit, filters }));
      for (let pages = 1; ; pages++) {
        shown.push(...page.calls.map((call) => call.id));
        if (page.nextCursor === null || pages > scene.calls.length) break;
        page = valueOf(await useCases.listCalls.execute({ userId: scene.callerId }, { ...WINDOW, limit, filters, cursor: page.nextCursor }));
      }
      const expected = scene.calls
        .filter((call) => {
          const at = Date.parse(call.started ?? call.scheduled ?? "");
          return at >= Date.parse(WINDOW.fromDateTime) && at < NOW;
        })
        .filter((call) => oracleCanSee(scene.callerId, call, scene.users, scene.profiles))
        .filter((call) => oracleMatches(scene, call, filters))
        .sort(oracleNewestFirst)
        .map((call) => call.id);
      expect(shown).toEqual(expected);
    },
  );

  test.prop([arbScene({ maxCalls: 30 }).chain((scene) => fc.tuple(fc.constant(scene), arbFilters(scene), arbFilters(scene)))], { numRuns: 100 })(
    "a cursor is bound to its filters: another filter's cursor is refused",
    async ([scene, filters, other]) => {
      // Filters that happen to be equal, or a first page that is the last, have no cursor to misuse.
      if (JSON.stringify(filters) === JSON.stringify(other)) return;
      const { useCases } = kitOver(scene, NOW);
      const first = valueOf(await useCases.listCalls.execute({ userId: scene.callerId }, { ...WINDOW, limit: 1, filters }));
      if (first.nextCursor === null) return;
      const answer = await useCases.listCalls.execute({ userId: scene.callerId }, { ...WINDOW, limit: 1, filters: other, cursor: first.nextCursor });
      expect(answer.ok).toBe(false);
    },
  );
});
