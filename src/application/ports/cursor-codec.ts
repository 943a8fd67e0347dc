/**
 * Seals our own paging state into an opaque token and opens it again. A token that was altered, or sealed
 * by someone else, does not open (undefined).
 */
export interface CursorCodec {
  seal(state: Readonly<Record<string, unknown>>): string;
  open(token: string): Readonly<Record<string, unknown>> | undefined;
}
