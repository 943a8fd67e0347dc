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
    // Gong always sends `active`, `false` for a deactivated user. A record without it (a hand-written dataset)
    // is read as active: reading it as deactivated would lock that user out of every tool (unknown_user).
    active: wire.active ?? true,
    created: wire.created ?? null,
  };
}
