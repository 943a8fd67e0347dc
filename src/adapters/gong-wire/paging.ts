import type { GongResult, Page } from "../../application/ports/gong-gateway.js";
import type { Logger } from "../../application/ports/logger.js";
import type { DomainError } from "../../domain/errors.js";
import { err, ok } from "../../domain/result.js";
import type { WireRecords } from "./wire/common.js";

/**
 * The cursor of the next page; on the last page Gong leaves the key out (gong-api.md section 2). A null or
 * empty cursor is read as the end too (not seen from Gong; sending it back could only fail).
 */
export function nextCursorOf(records: WireRecords | null | undefined): string | null {
  const cursor = records?.cursor;
  return cursor === undefined || cursor === null || cursor === "" ? null : cursor;
}

/** GET endpoints take the cursor in the query... */
export function queryWithCursor(
  query: Readonly<Record<string, string>>,
  cursor: string | null,
): Readonly<Record<string, string>> {
  return cursor === null ? query : { ...query, cursor };
}

/** ...POST endpoints take it top-level in the body, next to `filter`. */
export function bodyWithCursor<B extends object>(body: B, cursor: string | null): B | (B & { cursor: string }) {
  return cursor === null ? body : { ...body, cursor };
}

/**
 * More pages than any answer needs: 10,000 records of one window or id batch. Past it Gong's paging is
 * taken as broken (a cursor that never ends once spent a whole daily budget on one call).
 */
export const MAX_PAGES = 100;

/**
 * Follows cursors until Gong has no next page, and always ends: a cursor Gong already gave (a repeat or a
 * cycle) or more than MAX_PAGES pages ends it with upstream_error, logged with what Gong sent. It yields to
 * the event loop between pages, so that a loop over pages answered from a cache never blocks other work.
 */
export async function allPages<T>(
  pageAt: (cursor: string | null) => GongResult<Page<T>>,
  logger: Logger,
  maxPages = MAX_PAGES,
): GongResult<readonly T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Awaited<GongResult<Page<T>>> = await pageAt(cursor);
    if (!page.ok) return page;
    pages += 1;
    items.push(...page.value.items);
    cursor = page.value.nextCursor;
    if (cursor !== null && seen.has(cursor)) {
      logger.error("gong returned a cursor it had already returned; stopped paging", { pages, cursor: clip(cursor) });
      return err(PAGING_FAILED);
    }
    if (cursor !== null && pages >= maxPages) {
      logger.error("gong kept returning a next page; stopped paging", { pages, cursor: clip(cursor) });
      return err(PAGING_FAILED);
    }
    if (cursor !== null) seen.add(cursor);
    await yieldToEventLoop();
  } while (cursor !== null);
  return ok(items);
}

const PAGING_FAILED: DomainError = { _tag: "UpstreamFailed", reason: "Paging" };

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Enough of a cursor to recognise it in a log, not a whole token. */
function clip(cursor: string): string {
  return cursor.length <= 48 ? cursor : `${cursor.slice(0, 48)}…`;
}

/** Records Gong repeated (across pages) count once: the first of each id is kept. */
export function distinctBy<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = idOf(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
