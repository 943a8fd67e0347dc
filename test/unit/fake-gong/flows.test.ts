import { describe, expect, test } from "vitest";
import { fakeApi, get, post, type Records } from "./fake-gong-harness.js";
import { ids, smallDataset } from "./small-dataset.js";

interface FlowsPage {
  readonly records: Records;
  readonly flows: readonly (Readonly<Record<string, unknown>> & { readonly id: string })[];
}
interface Prospects {
  readonly prospectsAssigned: readonly { readonly flowInstanceId: string; readonly crmProspectId: string }[];
}

const api = fakeApi();
const flowIds = (query: Record<string, string>) => get<FlowsPage>(api, "/v2/flows", query).body.flows.map((f) => f.id);

describe("GET /v2/flows", () => {
  test("company flows, the owner's personal flows and flows shared with them", () => {
    const company = [ids.companyFlow, ids.opsExclusiveFlow, ids.salesExclusiveFlow];
    const inDatasetOrder = (flows: readonly string[]) => Object.values(ids).filter((id) => flows.includes(id));
    // Bob: his personal flow, and Cy's shared flow, shared with him (written in upper case).
    expect(flowIds({ flowOwnerEmail: "bob@acme.test" })).toEqual(inDatasetOrder([...company, ids.bobPersonalFlow, ids.cySharedFlow]));
    expect(flowIds({ flowOwnerEmail: "cy@acme.test" })).toEqual(inDatasetOrder([...company, ids.cySharedFlow]));
    expect(flowIds({ flowOwnerEmail: "dee@acme.test" })).toEqual(company);
  });

  test("e-mails match whatever their case", () => {
    expect(flowIds({ flowOwnerEmail: "Bob@ACME.test" })).toContain(ids.cySharedFlow);
  });

  test("workspaceId keeps that workspace's flows", () => {
    expect(flowIds({ flowOwnerEmail: "dee@acme.test", workspaceId: ids.ops })).toEqual([ids.opsExclusiveFlow]);
  });

  test("flows carry Gong's fields only", () => {
    const flow = get<FlowsPage>(api, "/v2/flows", { flowOwnerEmail: "cy@acme.test" }).body.flows[1];
    expect(flow).toEqual({
      id: ids.cySharedFlow,
      name: "Cy's shared",
      folderId: "9001",
      folderName: "Main",
      visibility: "Shared",
      creationDate: "2025-01-01T00:00:00Z",
      exclusive: false,
    });
  });

  test("no flows is a 200 with an empty list", () => {
    const answer = get<FlowsPage>(api, "/v2/flows", { flowOwnerEmail: "dee@acme.test", workspaceId: "123" });
    expect(answer).toMatchObject({ status: 200, body: { records: { totalRecords: 0, currentPageSize: 0, currentPageNumber: 0 }, flows: [] } });
  });

  test("flowOwnerEmail is required and must be a user", () => {
    expect(get(api, "/v2/flows")).toMatchObject({ status: 400, body: { errors: ["flowOwnerEmail parameter is missing"] } });
    expect(get(api, "/v2/flows", { flowOwnerEmail: "who@else.test" }).status).toBe(404);
  });

  test("100 flows a page", () => {
    const input = smallDataset();
    const flows = Array.from({ length: 150 }, (_, i) => ({ id: String(4100 + i), name: `F${i}`, visibility: "Company" }));
    const many = fakeApi({ ...input, flows, prospectFlows: [] });
    const first = get<FlowsPage>(many, "/v2/flows", { flowOwnerEmail: "ada@acme.test" });
    expect(first.body.records).toMatchObject({ totalRecords: 150, currentPageSize: 100 });
    const second = get<FlowsPage>(many, "/v2/flows", { flowOwnerEmail: "ada@acme.test", cursor: first.body.records.cursor! });
    expect(second.body.records).toEqual({ totalRecords: 150, currentPageSize: 50, currentPageNumber: 1 });
  });
});

describe("POST /v2/flows/prospects", () => {
  const prospects = (body: unknown) => post<Prospects>(api, "/v2/flows/prospects", body);

  test("by CRM id: open instances only", () => {
    const answer = prospects({ crmProspectsIds: ["003A", "003C"] });
    expect(answer.body.prospectsAssigned.map((p) => p.flowInstanceId)).toEqual([ids.runningInstance]);
    expect(answer.body).not.toHaveProperty("records");
  });

  test("by instance id: finished ones too", () => {
    expect(prospects({ flowInstanceIds: [ids.finishedInstance] }).body.prospectsAssigned.map((p) => p.crmProspectId)).toEqual(["003C"]);
  });

  test("an unknown prospect is a 200 with nothing", () => {
    expect(prospects({ crmProspectsIds: ["test-prospect-123"] })).toMatchObject({ status: 200, body: { prospectsAssigned: [] } });
  });

  test("a body naming nothing is a 400", () => {
    expect(prospects({}).status).toBe(400);
    expect(prospects({ crmProspectsIds: "003A" }).status).toBe(400);
  });
});
