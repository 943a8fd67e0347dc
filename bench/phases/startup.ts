import type { FakeGong } from "../lib/fake.js";
import { CLI, httpSession, spawnNode, stdioSession, tempDir, removeDir } from "../lib/proc.js";
import { median, round, timed } from "../lib/stats.js";
import { USERS } from "../lib/workspace.js";

export const STARTUP_RUNS = 5;

/** A way to start a server and get its first tools/list answer. */
interface Variant {
  readonly key: string;
  /** Resolves once the first tools/list has answered; the ms are from spawn to that answer. */
  run(): Promise<number>;
}

export interface StartupResult {
  /** ms per run, by variant. */
  readonly samples: Record<string, number[]>;
  readonly medians: Record<string, number>;
  /** ms from spawn to the listening line, HTTP variants. */
  readonly listening: Record<string, number[]>;
  /** Upstream requests the fake saw while gong-mcp (access key) started. */
  readonly accessKeyStartRequests: number;
}

/** Time to the first tools/list answer over stdio: spawn, initialize, tools/list. */
async function stdioRun(args: readonly string[], env: Record<string, string>): Promise<number> {
  const { ms, value: session } = await timed(async () => {
    const opened = await stdioSession(args, env);
    await opened.client.listTools();
    return opened;
  });
  await session.close();
  return ms;
}

/**
 * Time to the first tools/list answer over HTTP: spawn, the listening line, initialize, tools/list. The time to
 * the listening line alone goes to `listening`.
 */
async function httpRun(args: readonly string[], env: Record<string, string>, headers: Record<string, string>, listening: number[]): Promise<number> {
  const start = performance.now();
  const server = spawnNode(args, env);
  try {
    const [, url = ""] = await server.line(/listening on (http:\/\/[^\s)]+)/);
    listening.push(round(performance.now() - start, 1));
    const session = await httpSession(`${url.replace(/\/$/, "")}/mcp`, headers);
    await session.client.listTools();
    const ms = performance.now() - start;
    await session.close();
    return ms;
  } finally {
    await server.stop();
  }
}

/**
 * Runs the variants STARTUP_RUNS times, interleaved, so that machine noise spreads evenly. Both servers have
 * been spawned once before (the bench's discovery and echo steps), so their files are in the page cache.
 */
export async function measureStartup(bareJs: string, fake: FakeGong): Promise<StartupResult> {
  let accessKeyStartRequests = 0;
  const listening: Record<string, number[]> = { "gong-http-demo": [], "bare-http": [] };
  const withDir = async (work: (dir: string) => Promise<number>): Promise<number> => {
    const dir = tempDir("startup");
    try {
      return await work(dir);
    } finally {
      removeDir(dir);
    }
  };
  const variants: Variant[] = [
    { key: "gong-stdio-demo", run: () => withDir((dir) => stdioRun([CLI, "stdio", "--user-id", USERS.manager], { HOME: dir, GONG_MCP_DATA_DIR: dir })) },
    { key: "bare-stdio", run: () => stdioRun([bareJs, "stdio"], {}) },
    {
      key: "gong-http-demo",
      run: () =>
        withDir((dir) => httpRun([CLI, "http", "--auth", "none", "--port", "0"], { HOME: dir, GONG_MCP_DATA_DIR: dir }, { "X-Gong-User-Id": USERS.manager }, listening["gong-http-demo"] ?? [])),
    },
    { key: "bare-http", run: () => httpRun([bareJs, "http"], {}, {}, listening["bare-http"] ?? []) },
    {
      key: "gong-stdio-accesskey",
      run: () =>
        withDir(async (dir) => {
          const { value, delta } = await fake.measure(() => stdioRun([CLI, "stdio", "--user-id", USERS.manager], fake.env(dir)));
          accessKeyStartRequests = Math.max(accessKeyStartRequests, delta.requests);
          return value;
        }),
    },
  ];
  const samples: Record<string, number[]> = Object.fromEntries(variants.map((variant) => [variant.key, []]));
  for (let run = 0; run < STARTUP_RUNS; run += 1) {
    for (const variant of variants) samples[variant.key]?.push(round(await variant.run(), 1));
  }
  const medians = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, round(median(values), 1)]));
  return { samples, medians, listening, accessKeyStartRequests };
}
