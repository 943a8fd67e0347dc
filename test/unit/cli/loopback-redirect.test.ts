import { describe, expect, test } from "vitest";
import { freePort } from "../../support/free-port.js";
import { listenForRedirect, parseLoopbackRedirect, type LoopbackTarget } from "../../../src/cli/commands/loopback-redirect.js";

describe("parseLoopbackRedirect", () => {
  test.each([
    ["http://127.0.0.1:8765/gong/callback", { host: "127.0.0.1", port: 8765, path: "/gong/callback" }],
    ["http://localhost:9000/", { host: "localhost", port: 9000, path: "/" }],
    ["http://[::1]:9001/cb", { host: "::1", port: 9001, path: "/cb" }],
  ])("%s is served on its own host, port and path", (raw, expected) => {
    expect(parseLoopbackRedirect(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["https://127.0.0.1:8765/cb", "plain http"],
    ["http://example.com:8765/cb", "plain http"],
    ["http://10.0.0.5:8765/cb", "plain http"],
    ["http://127.0.0.1/cb", "name its port"],
    ["http://127.0.0.1:80/cb", "name its port"],
    ["not a url", "absolute URL"],
  ])("%s is refused in one line naming the variable", (raw, why) => {
    const parsed = parseLoopbackRedirect(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(/^GONG_OAUTH_REDIRECT_URI /);
      expect(parsed.error).toContain(why);
      expect(parsed.error).not.toContain("\n");
    }
  });
});

async function freeTarget(path = "/cb"): Promise<LoopbackTarget> {
  return { host: "127.0.0.1", port: await freePort(), path };
}

describe("listenForRedirect", () => {
  test("hands over the first GET to the path; other paths get 404 and a second redirect 409", async () => {
    const target = await freeTarget();
    const listener = await listenForRedirect(target);
    if (!listener.ok) throw new Error(listener.error);
    const base = `http://127.0.0.1:${target.port}`;
    const next = listener.value.next(5000);

    expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${base}/cb`, { method: "POST" })).status).toBe(405);
    const answered = fetch(`${base}/cb?code=c1&state=s1`);
    const redirect = await next;
    expect(redirect?.query.get("code")).toBe("c1");
    expect((await fetch(`${base}/cb?code=c2&state=s2`)).status).toBe(409);
    await redirect?.answer(200, "done <ok>");
    const page = await answered;
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("done &#60;ok&#62;");
    await listener.value.close();
  });

  test("no redirect in time: null", async () => {
    const listener = await listenForRedirect(await freeTarget());
    if (!listener.ok) throw new Error(listener.error);
    expect(await listener.value.next(50)).toBeNull();
    await listener.value.close();
  });

  test("a port in use is one line naming the variable", async () => {
    const target = await freeTarget();
    const first = await listenForRedirect(target);
    if (!first.ok) throw new Error(first.error);
    const second = await listenForRedirect(target);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error).toMatch(/^GONG_OAUTH_REDIRECT_URI: cannot listen on 127\.0\.0\.1:\d+ \(the port is in use\)/);
    await first.value.close();
  });
});
