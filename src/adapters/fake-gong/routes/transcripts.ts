import { noCalls, readCallFilter, selectCalls } from "../call-search.js";
import { success, type Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";
import { paginate } from "../paging.js";
import { searchBody } from "../request-input.js";
import type { Route, RouteInput } from "./route.js";

/**
 * `POST /v2/calls/transcript`: `filter` with `callIds` and/or dates (ids are narrowed by the dates, as Gong
 * documents). UNCONFIRMED: a call without a transcript is left out rather than sent with an empty one, and
 * the transcript page size is taken to be the usual one.
 */
function transcripts({ body }: RouteInput, state: FakeGongState): Reply {
  const search = searchBody(body);
  if (!search.ok) return search.error;
  const { fromDateTime, toDateTime, workspaceId, callIds } = search.value.filter;
  // Only the documented filter fields: primaryUserIds is an extensive-only filter.
  const filter = readCallFilter({ fromDateTime, toDateTime, workspaceId, callIds });
  if (!filter.ok) return filter.error;
  const found = selectCalls(state, filter.value).flatMap((call) => state.transcriptOf(call.metaData.id) ?? []);
  // Unknown call ids and calls without transcripts both end here (recorded: unknown ids are a 404).
  if (found.length === 0) return noCalls();
  const selection = { path: "/v2/calls/transcript", filter: search.value.filter };
  const page = paginate(found, selection, search.value.cursor, state.pageSize);
  return page.ok ? success({ records: page.value.records, callTranscripts: page.value.items }) : page.error;
}

export const transcriptRoutes: readonly Route[] = [{ method: "POST", pattern: "/v2/calls/transcript", handle: transcripts }];
