import type { Reply } from "../errors.js";
import type { FakeGongState } from "../fake-gong-state.js";

export interface RouteInput {
  /** Values of the `:name` segments of the route's pattern. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface Route {
  readonly method: "GET" | "POST";
  /** A path such as `/v2/calls/:id`; `:name` matches one segment. */
  readonly pattern: string;
  readonly handle: (input: RouteInput, state: FakeGongState) => Reply;
}
