import type { CallerClaim } from "../../domain/caller-claim.js";
import { unknownUser, type DomainError } from "../../domain/errors.js";
import { ok, err, type Result } from "../../domain/result.js";
import { isActiveUser } from "../../domain/user.js";
import type { Actor } from "../actor.js";
import type { GongGateway } from "../ports/gong-gateway.js";

/**
 * Turns a verified claim into the acting user. An id is taken as it is (every use case then checks that it
 * is an active user); an email is looked up, case-insensitively, among the active users of the cached
 * directory, so it costs no Gong request when warm. No active user with that email: unknown_user.
 */
export class IdentifyCaller {
  constructor(private readonly gong: GongGateway) {}

  async execute(claim: CallerClaim): Promise<Result<Actor, DomainError>> {
    if (claim.kind === "user_id") return ok({ userId: claim.userId });
    const users = await this.gong.listUsers();
    if (!users.ok) return users;
    const email = claim.email.toLowerCase();
    const user = users.value.find((candidate) => isActiveUser(candidate) && candidate.emailAddress?.toLowerCase() === email);
    return user === undefined ? err(unknownUser(claim.email)) : ok({ userId: user.id });
  }
}
