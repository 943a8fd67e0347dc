/**
 * Every expected failure, as one closed union (ADR 0002). Transports turn it into words in exactly one
 * place; nothing here carries a token, a raw body or a stack.
 */
export type DomainError =
  | { readonly _tag: "NotConnected" }
  | { readonly _tag: "Unauthorized"; readonly detail: string }
  | { readonly _tag: "Forbidden"; readonly detail: string }
  /** Also the answer when the caller may not see the thing: the two read the same (ADR 0006). */
  | { readonly _tag: "NotFound"; readonly what: "call" | "user" | "flow"; readonly id: string }
  | { readonly _tag: "UnknownUser"; readonly userId: string }
  | { readonly _tag: "InvalidInput"; readonly field: string; readonly expected: string }
  /**
   * No answer before `resetsAt`: the daily budget is spent (nothing was sent upstream), or, with
   * `by: "gong"`, Gong kept answering 429 until the call's time ran out.
   */
  | { readonly _tag: "RateLimited"; readonly resetsAt: string; readonly by?: "gong" }
  /** Something on this server (its data dir, a file) failed, so nothing was sent to Gong; names the path. */
  | { readonly _tag: "LocalFailure"; readonly detail: string }
  | {
      readonly _tag: "UpstreamFailed";
      readonly reason: "Transport" | "Timeout" | "Status" | "Decode" | "Throttled" | "Paging";
      readonly status?: number;
      /** When a retry is worth it, in seconds from now, if known. */
      readonly retryInSeconds?: number;
    };

export const notConnected = (): DomainError => ({ _tag: "NotConnected" });
export const notFound = (what: "call" | "user" | "flow", id: string): DomainError => ({ _tag: "NotFound", what, id });
export const unknownUser = (userId: string): DomainError => ({ _tag: "UnknownUser", userId });
export const invalidInput = (field: string, expected: string): DomainError => ({ _tag: "InvalidInput", field, expected });
export const forbidden = (detail: string): DomainError => ({ _tag: "Forbidden", detail });
