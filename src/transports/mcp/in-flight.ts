/**
 * Counts tool calls still running, so that a transport closing because its client hung up (stdin ended)
 * can first let the answers already asked for go out.
 */
export class InFlight {
  private running = 0;
  private waiters: (() => void)[] = [];

  /** Marks one call as started; call the returned function once it has answered. */
  start(): () => void {
    this.running += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  /** How many calls are running. */
  get count(): number {
    return this.running;
  }

  /** Resolves once no call is running (at once if none is). */
  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
