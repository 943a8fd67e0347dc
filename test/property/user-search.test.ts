import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { matchRank, searchUsers } from "../../src/domain/user-search.js";
import type { User } from "../../src/domain/user.js";
import { aUser } from "../arbitraries/domain-values.js";

// Names from a small alphabet, so that queries often hit, in upper and lower case, with accents and spaces.
const part = fc.stringMatching(/^[A-Za-zÉé]{1,6}$/);
const arbUser = (i: number): fc.Arbitrary<User> =>
  fc.record({
    firstName: fc.option(part, { nil: null }),
    lastName: fc.option(part, { nil: null }),
    email: fc.option(part.map((local) => `${local.toLowerCase()}.${i}@acme.test`), { nil: null }),
    active: fc.constantFrom<boolean | null>(true, true, false, null),
  }).map(({ firstName, lastName, email, active }) => aUser(String(1000 + i), { firstName, lastName, emailAddress: email, active }));
const arbUsers = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbUser(i))));
const arbQuery = fc.oneof(part, fc.stringMatching(/^[A-Za-z]{1,3} [A-Za-z]{1,3}$/), fc.stringMatching(/^[a-z]{1,3}\.?[0-9]?@?$/));

/** The contract's rule, written the plain way: a case-insensitive substring of first, last, "first last" or email. */
function matches(user: User, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === "") return false;
  const fullName = [user.firstName, user.lastName].filter((name) => name !== null && name !== "").join(" ");
  return [user.firstName ?? "", user.lastName ?? "", fullName, user.emailAddress ?? ""].some((field) => field.toLowerCase().includes(q));
}

describe("search_gong_users (contract section 5b)", () => {
  test.prop([arbUsers, arbQuery, fc.integer({ min: 1, max: 50 })], { numRuns: 300 })(
    "returns exactly the active users that match, each once, best first, at most limit",
    (users, query, limit) => {
      const found = searchUsers(users, query, limit);
      const expected = users.filter((user) => user.active === true && matches(user, query));
      expect(found.length).toBe(Math.min(limit, expected.length));
      expect(new Set(found.map((user) => user.id)).size).toBe(found.length);
      for (const user of found) expect(expected).toContain(user);
      // Best first: ranks never go down the list, and a left-out match ranks no better than the last one shown.
      const ranks = found.map((user) => matchRank(user, query) ?? Infinity);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const left = expected.filter((user) => !found.includes(user));
      for (const user of left) expect(matchRank(user, query) ?? Infinity).toBeGreaterThanOrEqual(ranks[ranks.length - 1] ?? -Infinity);
    },
  );

  test.prop([arbUsers], { numRuns: 100 })("a whole name or email is found first", (users) => {
    const active = users.filter((user) => user.active === true && user.emailAddress !== null);
    for (const user of active) {
      const [first] = searchUsers(users, user.emailAddress ?? "", 1);
      expect(first?.emailAddress?.toLowerCase()).toBe(user.emailAddress?.toLowerCase());
    }
  });
});
