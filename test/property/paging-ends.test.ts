import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Page } from "../../src/application/ports/gong-gateway.js";
import type { Logger } from "../../src/application/ports/logger.js";
import { allPages, MAX_PAGES } from "../../src/adapters/gong-wire/paging.js";
import { ok } from "../../src/domain/result.js";

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A Gong whose pages name the cursors of `sequence` in turn (null: the last page), one item per page. */
function pagesOf(sequence: readonly (string | null)[]) {
  let asked = 0;
  const pageAt = (): Promise<ReturnType<typeof ok<Page<number>>>> => {
    const next = asked < sequence.length ? (sequence[asked] ?? null) : "endless-" + String(asked);
    asked += 1;
    return Promise.resolve(ok({ items: [asked], nextCursor: next }));
  };
  return { pageAt, asked: () => asked };
}

// Any cursor sequence ends: repeats, cycles and endless sequences included, within MAX_PAGES requests.
test.prop([fc.array(fc.option(fc.constantFrom("a", "b", "c", "d", "e", "f"), { nil: null, freq: 8 }), { maxLength: 30 })])(
  "following any cursor sequence ends, with every page's items exactly when no cursor repeats",
  async (sequence) => {
    const gong = pagesOf(sequence);
    const answer = await allPages(gong.pageAt, quiet);
    expect(gong.asked()).toBeLessThanOrEqual(MAX_PAGES);
    const end = sequence.indexOf(null);
    const cursors = end === -1 ? sequence : sequence.slice(0, end);
    const clean = end !== -1 && new Set(cursors).size === cursors.length;
    expect(answer.ok).toBe(clean);
    if (answer.ok) expect(answer.value).toHaveLength(end + 1);
  },
);

test.prop([fc.integer({ min: 1, max: 400 })], { numRuns: 20 })("an endless sequence of new cursors stops at the page cap", async (n) => {
  const gong = pagesOf(Array.from({ length: n }, (_, i) => `c${i}`));
  const answer = await allPages(gong.pageAt, quiet);
  expect(answer.ok).toBe(false);
  expect(gong.asked()).toBe(MAX_PAGES);
});

test("pages answered at once (from a cache) never block the event loop", async () => {
  const gong = pagesOf([...Array.from({ length: 50 }, (_, i): string | null => `c${i}`), null]);
  let finished = false;
  const listing = allPages(gong.pageAt, quiet).then((answer) => {
    finished = true;
    return answer;
  });
  // Other work gets a turn while the loop runs: without a yield between pages it would all run in microtasks.
  await new Promise((resolve) => setImmediate(resolve));
  expect(finished).toBe(false);
  expect((await listing).ok).toBe(true);
});
