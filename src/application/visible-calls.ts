import { newestFirst, type Call } from "../domain/call.js";
import type { DomainError } from "../domain/errors.js";
import type { CallId } from "../domain/ids.js";
import { ok, type Result } from "../domain/result.js";
import { visibilityFilter } from "../domain/visibility.js";
import type { Caller, CallerAccess } from "./caller-access.js";
import type { CallSearch, GongGateway } from "./ports/gong-gateway.js";

/** Requested ids split into the calls the caller may see and the rest, which read the same whether hidden or absent. */
export interface VisibleSplit<C extends Call> {
  readonly visible: readonly C[];
  readonly unavailableIds: readonly CallId[];
}

/**
 * Keeps the calls the caller may see, in the order the ids were asked for (duplicates once). Hidden and
 * nonexistent ids land together in `unavailableIds`.
 */
export async function splitVisible<C extends Call>(
  access: CallerAccess,
  caller: Caller,
  requested: readonly CallId[],
  found: readonly C[],
): Promise<Result<VisibleSplit<C>, DomainError>> {
  const viewer = await access.viewer(caller.user.id);
  if (!viewer.ok) return viewer;
  const canSee = visibilityFilter(viewer.value, caller.org);
  const byId = new Map(found.map((call) => [call.id, call]));
  const visible: C[] = [];
  const unavailableIds: CallId[] = [];
  for (const id of new Set(requested)) {
    const call = byId.get(id);
    if (call !== undefined && canSee(call)) visible.push(call);
    else unavailableIds.push(id);
  }
  return ok({ visible, unavailableIds });
}

/**
 * The calls of a window the caller may see, newest first: one window read (the gateway caches it), filtered
 * before anything else (a filter, a search, a count) sees a call.
 */
export async function visibleInWindow(gong: GongGateway, access: CallerAccess, caller: Caller, search: CallSearch): Promise<Result<Call[], DomainError>> {
  const calls = await gong.callsInWindow(search);
  if (!calls.ok) return calls;
  const viewer = await access.viewer(caller.user.id);
  if (!viewer.ok) return viewer;
  return ok(calls.value.filter(visibilityFilter(viewer.value, caller.org)).sort(newestFirst));
}
