import type { UserId } from "./ids.js";

/** A Gong user. Deactivated users stay in the directory: their manager links still shape the tree. */
export interface User {
  readonly id: UserId;
  readonly emailAddress: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly title: string | null;
  readonly managerId: UserId | null;
  /** As Gong states it; null when it does not. Only `true` is an active user: see `isActiveUser`. */
  readonly active: boolean | null;
  readonly created: string | null;
}

export function fullName(user: Pick<User, "firstName" | "lastName">): string | null {
  const name = [user.firstName, user.lastName].filter((part) => part !== null && part !== "").join(" ");
  return name === "" ? null : name;
}

/** Contract section 6, fail closed: a user record without `active: true` is not an active user. */
export function isActiveUser(user: Pick<User, "active">): boolean {
  return user.active === true;
}
