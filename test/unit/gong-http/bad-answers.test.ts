import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { CachingGongGateway } from "../../../src/adapters/cache/caching-gong-gateway.js";
import { AccessKeyCredentials } from "../../../src/adapters/oauth/access-key-credentials.js";
import { errorOf, valueOf } from "../../support/use-case-kit.js";
import { httpGateway } from "../../contract/http-gateway-kit.js";
import { gatewaysClosedAfterEach } from "./gateway-kit.js";

const start = gatewaysClosedAfterEach();
const DECODE = { _tag: "UpstreamFailed", reason: "Decode" } as const;

describe("answers that cannot be used are upstream_error and are not cached", () => {
  test.each([
    // Contract section 2: an unreadable answer is retried once (a cut stream reads as malformed).
    ["malformed JSON twice (retried once)", { kind: "malformed", count: 2 } as const, 2],
    ["the wrong shape (readable: not retried)", { kind: "wrong-shape" } as const, 1],
    ["a body over the size limit (it would be again: not retried)", { kind: "huge", bytes: 3 * 1024 * 1024 } as const, 1],
  ])("%s", async (_name, fault, sent) => {
    const { gateway, fake, stats } = await start({ gateway: { exchange: { maxBodyBytes: 1024 * 1024 } } });
    const cached = new CachingGongGateway(gateway);
    fake.faults.inject(fault);
    expect(errorOf(await cached.listUsers())).toMatchObject(DECODE);
    expect((await stats()).apiRequests).toBe(sent);
    // The fake is still up, and the failure was not remembered: the next ask reaches Gong and succeeds.
    expect(valueOf(await cached.listUsers())).toHaveLength(2);
    expect((await stats()).apiRequests).toBe(sent + 1);
  });

  test("one malformed answer, then a good one: the retry succeeds", async () => {
    const { gateway, fake, stats } = await start();
    fake.faults.inject({ kind: "malformed" });
    expect(valueOf(await gateway.listUsers())).toHaveLength(2);
    expect((await stats()).apiRequests).toBe(2);
  });

  test("a huge body is refused, and the log says why without quoting it", async () => {
    const { gateway, fake, lines } = await start({ gateway: { exchange: { maxBodyBytes: 64 * 1024 } } });
    fake.faults.inject({ kind: "huge", bytes: 50 * 1024 * 1024 });
    expect(errorOf(await gateway.listWorkspaces())).toMatchObject(DECODE);
    const failure = lines.find((line) => line.fields?.["failure"] === "Decode");
    expect(String(failure?.fields?.["detail"])).toMatch(/^too-large body of \d+ bytes$/);
    expect(JSON.stringify(lines)).not.toContain("padding");
  });
});

describe("a redirect (a base URL that is not the company's API host)", () => {
  test("is not followed, so Authorization never reaches another host; upstream_error, with the target logged", async () => {
    const elsewhere: string[] = [];
    const other = createServer((req, res) => {
      elsewhere.push(req.headers.authorization ?? "none");
      res.end("{}");
    });
    await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
    const target = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    const wrongHost = createServer((req, res) => {
      res.writeHead(301, { location: `${target}${req.url ?? "/"}` });
      res.end();
    });
    await new Promise<void>((resolve) => wrongHost.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(wrongHost.address() as AddressInfo).port}`;
      const { gateway, lines } = httpGateway(new AccessKeyCredentials("k", "s", base));
      expect(errorOf(await gateway.listUsers())).toEqual({ _tag: "UpstreamFailed", reason: "Status", status: 301 });
      expect(elsewhere).toEqual([]);
      const warning = lines.find((line) => line.message.includes("base URL is probably wrong"));
      expect(warning?.fields?.["redirectsTo"]).toBe(target);
    } finally {
      for (const server of [other, wrongHost]) {
        server.closeAllConnections();
        server.close();
      }
    }
  });
});
