import { readCallFilter, noCalls, selectCalls } from "../call-search.js";
import { failure, messages, success, type Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";
import { paginate } from "../paging.js";
import type { Route, RouteInput } from "./route.js";

/**
 * `GET /v2/calls?fromDateTime&toDateTime&workspaceId&cursor`: metaData only, oldest first. Both dates may be
 * left out (UNCONFIRMED on a tenant with calls: the spec says required, the descriptions say open-ended).
 * Not reproduced: real Gong also leaves out calls created without media; here the dataset decides what exists.
 */
function listCalls({ query }: RouteInput, state: FakeGongState): Reply {
  const { cursor, ...search } = query;
  const { fromDateTime, toDateTime, workspaceId } = search;
  const filter = readCallFilter({ fromDateTime, toDateTime, workspaceId });
  if (!filter.ok) return filter.error;
  const calls = selectCalls(state, filter.value);
  if (calls.length === 0) return noCalls();
  const page = paginate(calls, { path: "/v2/calls", ...search }, cursor, state.pageSize);
  return page.ok ? success({ records: page.value.records, calls: page.value.items.map((c) => c.metaData) }) : page.error;
}

/** `GET /v2/calls/{id}`: `{ call: metaData }`. */
function getCall({ params }: RouteInput, state: FakeGongState): Reply {
  const id = params.id ?? "";
  const call = state.call(id);
  return call === undefined ? failure(404, messages.callNotFound(id)) : success({ call: call.metaData });
}

export const callRoutes: readonly Route[] = [
  { method: "GET", pattern: "/v2/calls", handle: listCalls },
  { method: "GET", pattern: "/v2/calls/:id", handle: getCall },
];
