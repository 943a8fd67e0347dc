import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { gongRequest, type FakeGong, type StatsDelta } from "../lib/fake.js";
import { CLI, sleep, stdioSession, textOf, type Session } from "../lib/proc.js";
import { round, summarize, timed, type Summary } from "../lib/stats.js";
import { USERS } from "../lib/workspace.js";

export const WARM_CALLS = 30;
/**
 * gong-mcp lets GONG_MCP_RATE_LIMIT_RPS requests start in any 1,150 ms (Gong's second plus 150 ms of slack,
 * src/adapters/rate-limit/request-scheduler.ts). Warm calls that cost upstream requests are started at least
 * that far apart, so that its limiter never queues them and the latency measured is the server's own.
 */
export const PRODUCT_WINDOW_MS = 1_150;

/** A read tool as the bench calls it, with the lower bounds of what it may cost upstream. */
export interface ToolCase {
  readonly name: string;
  /** How the tables name this case when one tool is measured twice (e.g. with a filter). */
  readonly label?: string;
  readonly args: Record<string, unknown>;
  /** A first question in a fresh process: the permission data the caller needs plus the answer's own data. */
  readonly coldBound: number;
  /** A repeat, the directory still fresh: the answer's own data. */
  readonly warmBound: number;
  /** A first call in a new process beside a warm one, when it differs from `warmBound` (what the data dir does not share). */
  readonly sharedBound?: number;
  readonly boundNote: string;
}

export interface CallSample {
  readonly ms: number;
  readonly requests: number;
  readonly rateLimited: number;
  readonly byPath: Record<string, number>;
  /** The error code when the tool answered isError. */
  readonly error: string | null;
}

export interface ToolResult {
  readonly tool: ToolCase;
  readonly cold: CallSample;
  readonly warm: {
    readonly summary: Summary;
    readonly samples: readonly number[];
    readonly requests: number;
    readonly perCall: number;
    readonly rateLimited: number;
    readonly byPath: Record<string, number>;
    /** Warm calls were started this far apart (ms) when each costs upstream requests (see PRODUCT_WINDOW_MS). */
    readonly paceMs: number;
    readonly errors: number;
  };
  /** The first call in a second process on the same data dir, while the first process (warm) still runs. */
  readonly shared: CallSample;
}

const errorOf = (result: CallToolResult): string | null => (result.isError === true ? (/^(\w+)/.exec(textOf(result))?.[1] ?? "error") : null);

async function sampleCall(fake: FakeGong, session: Session, tool: ToolCase): Promise<CallSample> {
  const { value, delta } = await fake.measure(() => timed(() => session.call(tool.name, tool.args)));
  return { ms: round(value.ms, 2), ...requestsOf(delta), error: errorOf(value.value) };
}

const requestsOf = (delta: StatsDelta): Pick<CallSample, "requests" | "rateLimited" | "byPath"> => ({
  requests: delta.requests,
  rateLimited: delta.rateLimited,
  byPath: delta.byPath,
});

/**
 * Per tool: a fresh stdio process (own data dir) against the fake Gong over HTTP at Gong's rate; the first call
 * (cold), WARM_CALLS repeats (warm), then a second process on the same data dir and its first call.
 */
export async function measureTool(fake: FakeGong, tool: ToolCase, dataDir: string): Promise<ToolResult> {
  const env = fake.env(dataDir);
  await fake.settle();
  const first = await stdioSession([CLI, "stdio", "--user-id", USERS.manager], env);
  try {
    await first.client.listTools();
    const cold = await sampleCall(fake, first, tool);
    // The cold call may have filled Gong's window for this second: start the repeats on an empty one.
    await fake.settle();
    const samples: number[] = [];
    let errors = 0;
    const warm = await fake.measure(async () => {
      // The first repeat tells whether repeats cost upstream requests, and so how far apart to start them.
      let started = performance.now();
      const one = await sampleCall(fake, first, tool);
      samples.push(one.ms);
      if (one.error !== null) errors += 1;
      const paceMs = one.requests > 0 ? Math.ceil((one.requests * PRODUCT_WINDOW_MS) / fake.rps) + 25 : 0;
      for (let i = 1; i < WARM_CALLS; i += 1) {
        const wait = paceMs - (performance.now() - started);
        if (wait > 0) await sleep(wait);
        started = performance.now();
        const { value, ms } = await timed(() => first.call(tool.name, tool.args));
        samples.push(round(ms, 2));
        if (value.isError === true) errors += 1;
      }
      return paceMs;
    });
    await fake.settle();
    const second = await stdioSession([CLI, "stdio", "--user-id", USERS.manager], env);
    let shared: CallSample;
    try {
      await second.client.listTools();
      shared = await sampleCall(fake, second, tool);
    } finally {
      await second.close();
    }
    return {
      tool,
      cold,
      warm: {
        summary: summarize(samples),
        samples,
        requests: warm.delta.requests,
        perCall: round(warm.delta.requests / WARM_CALLS, 2),
        rateLimited: warm.delta.rateLimited,
        byPath: warm.delta.byPath,
        paceMs: warm.value,
        errors,
      },
      shared,
    };
  } finally {
    await first.close();
  }
}

export interface EchoResult {
  readonly coldMs: number;
  readonly warm: Summary;
}

/** The bare server's echo: the first call in a fresh process, then WARM_CALLS repeats. */
export async function measureEcho(bareJs: string): Promise<EchoResult> {
  const session = await stdioSession([bareJs, "stdio"], {});
  try {
    await session.client.listTools();
    const cold = await timed(() => session.call("echo", { text: "hello" }));
    const samples: number[] = [];
    for (let i = 0; i < WARM_CALLS; i += 1) samples.push(round((await timed(() => session.call("echo", { text: "hello" }))).ms, 2));
    return { coldMs: round(cold.ms, 2), warm: summarize(samples) };
  } finally {
    await session.close();
  }
}

export interface UpstreamTime {
  readonly path: string;
  readonly first: number;
  readonly summary: Summary;
}

/** The fake Gong's own time per request, seen from this process over keep-alive HTTP (a fake that does not rate limit). */
export async function measureUpstream(fastFake: FakeGong, callId: string): Promise<UpstreamTime[]> {
  const probes: { readonly path: string; readonly send: () => Promise<{ status: number }> }[] = [
    { path: "GET /v2/users", send: () => gongRequest(fastFake, "GET", "/v2/users") },
    { path: "POST /v2/calls/transcript (1 call)", send: () => gongRequest(fastFake, "POST", "/v2/calls/transcript", { filter: { callIds: [callId] } }) },
  ];
  const results: UpstreamTime[] = [];
  for (const probe of probes) {
    const first = await timed(probe.send);
    if (first.value.status !== 200) throw new Error(`${probe.path}: HTTP ${first.value.status}`);
    const samples: number[] = [];
    for (let i = 0; i < WARM_CALLS; i += 1) samples.push(round((await timed(probe.send)).ms, 2));
    results.push({ path: probe.path, first: round(first.ms, 2), summary: summarize(samples) });
  }
  return results;
}
