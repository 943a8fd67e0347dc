import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { SearchTranscripts } from "../../src/application/use-cases/search-transcripts.js";
import { CallerAccess } from "../../src/application/caller-access.js";
import type { GongGateway } from "../../src/application/ports/gong-gateway.js";
import { WINDOW } from "../arbitraries/calls.js";
import { arbScene, type Scene } from "../arbitraries/world.js";
import { StaticGongGateway } from "../support/static-gong-gateway.js";
import { TestCursorCodec } from "../support/test-cursor-codec.js";
import { valueOf } from "../support/use-case-kit.js";
import { oracleCanSee, oracleNewestFirst } from "./visibility-oracle.js";

const NOW = Date.parse(WINDOW.toDateTime);
const arbQuery = fc.constantFrom("hello", "HELLO.", "next", "steps?", "t", "nothing said");

/** The search over a scene, recording the ids of every transcript asked of Gong. */
function searchOver(scene: Scene, pageSize: number) {
  const inner = new StaticGongGateway({ users: scene.users, profiles: scene.profiles, calls: scene.calls, transcripts: scene.transcripts, pageSize });
  const asked: string[] = [];
  const gong: GongGateway = Object.assign(Object.create(inner) as GongGateway, {
    getTranscripts: (ids: readonly string[]) => {
      asked.push(...ids);
      return inner.getTranscripts(ids);
    },
  });
  return { search: new SearchTranscripts(gong, new CallerAccess(gong), { now: () => NOW }, new TestCursorCodec()), asked };
}

/** Contract section 5b read literally: every sentence holding the query, in visible calls of the window, newest call first. */
function expectedHits(scene: Scene, query: string): string[] {
  const q = query.toLowerCase();
  return scene.calls
    .filter((call) => {
      const at = Date.parse(call.started ?? call.scheduled ?? "");
      return at >= Date.parse(WINDOW.fromDateTime) && at < NOW;
    })
    .filter((call) => oracleCanSee(scene.callerId, call, scene.users, scene.profiles))
    .sort(oracleNewestFirst)
    .flatMap((call) => {
      const transcript = scene.transcripts.find((candidate) => candidate.callId === call.id);
      return (transcript?.monologues ?? []).flatMap((monologue) =>
        monologue.sentences.filter((sentence) => sentence.text.toLowerCase().includes(q)).map((sentence) => `${call.id}@${sentence.start}:${sentence.text}`));
    });
}

describe("search_gong_transcripts (contract section 5b)", () => {
  test.prop([arbScene({ maxCalls: 30 }), arbQuery, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 7 })], { numRuns: 300 })(
    "pages yield exactly the visible calls' matching sentences, each once, in order; hidden calls are never read or counted",
    async (scene, query, limit, pageSize) => {
      const { search, asked } = searchOver(scene, pageSize);
      const actor = { userId: scene.callerId };
      const shown: string[] = [];
      let page = valueOf(await search.execute(actor, { query, limit, ...WINDOW }));
      const counted = page.callsSearched;
      for (let pages = 1; ; pages++) {
        expect(page.hits.length).toBeLessThanOrEqual(limit);
        expect(page.callsSearched).toBe(counted);
        shown.push(...page.hits.map((hit) => `${hit.call.id}@${hit.startMs}:${hit.text}`));
        if (page.nextCursor === null || pages > 200) break;
        page = valueOf(await search.execute(actor, { query, limit, ...WINDOW, cursor: page.nextCursor }));
      }
      expect(shown).toEqual(expectedHits(scene, query));
      const visibleInWindow = scene.calls.filter((call) => {
        const at = Date.parse(call.started ?? call.scheduled ?? "");
        return at >= Date.parse(WINDOW.fromDateTime) && at < NOW && oracleCanSee(scene.callerId, call, scene.users, scene.profiles);
      });
      expect(counted).toBe(visibleInWindow.length);
      const visibleIds = new Set(visibleInWindow.map((call) => call.id));
      for (const id of asked) expect(visibleIds.has(id), `asked Gong for the transcript of hidden call ${id}`).toBe(true);
    },
  );

  test.prop([arbScene({ minUsers: 2, maxCalls: 30 }), arbQuery], { numRuns: 100 })(
    "a cursor is the caller's own, and bound to its query",
    async (scene, query) => {
      const { search } = searchOver(scene, 100);
      const first = valueOf(await search.execute({ userId: scene.callerId }, { query, limit: 1, ...WINDOW }));
      // A first page that is the last has no cursor to misuse.
      if (first.nextCursor === null) return;
      const cursor = first.nextCursor;
      expect((await search.execute({ userId: scene.otherId! }, { query, limit: 1, ...WINDOW, cursor })).ok).toBe(false);
      expect((await search.execute({ userId: scene.callerId }, { query: `${query}x`, limit: 1, ...WINDOW, cursor })).ok).toBe(false);
      expect((await search.execute({ userId: scene.callerId }, { query, limit: 1, ...WINDOW, cursor })).ok).toBe(true);
    },
  );
});
