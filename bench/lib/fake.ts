import { CLI, sleep, spawnNode, tempDir, type Spawned } from "./proc.js";

/** What the fake's `GET /__stats` answers (counts since it started). */
export interface FakeStats {
  readonly apiRequests: number;
  readonly rateLimited: number;
  readonly byPath: Readonly<Record<string, number>>;
}

/** The difference of two snapshots: what happened between them. */
export interface StatsDelta {
  readonly requests: number;
  readonly rateLimited: number;
  readonly byPath: Record<string, number>;
}

/** `gong-mcp fake-gong` in its own process, so that its work does not share the bench client's event loop. */
export interface FakeGong {
  readonly url: string;
  readonly rps: number;
  readonly process: Spawned;
  stats(): Promise<FakeStats>;
  /** Counts what `work` made the fake receive. */
  measure<T>(work: () => Promise<T>): Promise<{ readonly value: T; readonly delta: StatsDelta }>;
  /**
   * Waits until the fake's sliding 1-second window is surely empty (1.2 s after the last measured step that sent
   * it requests), so the next process starts on a clean slate.
   */
  settle(): Promise<void>;
  /** The environment of a gong-mcp process that talks to this fake with the demo access key, on its own data dir. */
  env(dataDir?: string): Record<string, string>;
  stop(): Promise<void>;
}

export const BASIC_AUTH = `Basic ${Buffer.from("fake-key:fake-secret").toString("base64")}`;

export async function startFakeGong(rps: number): Promise<FakeGong> {
  const spawned = spawnNode([CLI, "fake-gong", "--port", "0", "--rps", String(rps)], {});
  const [, url = ""] = await spawned.line(/listening on (http:\/\/[^\s)]+)/);
  let lastRequestsAt = Number.NEGATIVE_INFINITY;
  const stats = async (): Promise<FakeStats> => {
    const response = await fetch(`${url}/__stats`);
    if (!response.ok) throw new Error(`GET /__stats: ${response.status}`);
    return (await response.json()) as FakeStats;
  };
  return {
    url,
    rps,
    process: spawned,
    stats,
    async measure(work) {
      const before = await stats();
      const value = await work();
      const after = await stats();
      const delta = deltaOf(before, after);
      if (delta.requests > 0) lastRequestsAt = performance.now();
      return { value, delta };
    },
    settle: () => sleep(Math.max(0, lastRequestsAt + 1_200 - performance.now())),
    env: (dataDir = tempDir("data")) => ({
      HOME: dataDir,
      GONG_MCP_DATA_DIR: dataDir,
      GONG_BASE_URL: url,
      GONG_ACCESS_KEY: "fake-key",
      GONG_ACCESS_KEY_SECRET: "fake-secret",
    }),
    stop: () => spawned.stop(),
  };
}

export function deltaOf(before: FakeStats, after: FakeStats): StatsDelta {
  const byPath: Record<string, number> = {};
  for (const [path, count] of Object.entries(after.byPath)) {
    const added = count - (before.byPath[path] ?? 0);
    if (added > 0) byPath[path] = added;
  }
  return { requests: after.apiRequests - before.apiRequests, rateLimited: after.rateLimited - before.rateLimited, byPath };
}

/** A request straight to the fake's Gong API with the demo access key; the body as sent over the wire. */
export async function gongRequest(fake: FakeGong, method: "GET" | "POST", path: string, body?: unknown): Promise<{ readonly status: number; readonly text: string }> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: BASIC_AUTH, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, text: await response.text() };
}
