import type { DomainError } from "../../domain/errors.js";
import { ok, type Result } from "../../domain/result.js";
import type { User } from "../../domain/user.js";
import { searchUsers } from "../../domain/user-search.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";

/**
 * search_gong_users: active users whose name or email holds the query, best first, from the directory the
 * caller's answers already use (no Gong request while it is fresh). Anyone in the company may be found, as
 * get_gong_user_details shows anyone: a user is not call data.
 */
export class SearchUsers {
  constructor(private readonly access: CallerAccess) {}

  async execute(actor: Actor, query: string, limit: number): Promise<Result<readonly User[], DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    return ok(searchUsers(caller.value.users, query, limit));
  }
}
