import { noCalls, readCallFilter, selectCalls } from "../call-search.js";
import { selectBlocks } from "../content-selector.js";
import { success, type Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";
import { paginate } from "../paging.js";
import { searchBody } from "../request-input.js";
import type { Route, RouteInput } from "./route.js";

/**
 * `POST /v2/calls/extensive`: `filter` required (a bare `{}` is 400), `callIds` must not be empty; filters by
 * dates, workspace, call ids and hosts. Each call carries only the blocks `contentSelector` asks for.
 */
function extensiveCalls({ body }: RouteInput, state: FakeGongState): Reply {
  const search = searchBody(body);
  if (!search.ok) return search.error;
  const filter = readCallFilter(search.value.filter);
  if (!filter.ok) return filter.error;
  const calls = selectCalls(state, filter.value);
  if (calls.length === 0) return noCalls();
  const selector = search.value.body.contentSelector;
  const query = { path: "/v2/calls/extensive", filter: search.value.filter, contentSelector: selector };
  const page = paginate(calls, query, search.value.cursor, state.pageSize);
  if (!page.ok) return page.error;
  return success({ records: page.value.records, calls: page.value.items.map((call) => selectBlocks(call, selector)) });
}

export const extensiveCallRoutes: readonly Route[] = [
  { method: "POST", pattern: "/v2/calls/extensive", handle: extensiveCalls },
];
