import type { UserId } from "./ids.js";

/** A Gong user. Deactivated users stay in the directory: their manager links still shape the tree. */
export interface User {
  readonly id: UserId;
  readonly emailAddress: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly title: string | null;
  readonly managerId: UserId | null;
  readonly active: boolean;
  readonly created: string | null;
}

export function fullName(user: Pick<User, "firstName" | "lastName">): string | null {
  const name = [user.firstName, user.lastName].filter((part) => part !== null && part !== "").join(" ");
  return name === "" ? null : name;
}
