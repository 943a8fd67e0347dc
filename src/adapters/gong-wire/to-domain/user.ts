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
    // Gong always sends `active`; if it ever does not, do not claim the user is active (assigning needs that).
    active: wire.active ?? false,
    created: wire.created ?? null,
  };
}
