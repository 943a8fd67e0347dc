import type { GongResult, Page } from "../../application/ports/gong-gateway.js";
import type { Logger } from "../../application/ports/logger.js";
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
 * Follows cursors until Gong has no next page. A cursor that comes back twice would loop forever: that
 * answer is unusable, so it fails like one that did not decode.
 */
export async function allPages<T>(
  pageAt: (cursor: string | null) => GongResult<Page<T>>,
  logger: Logger,
): GongResult<readonly T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    const page: Awaited<GongResult<Page<T>>> = await pageAt(cursor);
    if (!page.ok) return page;
    items.push(...page.value.items);
    cursor = page.value.nextCursor;
    if (cursor !== null && seen.has(cursor)) {
      logger.error("gong returned a cursor it had already returned; stopped paging", { pages: seen.size + 1 });
      return err({ _tag: "UpstreamFailed", reason: "Decode" });
    }
    if (cursor !== null) seen.add(cursor);
  } while (cursor !== null);
  return ok(items);
}
