import { success, type Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";
import type { Route } from "./route.js";

/** `GET /v2/workspaces`: all of them, no paging (gong-api.md section 11). */
const listWorkspaces = (_input: unknown, state: FakeGongState): Reply => success({ workspaces: state.dataset.workspaces });

export const workspaceRoutes: readonly Route[] = [{ method: "GET", pattern: "/v2/workspaces", handle: listWorkspaces }];
