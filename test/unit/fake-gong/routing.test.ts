import { describe, expect, test } from "vitest";
import { fakeApi, get, post } from "./fake-gong-harness.js";
import { ids } from "./small-dataset.js";

const api = fakeApi();

describe("routing and envelopes", () => {
  test("an unknown path is a 404 in Gong's error shape", () => {
    const answer = get(api, "/v2/nothing-here");
    expect(answer.status).toBe(404);
    expect(Object.keys(answer.body)).toEqual(["requestId", "errors"]);
  });

  test.each([
    ["POST", "/v2/users"],
    ["GET", "/v2/calls/extensive"],
    ["GET", "/v2/calls/transcript"],
    ["GET", "/v2/flows/prospects/assign"],
    ["POST", `/v2/calls/${ids.richCall}`],
  ] as const)("%s %s is 405 Method Not Allowed", (method, path) => {
    const answer = api.handle({ method, path, body: {} });
    expect(answer).toMatchObject({ status: 405, body: { errors: ["Method Not Allowed"] } });
  });

  test("every body starts with a fresh requestId", () => {
    const answers = [get(api, "/v2/workspaces"), get(api, "/v2/calls/1"), post(api, "/v2/calls/extensive", {})];
    const requestIds = answers.map((a) => a.body.requestId);
    for (const answer of answers) expect(Object.keys(answer.body)[0]).toBe("requestId");
    for (const id of requestIds) expect(id).toMatch(/^[a-z0-9]{17,19}$/);
    expect(new Set(requestIds).size).toBe(3);
  });

  test("a query string in the path is read like the query", () => {
    const answer = api.handle({ method: "GET", path: `/v2/permission-profile/users?profileId=${ids.repProfile}` });
    expect(answer.status).toBe(200);
  });

  test("the exchange wraps every answer, 4xx included, in ok", async () => {
    const result = await api.exchange({ method: "GET", path: "/v2/calls/1" });
    expect(result.ok && result.value.status).toBe(404);
  });

  test("a page size that is not a positive integer is a bug", () => {
    expect(() => fakeApi(undefined, { pageSize: 0 })).toThrow(RangeError);
  });
});
