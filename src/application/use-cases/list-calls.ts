import { callTime, newestFirst, type Call } from "../../domain/call.js";
import { invalidInput, type DomainError } from "../../domain/errors.js";
import type { WorkspaceId } from "../../domain/ids.js";
import { err, ok, type Result } from "../../domain/result.js";
import { hasFilters, matchesFilters, type CallFilters } from "../../domain/call-filters.js";
import { visibleInWindow } from "../visible-calls.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import { isDateWindow, resolveWindow, type DateWindow } from "../date-window.js";
import type { Clock } from "../ports/clock.js";
import type { CursorCodec } from "../ports/cursor-codec.js";
import type { CallSearch, GongGateway } from "../ports/gong-gateway.js";

export interface ListCallsInput {
  readonly fromDateTime?: string;
  readonly toDateTime?: string;
  readonly workspaceId?: WorkspaceId;
  /** Contract section 5b: applied to the calls the caller may see, after visibility. */
  readonly filters?: CallFilters;
  readonly cursor?: string;
  readonly limit: number;
}

export interface CallsPage {
  readonly calls: readonly Call[];
  readonly nextCursor: string | null;
}

/** Paging state inside our cursor: whose it is, which query, the resolved window, and the last call shown. */
interface ListCursor {
  readonly kind: "calls";
  readonly userId: string;
  readonly query: string;
  readonly window: DateWindow;
  readonly afterTime: number;
  readonly afterId: string;
}

/**
 * list_gong_calls: the calls of a range that the caller may see, newest first. Gong lists oldest first, so
 * the whole range is read (every upstream page) and filtered before paging: a page holds up to `limit`
 * visible calls and a cursor points after the last visible call shown (ADR 0007).
 */
export class ListCalls {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
    private readonly clock: Clock,
    private readonly cursors: CursorCodec,
  ) {}

  async execute(actor: Actor, input: ListCallsInput): Promise<Result<CallsPage, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const filters = input.filters ?? {};
    const query = JSON.stringify([input.fromDateTime ?? null, input.toDateTime ?? null, input.workspaceId ?? null, ...(hasFilters(filters) ? [filters] : [])]);
    let window: DateWindow;
    let after: { time: number; id: string } | undefined;
    if (input.cursor === undefined) {
      const resolved = resolveWindow(input.fromDateTime, input.toDateTime, this.clock.now());
      if (!resolved.ok) return resolved;
      window = resolved.value;
    } else {
      const state = this.openCursor(input.cursor, actor.userId, query);
      if (!state) return err(invalidInput("cursor", "a next_cursor returned by list_gong_calls for this same query"));
      window = state.window;
      after = { time: state.afterTime, id: state.afterId };
    }

    // A company may be named by its CRM account: only then is the window read with the calls' CRM context.
    const search: CallSearch = {
      ...window,
      ...(input.workspaceId === undefined ? {} : { workspaceId: input.workspaceId }),
      ...(filters.company === undefined ? {} : { withCrmContext: true }),
    };
    const inWindow = await visibleInWindow(this.gong, this.access, caller.value, search);
    if (!inWindow.ok) return inWindow;
    const emails = new Map(caller.value.users.map((user) => [user.id, user.emailAddress]));
    const emailOf = (userId: string): string | null => emails.get(userId) ?? null;
    const visible = inWindow.value.filter((call) => matchesFilters(call, filters, emailOf, accountNamesOf));

    const start = after === undefined ? 0 : visible.findIndex((call) => isAfter(call, after));
    const rest = start < 0 ? [] : visible.slice(start);
    const page = rest.slice(0, input.limit);
    const last = page[page.length - 1];
    const nextCursor =
      rest.length > page.length && last !== undefined
        ? this.cursors.seal({
            kind: "calls",
            userId: actor.userId,
            query,
            window,
            afterTime: callTime(last),
            afterId: last.id,
          } satisfies ListCursor)
        : null;
    return ok({ calls: page, nextCursor });
  }

  private openCursor(token: string, userId: string, query: string): ListCursor | undefined {
    const state = this.cursors.open(token);
    if (!state || state.kind !== "calls" || state.userId !== userId || state.query !== query) return undefined;
    const { window, afterTime, afterId } = state as Partial<ListCursor>;
    if (typeof afterTime !== "number" || typeof afterId !== "string" || !isDateWindow(window)) return undefined;
    return state as unknown as ListCursor;
  }
}

/** The names of the CRM accounts (and opportunities) Gong links to a call, for the company filter. */
function accountNamesOf(call: Call): string[] {
  return (call.crmObjects ?? []).filter((object) => /^(account|opportunity)$/i.test(object.type)).flatMap((object) => (object.name === null ? [] : [object.name]));
}

/** Is `call` strictly after the cursor position in newest-first order? */
function isAfter(call: Call, after: { time: number; id: string }): boolean {
  const time = callTime(call);
  if (time !== after.time) return time < after.time;
  return newestFirst({ ...call, id: after.id }, call) < 0;
}
