import type { DomainError } from "../../domain/errors.js";
import type { UserId } from "../../domain/ids.js";
import type { Result } from "../../domain/result.js";
import type { User } from "../../domain/user.js";
import type { Actor } from "../actor.js";
import { userIn, type CallerAccess } from "../caller-access.js";

/** get_gong_user_details: one user of the company (the caller by default), from the cached directory. */
export class GetUserDetails {
  constructor(private readonly access: CallerAccess) {}

  async execute(actor: Actor, userId: UserId | undefined): Promise<Result<User, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    return userIn(caller.value.users, userId ?? actor.userId);
  }
}
