import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { ListCallsInput } from "../../src/application/use-cases/list-calls.js";
import type { DomainError } from "../../src/domain/errors.js";
import { WINDOW } from "../arbitraries/calls.js";
import { arbWorkspaceId } from "../arbitraries/profiles.js";
import { arbScene, type Scene } from "../arbitraries/world.js";
import { kitOver, valueOf, type Kit } from "../support/use-case-kit.js";
import { oracleCanSee, oracleNewestFirst } from "./visibility-oracle.js";

const DAY_MS = 86_400_000;
const NOW = Date.parse(WINDOW.toDateTime);
const REJECTED: DomainError = { _tag: "InvalidInput", field: "cursor", expected: expect.any(String) as string };

const arbQuery = fc.record({
  explicitWindow: fc.boolean(),
  workspaceId: fc.option(arbWorkspaceId, { nil: undefined, freq: 3 }),
  limit: fc.integer({ min: 1, max: 6 }),
  upstreamPageSize: fc.integer({ min: 1, max: 7 }),
});
type Query = typeof arbQuery extends fc.Arbitrary<infer Q> ? Q : never;

function inputOf(query: Query): ListCallsInput {
  return {
    limit: query.limit,
    ...(query.explicitWindow ? WINDOW : {}),
    ...(query.workspaceId === undefined ? {} : { workspaceId: query.workspaceId }),
  };
}

/** The ids the caller should get, newest first: every visible call of the window (and workspace). */
function expectedIds(scene: Scene, query: Query): string[] {
  const from = query.explicitWindow ? Date.parse(WINDOW.fromDateTime) : NOW - 30 * DAY_MS;
  const to = query.explicitWindow ? Date.parse(WINDOW.toDateTime) : NOW;
  return scene.calls
    .filter((call) => {
      const at = Date.parse(call.started ?? call.scheduled ?? "");
      return at >= from && at < to && (query.workspaceId === undefined || call.workspaceId === query.workspaceId);
    })
    .filter((call) => oracleCanSee(scene.callerId, call, scene.users, scene.profiles))
    .sort(oracleNewestFirst)
    .map((call) => call.id);
}

function kitFor(scene: Scene, query: Query): Kit {
  return kitOver({ ...scene, pageSize: query.upstreamPageSize }, NOW);
}

function tamper(token: string, at: number): string {
  const index = at % token.length;
  const replacement = token[index] === "A" ? "B" : "A";
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe("list_gong_calls paging", () => {
  test.prop([arbScene({ maxCalls: 30 }), arbQuery], { numRuns: 200 })(
    "following next_cursor yields exactly the visible calls of the window, newest first, once each",
    async (scene, query) => {
      const { useCases } = kitFor(scene, query);
      const input = inputOf(query);
      const shown: string[] = [];
      let page = valueOf(await useCases.listCalls.execute({ userId: scene.callerId }, input));
      if (page.calls.length === 0) expect(page.nextCursor).toBeNull();
      for (let pages = 1; ; pages++) {
        expect(page.calls.length).toBeLessThanOrEqual(query.limit);
        if (pages > 1) expect(page.calls.length).toBeGreaterThan(0);
        shown.push(...page.calls.map((call) => call.id));
        if (page.nextCursor === null || pages > scene.calls.length) break;
        page = valueOf(await useCases.listCalls.execute({ userId: scene.callerId }, { ...input, cursor: page.nextCursor }));
      }
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown).toEqual(expectedIds(scene, query));
    },
  );

  test.prop([arbScene({ minUsers: 2, maxCalls: 30 }), arbQuery, fc.nat(), arbWorkspaceId], { numRuns: 200 })(
    "a cursor works only for its own caller, its own query and unaltered",
    async (scene, query, at, otherWorkspace) => {
      const { useCases } = kitFor(scene, query);
      const input = inputOf(query);
      const first = valueOf(await useCases.listCalls.execute({ userId: scene.callerId }, { ...input, limit: 1 }));
      fc.pre(first.nextCursor !== null);
      const cursor = first.nextCursor;
      const asCaller = (changed: ListCallsInput) => useCases.listCalls.execute({ userId: scene.callerId }, changed);

      expect(await useCases.listCalls.execute({ userId: scene.otherId! }, { ...input, cursor })).toEqual({
        ok: false,
        error: REJECTED,
      });
      expect(await asCaller({ ...input, cursor: tamper(cursor, at) })).toEqual({ ok: false, error: REJECTED });
      expect(await asCaller({ ...input, cursor: cursor.slice(0, -1) })).toEqual({ ok: false, error: REJECTED });
      const otherWindow = { ...input, fromDateTime: "2026-03-01T00:00:00.001Z", cursor };
      expect(await asCaller(otherWindow)).toEqual({ ok: false, error: REJECTED });
      if (otherWorkspace !== query.workspaceId) {
        expect(await asCaller({ ...input, workspaceId: otherWorkspace, cursor })).toEqual({ ok: false, error: REJECTED });
      }
      expect((await asCaller({ ...input, cursor })).ok).toBe(true);
    },
  );
});
