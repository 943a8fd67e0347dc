import { err, ok } from "../../../domain/result.js";
import { failure, messages, success, type Checked, type Reply } from "../errors.js";
import { fullNameOf, without, type DatasetProfile, type FakeGongState } from "../fake-gong-state.js";
import type { Route, RouteInput } from "./route.js";

/** The dataset's links (workspace, members) are not part of Gong's `PermissionProfileDTO`. */
const toWire = (profile: DatasetProfile) => without(profile, ["workspaceId", "userIds"]);

const nameKey = (profile: DatasetProfile): string => (profile.name ?? "").toLowerCase();

/** `GET /v2/all-permission-profiles?workspaceId=`: case-insensitive name order, no paging (gong-api.md section 10). */
function listProfiles({ query }: RouteInput, state: FakeGongState): Reply {
  const workspaceId = query.workspaceId;
  // UNCONFIRMED: the 400 text when workspaceId is missing (the live API demands it).
  if (workspaceId === undefined || workspaceId === "") return failure(400, messages.missing("workspaceId"));
  // UNCONFIRMED: an unknown workspace answering 400 "Bad request", as an unknown profileId does.
  if (!state.dataset.workspaces.some((w) => w.id === workspaceId)) return failure(400, messages.badRequest);
  const profiles = state.dataset.permissionProfiles
    .filter((p) => p.workspaceId === workspaceId)
    .sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0));
  return success({ profiles: profiles.map(toWire) });
}

/** The profile named by `?profileId=`; an unknown or missing id is 400 "Bad request" (recorded for /users). */
function findProfile(query: RouteInput["query"], state: FakeGongState): Checked<DatasetProfile> {
  const profile = query.profileId === undefined ? undefined : state.profile(query.profileId);
  return profile === undefined ? err(failure(400, messages.badRequest)) : ok(profile);
}

/** `GET /v2/permission-profile?profileId=`. */
function getProfile({ query }: RouteInput, state: FakeGongState): Reply {
  const found = findProfile(query, state);
  // UNCONFIRMED: an unknown profileId here answering like /permission-profile/users does.
  return found.ok ? success({ profile: toWire(found.value) }) : found.error;
}

/** `GET /v2/permission-profile/users?profileId=`: members as `{ id, fullName, emailAddress }`. */
function profileUsers({ query }: RouteInput, state: FakeGongState): Reply {
  const found = findProfile(query, state);
  if (!found.ok) return found.error;
  const users = found.value.userIds.flatMap((id) => {
    const user = state.user(id);
    return user === undefined ? [] : [{ id: user.id, fullName: fullNameOf(user), emailAddress: user.emailAddress ?? null }];
  });
  return success({ users });
}

export const profileRoutes: readonly Route[] = [
  { method: "GET", pattern: "/v2/all-permission-profiles", handle: listProfiles },
  { method: "GET", pattern: "/v2/permission-profile", handle: getProfile },
  { method: "GET", pattern: "/v2/permission-profile/users", handle: profileUsers },
];
