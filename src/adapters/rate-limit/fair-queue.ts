/**
 * Per-key FIFO queues served round-robin, so one key's long backlog cannot starve another key: an item
 * waits for at most one item of every other waiting key before its own key's turn comes.
 */
export class FairQueue<T> {
  // Map order is the rotation: the key served next is first, and a served key that still waits moves last.
  private readonly queues = new Map<string, T[]>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(key: string, item: T): void {
    const queue = this.queues.get(key);
    if (queue === undefined) this.queues.set(key, [item]);
    else queue.push(item);
    this.count++;
  }

  /**
   * Puts `item` first in line: at the head of its key's queue, with its key's turn next. For an item that
   * was served and handed back through no fault of its own, so it loses neither its place nor its turn.
   */
  pushFront(key: string, item: T): void {
    const queue = [item, ...(this.queues.get(key) ?? [])];
    const others = [...this.queues].filter(([other]) => other !== key);
    this.queues.clear();
    for (const [k, q] of [[key, queue] as const, ...others]) this.queues.set(k, q);
    this.count++;
  }

  /** The oldest item of the key whose turn it is, or undefined when nothing waits. */
  shift(): T | undefined {
    const next = this.queues.entries().next();
    if (next.done === true) return undefined;
    const [key, queue] = next.value;
    const item = queue.shift();
    this.queues.delete(key);
    if (queue.length > 0) this.queues.set(key, queue);
    this.count--;
    return item;
  }

  /** Takes `item` out of its key's queue; false when it no longer waits (already served or removed). */
  remove(key: string, item: T): boolean {
    const queue = this.queues.get(key);
    const index = queue?.indexOf(item) ?? -1;
    if (queue === undefined || index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(key);
    this.count--;
    return true;
  }

  /** Takes out every waiting item that `doomed` picks, and returns them. */
  removeWhere(doomed: (item: T) => boolean): T[] {
    const removed: T[] = [];
    for (const [key, queue] of this.queues) {
      for (const item of queue.filter(doomed)) {
        this.remove(key, item);
        removed.push(item);
      }
    }
    return removed;
  }
}
