import type { WireUser } from "../../gong-wire/wire/users.js";
import { failure, messages, success, type Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";
import { paginate } from "../paging.js";
import { inWindow, optionalStrings, readWindow, searchBody } from "../request-input.js";
import type { Route, RouteInput } from "./route.js";

/**
 * `GET /v2/users`: every user, 100 a page, in dataset order (UNCONFIRMED: Gong's order). The dataset has no
 * avatars, so `includeAvatars` changes nothing.
 */
function listUsers({ query }: RouteInput, state: FakeGongState): Reply {
  const selection = { path: "/v2/users", includeAvatars: query.includeAvatars };
  const page = paginate(state.dataset.users, selection, query.cursor, state.pageSize);
  return page.ok ? success({ records: page.value.records, users: page.value.items }) : page.error;
}

/** `GET /v2/users/{id}`. */
function getUser({ params }: RouteInput, state: FakeGongState): Reply {
  const id = params.id ?? "";
  const user = state.user(id);
  // UNCONFIRMED: the 404 text; the spec only says "user not found".
  return user === undefined ? failure(404, messages.userNotFound(id)) : success({ user });
}

/** `POST /v2/users/extensive`: created-from inclusive, created-to exclusive, optional `userIds`. */
function extensiveUsers({ body }: RouteInput, state: FakeGongState): Reply {
  const search = searchBody(body);
  if (!search.ok) return search.error;
  const { filter, cursor } = search.value;
  const window = readWindow(filter, "createdFromDateTime", "createdToDateTime");
  if (!window.ok) return window.error;
  const userIds = optionalStrings(filter, "userIds");
  if (!userIds.ok) return userIds.error;
  const wanted = userIds.value === undefined ? undefined : new Set(userIds.value);
  const bounded = window.value.from !== undefined || window.value.to !== undefined;
  const users = state.dataset.users.filter(
    (user: WireUser) =>
      (wanted === undefined || wanted.has(user.id)) &&
      (!bounded || (user.created != null && inWindow(window.value, Date.parse(user.created)))),
  );
  const page = paginate(users, { path: "/v2/users/extensive", filter }, cursor, state.pageSize);
  // UNCONFIRMED: no matching user answers 200 with `users: []` (the spec's 404 text is a copy of the calls one).
  return page.ok ? success({ records: page.value.records, users: page.value.items }) : page.error;
}

export const userRoutes: readonly Route[] = [
  { method: "GET", pattern: "/v2/users", handle: listUsers },
  { method: "GET", pattern: "/v2/users/:id", handle: getUser },
  { method: "POST", pattern: "/v2/users/extensive", handle: extensiveUsers },
];
