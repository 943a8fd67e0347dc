import { fc, test as propTest } from "@fast-check/vitest";
import { Arbitrary, FastCheck, type Schema } from "effect";
import { describe, expect, test } from "vitest";
import type { WireRequest, WireResponse } from "../../src/adapters/gong-wire/wire-exchange.js";
import type { WireGongGateway } from "../../src/adapters/gong-wire/wire-gong-gateway.js";
import { WireCallsPage } from "../../src/adapters/gong-wire/wire/calls.js";
import { WireAssignResponse, WireFlowsPage, WireProspectsResponse } from "../../src/adapters/gong-wire/wire/flows.js";
import { WireProfilesResponse, WireProfileUsersResponse } from "../../src/adapters/gong-wire/wire/permission-profiles.js";
import { WireTranscriptsPage } from "../../src/adapters/gong-wire/wire/transcripts.js";
import { WireUserResponse, WireUsersPage } from "../../src/adapters/gong-wire/wire/users.js";
import { WireWorkspacesResponse } from "../../src/adapters/gong-wire/wire/workspaces.js";
import { gatewayOver } from "../support/stub-exchange.js";

/**
 * Whatever Gong answers, the gateway returns a Result and never throws. Bodies come from the wire schemas
 * themselves (effect's Arbitrary.make) and from random JSON. Effect's arbitraries are built on its own
 * fast-check 3, which the fast-check 4 runner of @fast-check/vitest cannot drive: those properties run
 * with effect's FastCheck.
 */

type Run = (gateway: WireGongGateway) => Promise<unknown>;

const SEARCH = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-02-01T00:00:00Z" };

const METHODS: readonly { readonly name: string; readonly schema: Schema.Schema<unknown>; readonly run: Run }[] = [
  { name: "listUsers", schema: WireUsersPage as Schema.Schema<unknown>, run: (g) => g.listUsers() },
  { name: "getUser", schema: WireUserResponse as Schema.Schema<unknown>, run: (g) => g.getUser("1") },
  { name: "listWorkspaces", schema: WireWorkspacesResponse as Schema.Schema<unknown>, run: (g) => g.listWorkspaces() },
  { name: "listPermissionProfiles", schema: WireProfilesResponse as Schema.Schema<unknown>, run: (g) => g.listPermissionProfiles("1") },
  { name: "listProfileMembers", schema: WireProfileUsersResponse as Schema.Schema<unknown>, run: (g) => g.listProfileMembers("1") },
  { name: "searchCalls", schema: WireCallsPage as Schema.Schema<unknown>, run: (g) => g.searchCalls(SEARCH, null) },
  { name: "getDetailedCalls", schema: WireCallsPage as Schema.Schema<unknown>, run: (g) => g.getDetailedCalls(["1", "2"]) },
  { name: "getTranscripts", schema: WireTranscriptsPage as Schema.Schema<unknown>, run: (g) => g.getTranscripts(["1"]) },
  { name: "listFlows", schema: WireFlowsPage as Schema.Schema<unknown>, run: (g) => g.listFlows("a@example.com", "1", null) },
  { name: "flowsForProspects", schema: WireProspectsResponse as Schema.Schema<unknown>, run: (g) => g.flowsForProspects(["p"]) },
  { name: "assignFlow", schema: WireAssignResponse as Schema.Schema<unknown>, run: (g) => g.assignFlow("7", ["p"], "a@example.com") },
];

const DOMAIN_ERROR_TAGS = [
  "NotConnected",
  "Unauthorized",
  "Forbidden",
  "NotFound",
  "UnknownUser",
  "InvalidInput",
  "RateLimited",
  "UpstreamFailed",
];

interface AnyResult {
  readonly ok: boolean;
  readonly error?: { readonly _tag: string };
}

/** Runs `run` against a gateway whose Gong gives `answer`; fails the property on a throw or a non-Result. */
async function resultOf(run: Run, answer: (request: WireRequest, index: number) => WireResponse): Promise<AnyResult> {
  const { gateway } = gatewayOver(answer);
  const result = (await run(gateway)) as AnyResult;
  expect(typeof result.ok).toBe("boolean");
  if (!result.ok) expect(DOMAIN_ERROR_TAGS).toContain(result.error?._tag);
  return result;
}

/** Without `records`, a page is the last: the same answer twice cannot look like a loop of cursors. */
function lastPage(body: unknown): unknown {
  return typeof body === "object" && body !== null && "records" in body ? { ...body, records: null } : body;
}

describe("bodies that match the wire schemas (Arbitrary.make)", () => {
  test.each(METHODS)("$name maps every schema-valid answer", async ({ schema, run }) => {
    await FastCheck.assert(
      FastCheck.asyncProperty(Arbitrary.make(schema), async (body) => {
        const result = await resultOf(run, () => ({ status: 200, body: lastPage(body) }));
        expect(result.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test.each(METHODS)("$name returns a Result even when Gong repeats a cursor", async ({ schema, run }) => {
    await FastCheck.assert(
      FastCheck.asyncProperty(Arbitrary.make(schema), async (body) => {
        await resultOf(run, () => ({ status: 200, body }));
      }),
      { numRuns: 30 },
    );
  });
});

describe("random JSON with any status", () => {
  const status = fc.oneof(fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 429, 500), fc.integer({ min: 100, max: 599 }));
  const runs: readonly Run[] = METHODS.map((method) => method.run);

  propTest.prop([fc.constantFrom(...runs), status, fc.jsonValue()], { numRuns: 300 })(
    "every method returns a Result and never throws",
    async (run, answerStatus, body) => {
      await resultOf(run, () => ({ status: answerStatus, body }));
    },
  );

  propTest.prop([fc.constantFrom(...runs), fc.array(fc.tuple(status, fc.jsonValue()), { minLength: 1, maxLength: 4 })], {
    numRuns: 200,
  })("a different answer on every request still gives a Result", async (run, answers) => {
    await resultOf(run, (_request, index) => {
      const [answerStatus, body] = answers[index % answers.length]!;
      return { status: answerStatus, body };
    });
  });
});
