import { describe, expect, test } from "vitest";
import { fakeApi, post } from "./fake-gong-harness.js";
import { ids } from "./small-dataset.js";

interface Instance {
  readonly flowId: string;
  readonly crmProspectId: string;
  readonly flowInstanceId: string;
  readonly flowInstanceStatus: string;
}
interface Assigned {
  readonly prospectsAssigned: readonly Instance[];
  readonly prospectsNotAssigned: readonly { readonly crmProspectId: string; readonly errorCode: string; readonly flowId: string }[];
}

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const assignBody = (crmProspectsIds: unknown, flowId: unknown = ids.companyFlow, flowInstanceOwnerEmail: unknown = "ada@acme.test") => ({
  crmProspectsIds,
  flowId,
  flowInstanceOwnerEmail,
});

describe("POST /v2/flows/prospects/assign", () => {
  test("creates Pending instances that later reads see", () => {
    const api = fakeApi(undefined, { now: () => NOW });
    const answer = post<Assigned>(api, "/v2/flows/prospects/assign", assignBody(["00Q1", "00Q2"], ids.companyFlow, "Bob@acme.test"));
    expect(answer.status).toBe(200);
    expect(answer.body.prospectsNotAssigned).toEqual([]);
    expect(answer.body.prospectsAssigned).toHaveLength(2);
    const first = answer.body.prospectsAssigned[0]!;
    expect(first).toEqual({
      flowId: ids.companyFlow,
      flowName: "Welcome",
      crmProspectId: "00Q1",
      flowInstanceId: expect.stringMatching(/^[1-9]\d{18}$/) as unknown,
      flowInstanceOwnerEmail: "bob@acme.test",
      flowInstanceOwnerFullName: "Bob Rep",
      flowInstanceCreateDate: "2026-06-01T12:00:00.000Z",
      flowInstanceStatus: "Pending",
      workspaceId: ids.sales,
      exclusive: false,
    });
    expect(first.flowInstanceId).not.toBe(answer.body.prospectsAssigned[1]?.flowInstanceId);
    const seen = post<{ prospectsAssigned: readonly Instance[] }>(api, "/v2/flows/prospects", { crmProspectsIds: ["00Q1"] });
    expect(seen.body.prospectsAssigned).toEqual([first]);
  });

  test("a prospect already in the flow, or in an open exclusive flow, is not assigned", () => {
    const api = fakeApi();
    const answer = post<Assigned>(api, "/v2/flows/prospects/assign", assignBody(["003A", "003B", "003C"]));
    expect(answer.body.prospectsNotAssigned.map((p) => [p.crmProspectId, p.errorCode, p.flowId])).toEqual([
      ["003A", "InvalidState", ids.companyFlow],
      ["003B", "InvalidState", ids.companyFlow],
    ]);
    // 003C finished the flow earlier, so it may run it again.
    expect(answer.body.prospectsAssigned.map((p) => p.crmProspectId)).toEqual(["003C"]);
  });

  test("assigning twice: the second time the prospect is already in the flow", () => {
    const api = fakeApi();
    post(api, "/v2/flows/prospects/assign", assignBody(["00Q9"], ids.salesExclusiveFlow));
    const again = post<Assigned>(api, "/v2/flows/prospects/assign", assignBody(["00Q9"], ids.salesExclusiveFlow));
    expect(again.body.prospectsAssigned).toEqual([]);
    expect(again.body.prospectsNotAssigned[0]?.errorCode).toBe("InvalidState");
    const elsewhere = post<Assigned>(api, "/v2/flows/prospects/assign", assignBody(["00Q9"], ids.companyFlow));
    expect(elsewhere.body.prospectsNotAssigned[0]?.errorCode).toBe("InvalidState");
  });

  test("a prospect named twice counts once", () => {
    const answer = post<Assigned>(fakeApi(), "/v2/flows/prospects/assign", assignBody(["00Q1", "00Q1"]));
    expect(answer.body.prospectsAssigned).toHaveLength(1);
    expect(answer.body.prospectsNotAssigned).toEqual([]);
  });

  test.each([
    ["no prospects", assignBody([]), "crmProspectsIds is empty"],
    ["missing prospects", { flowId: ids.companyFlow, flowInstanceOwnerEmail: "ada@acme.test" }, "crmProspectsIds is empty"],
    ["101 prospects", assignBody(Array.from({ length: 101 }, (_, i) => `00Q${i}`)), "crmProspectsIds should be at most 100 ids"],
    ["a numeric flowId", assignBody(["00Q1"], Number(ids.companyFlow)), "flowId should be a valid Long"],
    ["a flowId that is not digits", assignBody(["00Q1"], "abc"), "flowId should be a valid Long"],
    ["no owner e-mail", assignBody(["00Q1"], ids.companyFlow, null), "flowInstanceOwnerEmail: null is not a valid email address"],
    ["a malformed owner e-mail", assignBody(["00Q1"], ids.companyFlow, "ada"), "flowInstanceOwnerEmail: ada is not a valid email address"],
  ])("%s is a 400", (_name, body, message) => {
    expect(post(fakeApi(), "/v2/flows/prospects/assign", body)).toMatchObject({ status: 400, body: { errors: [message] } });
  });

  test("100 prospects are accepted", () => {
    const answer = post<Assigned>(fakeApi(), "/v2/flows/prospects/assign", assignBody(Array.from({ length: 100 }, (_, i) => `00Q${i}`)));
    expect(answer.body.prospectsAssigned).toHaveLength(100);
  });

  test("an unknown flow is 404 Flow not found; an owner who is not a user is a 404", () => {
    expect(post(fakeApi(), "/v2/flows/prospects/assign", assignBody(["00Q1"], "123"))).toMatchObject({ status: 404, body: { errors: ["Flow not found"] } });
    expect(post(fakeApi(), "/v2/flows/prospects/assign", assignBody(["00Q1"], ids.companyFlow, "who@else.test")).status).toBe(404);
  });

  test("a refused request changes nothing", () => {
    const api = fakeApi();
    post(api, "/v2/flows/prospects/assign", assignBody(["00Q1"], "123"));
    expect(post<{ prospectsAssigned: unknown[] }>(api, "/v2/flows/prospects", { crmProspectsIds: ["00Q1"] }).body.prospectsAssigned).toEqual([]);
  });
});
