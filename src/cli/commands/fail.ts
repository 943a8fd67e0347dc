import { refuse } from "./refuse.js";

/** Exit code of a command that was set up right but did not get its job done (a refused or timed-out connect). */
export const FAILURE_EXIT = 1;

/** One line on stderr, in refuse's form, and the failure exit code. */
export function fail(line: string): number {
  refuse(line);
  return FAILURE_EXIT;
}

/** One line on stderr, in refuse's form, for a command that still succeeds. */
export function note(line: string): void {
  refuse(line);
}
