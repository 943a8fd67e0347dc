import type { UserId } from "../domain/ids.js";

/** Who a request acts for: taken from the transport's verified context, never from tool arguments. */
export interface Actor {
  readonly userId: UserId;
}
