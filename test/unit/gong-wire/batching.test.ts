import { describe, expect, test } from "vitest";
import type { WireRequest, WireResponse } from "../../../src/adapters/gong-wire/wire-exchange.js";
import type { WireGongGateway } from "../../../src/adapters/gong-wire/wire-gong-gateway.js";
import type { DomainError } from "../../../src/domain/errors.js";
import type { Result } from "../../../src/domain/result.js";
import { gatewayOver, gongError } from "../../support/stub-exchange.js";

/** Ids beyond 2^53, as Gong's are. */
const ids = (count: number, prefix = "") =>
  Array.from({ length: count }, (_, index) => `${prefix}${1000000000000000000n + BigInt(index)}`);
const idsOf = (request: WireRequest): readonly string[] => {
  const body = request.body as { filter?: { callIds?: string[] }; crmProspectsIds?: string[] };
  return body.filter?.callIds ?? body.crmProspectsIds ?? [];
};

/** Echoes every requested id back as Gong would, so the joined result can be checked too. */
function echo(request: WireRequest): WireResponse {
  const requested = idsOf(request);
  switch (request.path) {
    case "/v2/calls/extensive":
      return { status: 200, body: { records: {}, calls: requested.map((id) => ({ metaData: { id } })) } };
    case "/v2/calls/transcript":
      return { status: 200, body: { records: {}, callTranscripts: requested.map((callId) => ({ callId, transcript: [] })) } };
    default:
      return {
        status: 200,
        body: { prospectsAssigned: requested.map((crmProspectId) => ({ crmProspectId, flowId: "7", flowInstanceStatus: "Running" })) },
      };
  }
}

/** Each batched method, reduced to the ids found in its answer (undefined when it failed). */
const BATCHED: readonly { name: string; run: (g: WireGongGateway, ids: readonly string[]) => Promise<readonly string[] | undefined> }[] = [
  { name: "getCalls", run: async (g, list) => found(await g.getCalls(list), (call) => call.id) },
  { name: "getDetailedCalls", run: async (g, list) => found(await g.getDetailedCalls(list), (call) => call.id) },
  { name: "getTranscripts", run: async (g, list) => found(await g.getTranscripts(list), (transcript) => transcript.callId) },
  { name: "flowsForProspects", run: async (g, list) => found(await g.flowsForProspects(list), (flow) => flow.crmProspectId) },
  {
    name: "assignFlow",
    run: async (g, list) => {
      const outcome = await g.assignFlow("7", list, "owner@example.com");
      return outcome.ok ? outcome.value.assigned.map((flow) => flow.crmProspectId) : undefined;
    },
  },
];

function found<T>(result: Result<readonly T[], DomainError>, id: (item: T) => string): readonly string[] | undefined {
  return result.ok ? result.value.map(id) : undefined;
}

describe.each(BATCHED)("$name", ({ run }) => {
  test("250 ids go as 100, 100 and 50, in order, and every answer is kept", async () => {
    const { gateway, stub } = gatewayOver(echo);
    const requested = ids(250);
    expect(await run(gateway, requested)).toEqual(requested);
    expect(stub.requests.map((request) => idsOf(request).length)).toEqual([100, 100, 50]);
    expect(stub.requests.flatMap(idsOf)).toEqual(requested);
  });

  test("no ids: no request at all (Gong 400s on an empty id list)", async () => {
    const { gateway, stub } = gatewayOver(echo);
    expect(await run(gateway, [])).toEqual([]);
    expect(stub.requests).toHaveLength(0);
  });

  test("duplicate ids are sent once (Gong wants unique ids)", async () => {
    const { gateway, stub } = gatewayOver(echo);
    await run(gateway, ["1", "2", "1", "2", "3"]);
    expect(stub.requests.map(idsOf)).toEqual([["1", "2", "3"]]);
  });
});

describe("assignFlow across batches", () => {
  const assignedOnce = (request: WireRequest): WireResponse => echo(request);

  test("the body carries the flow id as a string and the owner", async () => {
    const { gateway, stub } = gatewayOver(assignedOnce);
    await gateway.assignFlow("8046375302174203977", ["p1"], "owner@example.com");
    expect(stub.requests[0]?.body).toEqual({
      crmProspectsIds: ["p1"],
      flowId: "8046375302174203977",
      flowInstanceOwnerEmail: "owner@example.com",
    });
  });

  test("prospects Gong did not assign are failed, with Gong's code and message as the reason", async () => {
    const { gateway } = gatewayOver(() => ({
      status: 200,
      body: {
        prospectsAssigned: [{ crmProspectId: "p1", flowId: "7" }],
        prospectsNotAssigned: [
          { crmProspectId: "p2", flowId: "7", errorCode: "InvalidState", errorMessage: "Prospect is already in an exclusive flow" },
          { crmProspectId: "p3", flowId: "7", errorCode: null, errorMessage: null },
        ],
      },
    }));
    const outcome = await gateway.assignFlow("7", ["p1", "p2", "p3"], "owner@example.com");
    expect(outcome.ok && outcome.value.assigned.map((flow) => flow.crmProspectId)).toEqual(["p1"]);
    expect(outcome.ok && outcome.value.failed).toEqual([
      { crmProspectId: "p2", reason: "InvalidState: Prospect is already in an exclusive flow" },
      { crmProspectId: "p3", reason: expect.stringContaining("no reason") as unknown },
    ]);
  });

  test("a later batch failing keeps the earlier result; that batch and the unsent ones are failed", async () => {
    const { gateway, stub } = gatewayOver((request, index) => (index === 0 ? echo(request) : gongError(500, "boom")));
    const requested = ids(250, "p");
    const outcome = await gateway.assignFlow("7", requested, "owner@example.com");
    if (!outcome.ok) throw new Error("expected an outcome");
    expect(stub.requests).toHaveLength(2);
    expect(outcome.value.assigned.map((flow) => flow.crmProspectId)).toEqual(requested.slice(0, 100));
    expect(outcome.value.failed.map((failure) => failure.crmProspectId)).toEqual(requested.slice(100));
    expect(outcome.value.failed[0]?.reason).toContain("HTTP 500");
    expect(outcome.value.failed[100]?.reason).toContain("not sent");
  });

  test("a later 404 reports the flow as gone for that batch, keeping the earlier result", async () => {
    const { gateway } = gatewayOver((request, index) => (index === 0 ? echo(request) : gongError(404, "Flow not found")));
    const outcome = await gateway.assignFlow("7", ids(150, "p"), "owner@example.com");
    expect(outcome.ok && outcome.value.assigned).toHaveLength(100);
    expect(outcome.ok && outcome.value.failed[0]?.reason).toContain("no longer found the flow");
  });

  test("a first batch failing is the answer: nothing was assigned, nothing more is sent", async () => {
    const { gateway, stub } = gatewayOver(() => gongError(503, "unavailable"));
    expect(await gateway.assignFlow("7", ids(250, "p"), "owner@example.com")).toEqual({
      ok: false,
      error: { _tag: "UpstreamFailed", reason: "Status", status: 503 },
    });
    expect(stub.requests).toHaveLength(1);
  });
});
