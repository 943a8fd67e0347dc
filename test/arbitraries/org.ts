import fc from "fast-check";
import type { UserId } from "../../src/domain/ids.js";
import type { User } from "../../src/domain/user.js";
import { aUser } from "./domain-values.js";

/** Ids the generated users are drawn from. */
export const USER_POOL: readonly UserId[] = ["11", "12", "13", "14", "15", "16", "17", "18", "19"];
/** Named as a manager, a team lead or a party, but never a user of the directory. */
export const OUTSIDER: UserId = "99";

export const arbPersonId: fc.Arbitrary<UserId> = fc.constantFrom(...USER_POOL, OUTSIDER);

/** Mostly a forest (managers drawn from earlier users); sometimes any id: a self-link, a cycle, an outsider. */
function arbManagerOf(ids: readonly UserId[], index: number): fc.Arbitrary<UserId | null> {
  const earlier = ids.slice(0, index);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    ...(earlier.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...earlier) }] : []),
    { weight: 1, arbitrary: fc.constantFrom(...ids, OUTSIDER) },
  );
}

/** A directory of users linked by `managerId`, about one in four inactive. */
export function arbUsers(minLength = 1): fc.Arbitrary<User[]> {
  return fc.shuffledSubarray([...USER_POOL], { minLength }).chain((ids) =>
    fc
      .tuple(...ids.map((_, index) => fc.tuple(arbManagerOf(ids, index), fc.nat(3))))
      .map((links) =>
        ids.map((id, index) => {
          const [managerId, roll] = links[index]!;
          return aUser(id, { managerId, active: roll > 0 });
        }),
      ),
  );
}
