import { createServer } from "node:net";
import { describe, expect, test } from "vitest";
import { startFakeGongServer } from "../../../src/adapters/fake-gong-http/fake-gong-server.js";
import { basic, connectByOAuth, KEY_AUTH, tinyDataset, tokenRequest, fakesClosedAfterEach } from "../../support/fake-gong-kit.js";

const start = fakesClosedAfterEach();

describe("fake Gong over HTTP: stats", () => {
  test("counts API requests by path, token requests apart, 401s and 429s; reset zeroes them", async () => {
    const f = await start();
    await connectByOAuth(f); // one token request
    await tokenRequest(f, { grant_type: "refresh_token", refresh_token: "unknown" }); // a second, failed
    await f.call("/v2/users");
    await f.call("/v2/users?cursor=abc");
    await f.call("/v2/workspaces", { auth: basic("x", "y") });
    await f.call("/v2/workspaces");
    await f.call("/v2/workspaces"); // the 4th authenticated request in the same instant: 429
    const stats: unknown = await (await fetch(`${f.server.url}/__stats`)).json();
    expect(stats).toEqual({
      apiRequests: 5,
      tokenRequests: 2,
      byPath: { "/v2/users": 2, "/v2/workspaces": 3 },
      rateLimited: 1,
      unauthorized: 1,
    });
    expect(f.server.stats()).toEqual(stats);

    const reset = await fetch(`${f.server.url}/__stats/reset`, { method: "POST" });
    expect(await reset.json()).toEqual({ apiRequests: 0, tokenRequests: 0, byPath: {}, rateLimited: 0, unauthorized: 0 });
    expect(f.server.stats().apiRequests).toBe(0);
  });

  test("an unknown admin path is a 404", async () => {
    const fake = await start();
    expect((await fetch(`${fake.server.url}/__nope`)).status).toBe(404);
    expect((await fetch(`${fake.server.url}/__stats`, { method: "DELETE" })).status).toBe(404);
  });
});

describe("fake Gong over HTTP: lifecycle", () => {
  test("prints one startup line with the URL and the demo credentials", async () => {
    const fake = await start();
    expect(fake.lines).toEqual([
      `fake Gong listening on ${fake.server.url} (access key: fake-key, secret: fake-secret; OAuth client: fake-client-id, secret: fake-client-secret)`,
    ]);
    expect(fake.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(fake.server.url.endsWith(`:${fake.server.port}`)).toBe(true);
  });

  test("never prints configured secrets", async () => {
    const fake = await start({ accessKey: "real-key", accessKeySecret: "s3cret", oauthClientId: "cid", oauthClientSecret: "csecret" });
    const line = fake.lines.join("\n");
    for (const secret of ["real-key", "s3cret", "csecret"]) expect(line).not.toContain(secret);
  });

  test("close frees the port, even with a keep-alive connection open", async () => {
    const server = await startFakeGongServer({ dataset: tinyDataset(), log: () => undefined });
    expect((await fetch(`${server.url}/v2/users`, { headers: { authorization: KEY_AUTH } })).status).toBe(200);
    await server.close();
    await expect(fetch(`${server.url}/v2/users`)).rejects.toThrow();
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once("error", reject);
      probe.listen(server.port, "127.0.0.1", resolve);
    });
    await new Promise<void>((resolve) => {
      probe.close(() => {
        resolve();
      });
    });
  });

  test("without a dataset it serves the demo workspace", async () => {
    const server = await startFakeGongServer({ log: () => undefined });
    try {
      const response = await fetch(`${server.url}/v2/workspaces`, { headers: { authorization: KEY_AUTH } });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { workspaces: { name: string }[] };
      expect(body.workspaces.map((w) => w.name)).toEqual(["Americas", "EMEA"]);
    } finally {
      await server.close();
    }
  });

  test("a taken port rejects the start", async () => {
    const fake = await start();
    await expect(startFakeGongServer({ dataset: tinyDataset(), port: fake.server.port, log: () => undefined })).rejects.toThrow(/EADDRINUSE/);
  });

  test("a close cuts a request waiting on injected latency", async () => {
    const server = await startFakeGongServer({ dataset: tinyDataset(), log: () => undefined });
    server.faults.inject({ kind: "latency", ms: 60_000 });
    const pending = fetch(`${server.url}/v2/users`, { headers: { authorization: KEY_AUTH } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await server.close();
    await expect(pending).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
