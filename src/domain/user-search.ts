import { fullName, isActiveUser, type User } from "./user.js";

/** How well a user matches a query; lower is better. Undefined: no match. */
type Rank = number;

const norm = (text: string | null): string => (text ?? "").toLocaleLowerCase("en");

/**
 * Contract section 5b: `query` matches a user when it is a case-insensitive substring of the first name, the
 * last name, "first last" or the email. Best first: a whole name or email equal to the query, then a name,
 * a name part or the email starting with it, then a match anywhere; ties by full name, then id.
 */
export function matchRank(user: User, query: string): Rank | undefined {
  const q = norm(query.trim());
  if (q === "") return undefined;
  const first = norm(user.firstName);
  const last = norm(user.lastName);
  const full = norm(fullName(user));
  const email = norm(user.emailAddress);
  const fields = [first, last, full, email];
  if (!fields.some((field) => field.includes(q))) return undefined;
  if (full === q || email === q || first === q || last === q) return 0;
  if (fields.some((field) => field.startsWith(q)) || email.split("@")[0]?.split(/[._-]/).some((part) => part.startsWith(q))) return 1;
  return 2;
}

/** Active users matching `query`, best first, at most `limit`. */
export function searchUsers(users: readonly User[], query: string, limit: number): User[] {
  const ranked: { user: User; rank: Rank }[] = [];
  for (const user of users) {
    if (!isActiveUser(user)) continue;
    const rank = matchRank(user, query);
    if (rank !== undefined) ranked.push({ user, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || norm(fullName(a.user)).localeCompare(norm(fullName(b.user))) || a.user.id.localeCompare(b.user.id));
  return ranked.slice(0, Math.max(0, limit)).map((entry) => entry.user);
}
