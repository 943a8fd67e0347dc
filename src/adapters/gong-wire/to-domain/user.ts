import type { User } from "../../../domain/user.js";
import type { WireUser } from "../wire/users.js";

export function toUser(wire: WireUser): User {
  return {
    id: wire.id,
    emailAddress: wire.emailAddress ?? null,
    firstName: wire.firstName ?? null,
    lastName: wire.lastName ?? null,
    title: wire.title ?? null,
    managerId: wire.managerId ?? null,
    // Absent stays absent: the domain decides what an unstated `active` means (isActiveUser).
    active: wire.active ?? null,
    created: wire.created ?? null,
  };
}
