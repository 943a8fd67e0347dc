import { afterEach } from "vitest";
import type { FakeGongServerOptions } from "../../../src/adapters/fake-gong-http/fake-gong-options.js";
import type { FakeGongServer } from "../../../src/adapters/fake-gong-http/fake-gong-server.js";
import type { FakeGongStats } from "../../../src/adapters/fake-gong-http/request-stats.js";
import { accessKey, httpGateway, oauthCredentials, startQuietFake, type HttpGateway, type HttpGatewayOptions } from "../../contract/http-gateway-kit.js";
import { tinyDataset } from "../../support/fake-gong-kit.js";

export interface GatewayOverFake extends HttpGateway {
  readonly fake: FakeGongServer;
  /** The fake's counters, read over HTTP as another process would (`GET /__stats`). */
  readonly stats: () => Promise<FakeGongStats>;
}

export interface Setup {
  readonly fake?: FakeGongServerOptions;
  /** Default the fake's access key; "oauth" connects through the fake's OAuth endpoints first. */
  readonly auth?: "oauth" | { readonly key: string; readonly secret: string };
  readonly gateway?: HttpGatewayOptions;
}

/** For one test file: HttpGongGateway over a fresh fake Gong (two users, one workspace), closed after each test. */
export function gatewaysClosedAfterEach(): (setup?: Setup) => Promise<GatewayOverFake> {
  const open: FakeGongServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((fake) => fake.close()));
  });
  return async (setup = {}) => {
    const fake = await startQuietFake(tinyDataset(), setup.fake);
    open.push(fake);
    const { auth } = setup;
    const credentials = auth === "oauth" ? await oauthCredentials(fake) : accessKey(fake, auth?.key, auth?.secret);
    return {
      ...httpGateway(credentials, setup.gateway),
      fake,
      stats: async () => (await (await fetch(`${fake.url}/__stats`)).json()) as FakeGongStats,
    };
  };
}

/** Milliseconds `run` took. */
export async function timed<T>(run: () => Promise<T>): Promise<{ readonly value: T; readonly ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}
