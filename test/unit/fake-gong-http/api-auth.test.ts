import { describe, expect, test } from "vitest";
import { basic, gongErrorOf, fakesClosedAfterEach } from "../../support/fake-gong-kit.js";

const start = fakesClosedAfterEach({ requestsPerSecond: 1000 });

describe("fake Gong over HTTP: the API and its access key", () => {
  test("a good access key gets Gong's JSON, with x-traceid equal to the body's requestId", async () => {
    const { call } = await start();
    const response = await call("/v2/users");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json;charset=UTF-8");
    const body = (await response.json()) as { requestId: string; users: { id: string }[]; records: { totalRecords: number } };
    expect(response.headers.get("x-traceid")).toBe(body.requestId);
    expect(body.users.map((u) => u.id)).toEqual(["201", "202"]);
    expect(body.records.totalRecords).toBe(2);
  });

  test("the query string reaches the fake API (an unknown user id is a 404)", async () => {
    const { call } = await start();
    const response = await call("/v2/users/999");
    expect(response.status).toBe(404);
    expect(response.headers.get("x-traceid")).toMatch(/^[a-z0-9]+$/);
  });

  test("a POST body reaches the fake API as JSON", async () => {
    const { call } = await start();
    const response = await call("/v2/users/extensive", { json: { filter: { userIds: ["202"] } } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { users: { id: string }[] };
    expect(body.users.map((u) => u.id)).toEqual(["202"]);
  });

  test.each([
    ["a wrong secret", basic("fake-key", "wrong")],
    ["a wrong key", basic("other-key", "fake-secret")],
    ["no colon", `Basic ${Buffer.from("fake-key").toString("base64")}`],
    ["an unknown scheme", "Token abc"],
    ["an unknown bearer token", "Bearer not-issued"],
  ])("%s gets 401 in Gong's error shape", async (_label, auth) => {
    const { call } = await start();
    const response = await call("/v2/users", { auth });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await gongErrorOf(response)).not.toBe("");
  });

  test("no Authorization header gets 401", async () => {
    const { call } = await start();
    const response = await call("/v2/workspaces", { auth: null });
    expect(response.status).toBe(401);
    await gongErrorOf(response);
  });

  test("configured credentials replace the defaults", async () => {
    const { call } = await start({ accessKey: "k1", accessKeySecret: "s:with:colons" });
    expect((await call("/v2/workspaces", { auth: basic("k1", "s:with:colons") })).status).toBe(200);
    expect((await call("/v2/workspaces")).status).toBe(401);
  });

  test("an unknown /v2 path is a 404 in Gong's error shape", async () => {
    const { call } = await start();
    const response = await call("/v2/nothing-here");
    expect(response.status).toBe(404);
    await gongErrorOf(response);
  });

  test("a path outside /v2 is a 404 in Gong's error shape, without auth", async () => {
    const { call } = await start();
    const response = await call("/v3/users", { auth: null });
    expect(response.status).toBe(404);
    expect(await gongErrorOf(response)).toBe("Not Found");
  });

  test("a method other than GET or POST is 405", async () => {
    const { call } = await start();
    const response = await call("/v2/users", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(await gongErrorOf(response)).toBe("Method Not Allowed");
  });

  test("a body over the limit is 413, and the connection keeps working", async () => {
    const { call } = await start({ maxBodyBytes: 64 * 1024 });
    const big = { filter: { userIds: Array.from({ length: 20_000 }, (_, i) => String(i)) } };
    const response = await call("/v2/users/extensive", { json: big });
    expect(response.status).toBe(413);
    await gongErrorOf(response);
    expect((await call("/v2/users/extensive", { json: { filter: {} } })).status).toBe(200);
  });

  test("the default limit is 1 MiB", async () => {
    const { call } = await start();
    const response = await call("/v2/users/extensive", { json: { filter: {}, pad: "x".repeat(1024 * 1024) } });
    expect(response.status).toBe(413);
  });

  test("a body that is not JSON is 400, one with another content type 415", async () => {
    const { call } = await start();
    const broken = await call("/v2/users/extensive", { body: "{nope", headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    await gongErrorOf(broken);
    const form = await call("/v2/users/extensive", { body: "filter=1", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    expect(await gongErrorOf(form)).toBe("Unsupported Media Type");
  });
});
