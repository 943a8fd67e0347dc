import type { Actor } from "../application/actor.js";
import type { UseCases } from "../application/use-cases.js";
import { upstreamUser } from "../adapters/gong-http/upstream-user.js";

type Execute = (actor: Actor, ...rest: never[]) => Promise<unknown>;

/**
 * Runs every use case inside the acting user's upstream scope, so that the rate limiter queues Gong
 * requests fairly per user without the gateway port carrying who asks.
 */
export function actingFor(useCases: UseCases): UseCases {
  const wrapped: Record<string, unknown> = {};
  for (const [name, useCase] of Object.entries(useCases) as [string, { execute: Execute }][]) {
    const execute = useCase.execute.bind(useCase);
    wrapped[name] = { execute: (actor: Actor, ...rest: never[]) => upstreamUser.run(actor.userId, () => execute(actor, ...rest)) };
  }
  return wrapped as unknown as UseCases;
}
