import { setTimeout as sleep } from "node:timers/promises";
import type { DomainError } from "../domain/errors.js";
import type { Result } from "../domain/result.js";
import { currentCall } from "./upstream-scope.js";

// A waiter with less than this left could not see another load through: it takes the failure.
const ENOUGH_LEFT_MS = 1_000;
// Between two loads: no hot loop, even if a load were to fail at once.
const BETWEEN_LOADS_MS = 50;

/**
 * Runs a load that other calls may share (a cache's single flight, a batch of lookups) and, when it failed
 * in a way that may pass, runs it again while this call still has time. A shared load runs in the scope
 * of the call that started it and gives up at that call's deadline (contract section 2); the calls that
 * waited on it with more time left must not fail with it.
 */
export async function loadWhileTimeLeft<T>(load: () => Promise<Result<T, DomainError>>): Promise<Result<T, DomainError>> {
  for (;;) {
    const answer = await load();
    if (answer.ok || !mayPass(answer.error) || !timeLeft()) return answer;
    await sleep(BETWEEN_LOADS_MS);
  }
}

function mayPass(error: DomainError): boolean {
  return (error._tag === "UpstreamFailed" && error.reason !== "Decode") || (error._tag === "RateLimited" && error.by === "gong");
}

function timeLeft(): boolean {
  const call = currentCall();
  return call.deadline !== null && call.signal?.aborted !== true && call.deadline - Date.now() > ENOUGH_LEFT_MS;
}
