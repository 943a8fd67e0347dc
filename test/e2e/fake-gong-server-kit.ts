import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { ToolListChangedNotificationSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, afterEach, expect } from "vitest";
import type { FaultSpec } from "../../src/adapters/fake-gong-http/fault-control.js";
import { startFakeGongServer, type FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";
import type { FakeGongServerOptions } from "../../src/adapters/fake-gong-http/fake-gong-options.js";
import type { FakeGongStats } from "../../src/adapters/fake-gong-http/request-stats.js";
import { createFakeGongGateway } from "../../src/adapters/fake-gong/fake-gong-gateway.js";
import { HmacCursorCodec } from "../../src/adapters/hmac-cursor-codec.js";
import { SystemClock } from "../../src/adapters/system-clock.js";
import type { Logger } from "../../src/application/ports/logger.js";
import { buildContainer, resolveUseCases } from "../../src/composition/build-container.js";
import { createMcpServer } from "../../src/transports/mcp/server.js";
import { freePort } from "../support/free-port.js";
import { startStdio, type StdioSession } from "./built-cli.js";
import { runCli, startCli, type CliEnv } from "./cli-process.js";

export { CONTRACT_TOOLS as GONG_TOOLS } from "../support/contract-tools.js";

/**
 * Upstream rates for tests that do not test the limit itself: the cold directory load of the demo is ~25
 * requests, 8 s at Gong's own 3 per second. The fake still refuses anything above its rate, so
 * `rateLimited: 0` in its stats shows that the server kept to its GONG_MCP_RATE_LIMIT_RPS. The fake allows
 * a quarter more than the server sends: both count a sliding second, the server when a request starts,
 * the fake when it arrives, and a burst of 20 concurrent connections on a busy machine arrives spread out.
 */
const SERVER_RPS = 20;
const FAKE_RPS = 25;

/** Resources held for a test (or a describe), released after it, last acquired first. */
export interface Scope {
  /** Runs `release` at the end. */
  defer(release: () => unknown): void;
  /** A temp dir removed at the end. */
  tempDir(): string;
}

/**
 * Call at the top of a file (or describe): the scope of whichever test is running. With `afterAll` for
 * `release`, it holds what the tests of a describe share instead.
 */
export function useScope(hook: typeof afterEach | typeof afterAll = afterEach): Scope {
  const releases: (() => unknown)[] = [];
  hook(async () => {
    const pending = releases.splice(0).reverse();
    for (const release of pending) await release();
  });
  return {
    defer: (release) => releases.push(release),
    tempDir() {
      const dir = mkdtempSync(join(tmpdir(), "gong-mcp-real-"));
      releases.push(() => {
        rmSync(dir, { recursive: true, force: true });
      });
      return dir;
    },
  };
}

/**
 * A fake Gong over HTTP on 127.0.0.1, fast by default, closed after the test. Processes that share a data dir
 * share the per-second limit (contract section 2); give processes with separate data dirs a fake each.
 */
export async function startFake(scope: Scope, options: FakeGongServerOptions = {}): Promise<FakeGongServer> {
  const fake = await startFakeGongServer({ port: 0, requestsPerSecond: FAKE_RPS, log: () => undefined, ...options });
  scope.defer(() => fake.close());
  return fake;
}

/** The fake's test controls, over HTTP as a test in another process would use them. */
export const admin = {
  async stats(fake: FakeGongServer): Promise<FakeGongStats> {
    return (await adminRequest(fake, "GET", "/__stats")) as FakeGongStats;
  },
  async faults(fake: FakeGongServer, faults: FaultSpec | readonly FaultSpec[]): Promise<void> {
    await adminRequest(fake, "POST", "/__faults", faults);
  },
  async clearFaults(fake: FakeGongServer): Promise<void> {
    await adminRequest(fake, "DELETE", "/__faults");
  },
  async expireTokens(fake: FakeGongServer): Promise<number> {
    return ((await adminRequest(fake, "POST", "/__expire-tokens")) as { expired: number }).expired;
  },
};

async function adminRequest(fake: FakeGongServer, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  expect(response.status, `${method} ${path}`).toBe(200);
  return response.json();
}

/** The environment every real-Gong process of a test shares: the fake's URL and one data dir. */
function baseEnv(fake: FakeGongServer, scope: Scope): CliEnv {
  const dataDir = scope.tempDir();
  return {
    HOME: dataDir,
    GONG_BASE_URL: fake.url,
    GONG_MCP_DATA_DIR: dataDir,
    GONG_MCP_RATE_LIMIT_RPS: String(SERVER_RPS),
    GONG_MCP_LOG_LEVEL: "warn",
  };
}

/** An org connected by access key (the fake's own demo key). */
export function accessKeyEnv(fake: FakeGongServer, scope: Scope): CliEnv {
  return { ...baseEnv(fake, scope), GONG_ACCESS_KEY: "fake-key", GONG_ACCESS_KEY_SECRET: "fake-secret" };
}

/** An OAuth app (the fake's demo client) with a free loopback redirect port; nothing stored yet. */
export async function oauthEnv(fake: FakeGongServer, scope: Scope): Promise<CliEnv> {
  return {
    ...baseEnv(fake, scope),
    GONG_MCP_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
    GONG_OAUTH_CLIENT_ID: "fake-client-id",
    GONG_OAUTH_CLIENT_SECRET: "fake-client-secret",
    GONG_OAUTH_REDIRECT_URI: `http://127.0.0.1:${await freePort()}/gong/callback`,
    GONG_OAUTH_AUTHORIZE_URL: `${fake.url}/oauth2/authorize`,
    GONG_OAUTH_TOKEN_URL: `${fake.url}/oauth2/generate-customer-token`,
  };
}

/**
 * `gong-mcp connect --no-browser` as its own process, with the fake approving at once: follows the printed
 * URL and the redirect as a browser would, and resolves once connect has stored the tokens and exited 0.
 */
export async function connectViaCli(scope: Scope, env: CliEnv): Promise<void> {
  const cli = startCli(["connect", "--no-browser"], env);
  scope.defer(() => cli.child.exitCode === null && cli.child.kill()); // it would wait 5 minutes for a redirect
  const [, authorizeUrl = ""] = await cli.line(/^open this URL to connect Gong: (\S+)$/);
  const approved = await fetch(authorizeUrl, { redirect: "manual" });
  expect(approved.status).toBe(302);
  expect((await fetch(approved.headers.get("location") ?? "")).status).toBe(200);
  expect(await cli.exited, cli.stderr()).toBe(0);
}

export async function disconnectViaCli(env: CliEnv): Promise<void> {
  const run = await runCli(["disconnect"], env);
  expect(run.code, run.stderr).toBe(0);
}

/** The built CLI over stdio for `userId` against the real-Gong backend `env` describes; closed after the test. */
export async function startGongStdio(scope: Scope, userId: string, env: CliEnv): Promise<StdioSession> {
  const session = await startStdio(userId, env);
  scope.defer(() => session.close());
  return session;
}

/**
 * Counts `notifications/tools/list_changed` on a session. `reach(n, ms)` resolves once n have arrived in
 * all, and rejects if that takes longer than `ms` from the call.
 */
export function listChanges(session: StdioSession): { count(): number; reach(total: number, withinMs: number): Promise<void> } {
  let count = 0;
  const waiters = new Set<() => void>();
  session.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    count += 1;
    for (const wake of waiters) wake();
  });
  return {
    count: () => count,
    reach: (total, withinMs) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${count} of ${total} notifications/tools/list_changed within ${withinMs} ms`));
        }, withinMs);
        const check = (): void => {
          if (count < total) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
  };
}

/** The tools a session lists now, by name. */
export async function toolNames(session: StdioSession): Promise<string[]> {
  return (await session.client.listTools()).tools.map((tool) => tool.name);
}

/** Resolves how long `work` took, in ms. */
export async function timed<T>(work: () => Promise<T>): Promise<{ readonly value: T; readonly ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** What a tool call is called with and answers, for sessions over any transport. */
export type CallTool = (name: string, args?: Record<string, unknown>) => Promise<CallToolResult>;

const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The reference: the same use cases and MCP server in this process, over the in-memory fake Gong (no HTTP,
 * no credentials, no limits), on `dataset`, acting for `userId`.
 */
export async function inMemorySession(scope: Scope, dataset: Parameters<typeof createFakeGongGateway>[0], userId: string): Promise<CallTool> {
  const gateway = createFakeGongGateway(dataset, { logger: silent });
  const container = buildContainer({ gateway, logger: silent, clock: new SystemClock(), cursorCodec: new HmacCursorCodec() });
  const served = createMcpServer(resolveUseCases(container), { userId }, { version: "0.0.0-test", logger: silent });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await served.server.connect(serverSide);
  const client = new Client({ name: "gong-mcp-reference", version: "1.0.0" });
  await client.connect(clientSide);
  scope.defer(() => client.close());
  return async (name, args = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult;
}
