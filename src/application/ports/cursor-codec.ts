/**
 * Seals our own paging state into an opaque token and opens it again. A token that was altered, or sealed
 * by someone else, does not open (undefined). `boundTo` is signed into the token but not carried in it: a
 * token opens only with the same `boundTo` it was sealed with (a long query costs the token nothing).
 */
export interface CursorCodec {
  seal(state: Readonly<Record<string, unknown>>, boundTo?: string): string;
  open(token: string, boundTo?: string): Readonly<Record<string, unknown>> | undefined;
}
