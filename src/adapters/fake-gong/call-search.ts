import { err, ok } from "../../domain/result.js";
import type { WireCallData } from "../gong-wire/wire/calls.js";
import { failure, messages, type Checked } from "./errors.js";
import type { FakeGongState } from "./fake-gong-state.js";
import { inWindow, optionalString, optionalStrings, readWindow, type JsonObject, type Window } from "./request-input.js";

/** The filter shared by `GET /v2/calls`, `/v2/calls/extensive` and `/v2/calls/transcript`. */
export interface CallFilter {
  readonly window: Window;
  readonly workspaceId: string | undefined;
  readonly callIds: ReadonlySet<string> | undefined;
  readonly primaryUserIds: ReadonlySet<string> | undefined;
}

/** Reads a call filter from a query string or a POST `filter`; `callIds`, when given, must not be empty. */
export function readCallFilter(source: JsonObject): Checked<CallFilter> {
  const window = readWindow(source, "fromDateTime", "toDateTime");
  if (!window.ok) return window;
  const workspaceId = optionalString(source, "workspaceId");
  if (!workspaceId.ok) return workspaceId;
  const callIds = optionalStrings(source, "callIds");
  if (!callIds.ok) return callIds;
  // Confirmed for extensive (dust-tt/dust); UNCONFIRMED for transcript, and the text is made up.
  if (callIds.value?.length === 0) return err(failure(400, messages.invalid("callIds", "a non-empty array")));
  const primaryUserIds = optionalStrings(source, "primaryUserIds");
  if (!primaryUserIds.ok) return primaryUserIds;
  return ok({
    window: window.value,
    workspaceId: workspaceId.value,
    callIds: setOf(callIds.value),
    primaryUserIds: setOf(primaryUserIds.value),
  });
}

/**
 * The matching calls, oldest first. Dates apply to `scheduled ?? started` (web conferences are filed by their
 * scheduled time, gong-api.md section 6). `callIds` narrows the date range rather than replacing it, as the
 * transcript docs say; UNCONFIRMED for extensive. `primaryUserIds` matches the host only.
 */
export function selectCalls(state: FakeGongState, filter: CallFilter): readonly WireCallData[] {
  return state.callsOldestFirst
    .filter(
      ({ call, at }) =>
        inWindow(filter.window, at) &&
        (filter.workspaceId === undefined || call.metaData.workspaceId === filter.workspaceId) &&
        (filter.callIds === undefined || filter.callIds.has(call.metaData.id)) &&
        (filter.primaryUserIds === undefined || filter.primaryUserIds.has(call.metaData.primaryUserId ?? "")),
    )
    .map(({ call }) => call);
}

/** Gong answers an empty call search with 404, not 200 and `[]` (gong-api.md section 3). */
export const noCalls = () => failure(404, messages.noCalls);

const setOf = (values: readonly string[] | undefined): ReadonlySet<string> | undefined =>
  values === undefined ? undefined : new Set(values);
