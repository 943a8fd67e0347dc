/**
 * `npm run bench`: one run on one machine. Every timing is printed next to a bare MCP SDK server
 * (bench/bare-server.ts) measured in the same run, every upstream request count next to its lower bound.
 * Prints a markdown report on stdout (progress goes to stderr) and writes bench/results.json.
 * Not part of `npm test`: it takes minutes, and its numbers depend on the machine.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { startFakeGong, type FakeGong } from "./lib/fake.js";
import { CLI, ROOT, releaseAll, stdioSession, tempDir } from "./lib/proc.js";
import { markdown, ratioOf, type Row, type Section } from "./lib/report.js";
import { median, round } from "./lib/stats.js";
import { callsInWindow, demoFacts, directoryBound, pages, USERS, type DemoFacts } from "./lib/workspace.js";
import { measureConcurrency, type ConcurrencyResult } from "./phases/concurrency.js";
import { MANY_CALLS, measureMemory, SESSIONS, type MemoryResult } from "./phases/memory.js";
import { measureStartup, STARTUP_RUNS, type StartupResult } from "./phases/startup.js";
import { measureEcho, measureTool, measureUpstream, PRODUCT_WINDOW_MS, WARM_CALLS, type EchoResult, type ToolCase, type ToolResult, type UpstreamTime } from "./phases/tools.js";
import { measureTranscripts, type TranscriptResult } from "./phases/transcript.js";

const GONG_RPS = 3;
const FAST_RPS = 100_000;
const TRANSCRIPT_CALLS = 20;
const CONCURRENT_USERS = [10, 50] as const;
const DAY_MS = 86_400_000;

const progress = (line: string): void => {
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
};
const started = performance.now();

/** bench/bare-server.ts as plain JavaScript next to node_modules, so that it starts without a TypeScript loader (as dist/ does). */
function transpileBareServer(): string {
  const source = readFileSync(join(ROOT, "bench/bare-server.ts"), "utf8");
  const output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const dir = join(ROOT, "node_modules/.cache/gong-mcp-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "bare-server.mjs");
  writeFileSync(file, output.outputText);
  return file;
}

/** A call the manager may see and that has a transcript, from the demo workspace (in memory, no fake involved). */
async function discoverCall(facts: DemoFacts): Promise<string> {
  const dir = tempDir("discover");
  const session = await stdioSession([CLI, "stdio", "--user-id", USERS.manager], { HOME: dir, GONG_MCP_DATA_DIR: dir });
  try {
    const listed = await session.call("list_gong_calls", { limit: 50 });
    const ids = ((listed.structuredContent as { calls?: { id: string }[] } | undefined)?.calls ?? []).map((call) => call.id);
    const withTranscript = new Set(facts.transcriptCallIds);
    const id = ids.find((candidate) => withTranscript.has(candidate));
    if (id === undefined) throw new Error("the manager sees no call with a transcript in the demo workspace");
    return id;
  } finally {
    await session.close();
  }
}

function toolCases(facts: DemoFacts, now: number, callId: string): { cases: ToolCase[]; bounds: Record<string, unknown> } {
  const directory = directoryBound(facts, [USERS.manager]);
  const windowCalls = callsInWindow(facts, now - 30 * DAY_MS, now);
  const listPages = pages(windowCalls);
  const userPages = pages(facts.userCount);
  const callData = "1 (one call's data)";
  const cases: ToolCase[] = [
    { name: "get_gong_user_details", args: {}, coldBound: userPages, warmBound: 0, boundNote: `cold ${userPages} (the user list: is the caller active, the user asked about); warm 0 (the directory is fresh for 5 minutes)` },
    { name: "search_gong_users", args: { query: "an" }, coldBound: userPages, warmBound: 0, boundNote: `cold ${userPages} (the user list); warm 0 (searched in the cached directory)` },
    {
      name: "list_gong_calls",
      label: "list_gong_calls (participant filter)",
      args: { participant: USERS.manager, limit: 10 },
      coldBound: directory.requests + listPages,
      warmBound: listPages,
      boundNote: `as list_gong_calls: the filter runs on the cached window (participant = the caller)`,
    },
    {
      name: "search_gong_transcripts",
      args: { query: "pricing" },
      coldBound: directory.requests + listPages + 1,
      warmBound: 0,
      // Only the directory is shared through the data dir: a new process reads the window and the transcripts.
      sharedBound: listPages + 1,
      boundNote: `directory ${directory.requests} + the window ${listPages} + the visible calls' transcripts, 100 a request (≥ 1); warm 0 (transcripts cached 10 minutes); a new process: the window and the transcripts`,
    },
    { name: "list_gong_calls", args: { limit: 10 }, coldBound: directory.requests + listPages, warmBound: listPages, boundNote: `directory ${directory.requests} + ceil(${windowCalls} calls in the last 30 days / 100) = ${listPages}` },
    { name: "get_gong_call_details", args: { call_id: callId }, coldBound: directory.requests + 1, warmBound: 1, boundNote: `directory ${directory.requests} + ${callData}` },
    {
      name: "get_gong_call_transcript",
      args: { call_ids: [callId] },
      coldBound: directory.requests + 2,
      warmBound: 2,
      boundNote: `directory ${directory.requests} + 2 (the call, whose parties decide visibility and name the speakers, and its transcript: two endpoints)`,
    },
    { name: "get_detailed_gong_call_details", args: { call_ids: [callId] }, coldBound: directory.requests + 1, warmBound: 1, boundNote: `directory ${directory.requests} + ${callData}` },
    { name: "gong_engage_flows_list", args: {}, coldBound: userPages + 1, warmBound: 1, boundNote: `user list ${userPages} (caller active, owner's email) + 1 flows page` },
    {
      name: "gong_engage_flows_for_prospects",
      args: { crm_prospect_ids: facts.prospectIds.slice(0, 3) },
      coldBound: userPages + 1,
      warmBound: 1,
      boundNote: `user list ${userPages} (caller active) + 1 prospects request`,
    },
  ];
  const bounds = {
    directoryForManager: directory,
    directoryFormula:
      "ceil(users/100) user pages + 1 workspace list + per workspace: 1 profile list + the member list of the profile holding the caller (every member list of the workspace when the caller holds none there), as if the holder were known in advance",
    userCount: facts.userCount,
    workspaces: facts.workspaceIds.length,
    profiles: facts.profiles.length,
    callsInDefaultWindow: windowCalls,
  };
  return { cases, bounds };
}

// ------------------------------------------------------------------------------------------------ rows

function startupSection(startup: StartupResult): Section {
  const m = startup.medians;
  const row = (measure: string, gong: string, bare: string): Row => {
    const g = m[gong] ?? Number.NaN;
    const b = m[bare] ?? Number.NaN;
    const ratio = ratioOf(g, b);
    return { measure, gong: g, base: b, ratio, unit: "ms", target: "≤ 1.5× bare", met: ratio !== undefined && ratio <= 1.5 };
  };
  return {
    title: `1. Start-up to the first tools/list answer (median of ${STARTUP_RUNS}, ms)`,
    baseLabel: "bare SDK server",
    rows: [
      row("stdio, demo workspace: spawn → initialize → tools/list", "gong-stdio-demo", "bare-stdio"),
      row("stdio, access key (fake Gong over HTTP)", "gong-stdio-accesskey", "bare-stdio"),
      row("HTTP, demo: spawn → listening line → initialize → tools/list", "gong-http-demo", "bare-http"),
    ],
    notes: [
      `Every run: ${Object.entries(startup.samples)
        .map(([key, values]) => `${key} [${values.join(", ")}]`)
        .join("; ")}.`,
      `Of the HTTP times, spawn → listening line (median): gong-mcp ${median(startup.listening["gong-http-demo"] ?? [])} ms, bare ${median(startup.listening["bare-http"] ?? [])} ms.`,
      `Upstream requests while gong-mcp (access key) started and listed its tools: ${startup.accessKeyStartRequests}.`,
      "The bare server is bench/bare-server.ts (an McpServer with one `echo` tool), transpiled to plain JavaScript so that neither side loads TypeScript.",
    ],
  };
}

function upstreamMs(result: ToolResult, upstream: readonly UpstreamTime[], pick: "p50" | "p99"): number {
  const time = (path: string): number => {
    const probe = upstream.find((u) => (path.includes("transcript") ? u.path.includes("transcript") : u.path.includes("/v2/users")));
    return probe?.summary[pick] ?? 0;
  };
  return Object.entries(result.warm.byPath).reduce((sum, [path, count]) => sum + (count / WARM_CALLS) * time(path), 0);
}

function latencySection(tools: readonly ToolResult[], echo: EchoResult, upstream: readonly UpstreamTime[]): Section {
  const rows: Row[] = [];
  for (const result of tools) {
    const name = result.tool.label ?? result.tool.name;
    rows.push({ measure: `${name}: cold (first call in a fresh process, n=1)`, gong: result.cold.ms, base: echo.coldMs, ratio: ratioOf(result.cold.ms, echo.coldMs), unit: "ms" });
    for (const pick of ["p50", "p99"] as const) {
      const up = upstreamMs(result, upstream, pick);
      const limit = 1.3 * echo.warm[pick] + up;
      rows.push({
        measure: `${name}: warm ${pick} (n=${WARM_CALLS}; ${result.warm.perCall} upstream req/call ≈ ${up.toFixed(1)} ms)`,
        gong: result.warm.summary[pick],
        base: echo.warm[pick],
        ratio: ratioOf(result.warm.summary[pick], echo.warm[pick]),
        unit: "ms",
        target: `≤ 1.3× bare + upstream = ${limit.toFixed(1)} ms`,
        met: result.warm.summary[pick] <= limit,
      });
    }
    rows.push({
      measure: `${name}: first call in a 2nd process, same data dir, other process warm (n=1)`,
      gong: result.shared.ms,
      base: echo.coldMs,
      ratio: ratioOf(result.shared.ms, echo.coldMs),
      unit: "ms",
    });
  }
  for (const probe of upstream) {
    rows.push({ measure: `fake Gong alone: ${probe.path}, p50 (n=${probe.summary.n}; first ${probe.first} ms)`, gong: probe.summary.p50, base: undefined, unit: "ms" });
    rows.push({ measure: `fake Gong alone: ${probe.path}, p99`, gong: probe.summary.p99, base: undefined, unit: "ms" });
  }
  return {
    title: "2. Tool latency over stdio, fake Gong over HTTP at 3 requests/second (ms)",
    baseLabel: "bare echo",
    rows,
    notes: [
      `Bare echo: first call ${echo.coldMs} ms, warm p50 ${echo.warm.p50} ms, p99 ${echo.warm.p99} ms (n=${echo.warm.n}).`,
      "Cold and second-process calls are one sample each: a fresh process at Gong's 3 requests/second costs seconds, so they are not repeated.",
      "Upstream time per warm call = its upstream requests per call × the fake's own p50 (p99) for that kind of request (transcripts: the transcript probe; the rest: GET /v2/users), timed from the bench process on a fake without a rate limit.",
      `Warm calls that cost upstream requests were started ${tools
        .filter((t) => t.warm.paceMs > 0)
        .map((t) => `${t.tool.label ?? t.tool.name} ${t.warm.paceMs} ms`)
        .join(", ")} apart: gong-mcp starts at most 3 requests in any ${PRODUCT_WINDOW_MS} ms (Gong's second plus 150 ms of slack), so its limiter never queues them and the latency is the server's own, not a wait for Gong's rate.`,
      ...tools.filter((t) => t.cold.error !== null || t.warm.errors > 0 || t.shared.error !== null).map((t) => `${t.tool.label ?? t.tool.name} answered isError: cold ${String(t.cold.error)}, warm ${t.warm.errors}, 2nd process ${String(t.shared.error)}.`),
    ],
  };
}

function requestsSection(tools: readonly ToolResult[], bounds: Record<string, unknown>): Section {
  const rows: Row[] = [];
  for (const result of tools) {
    const { coldBound, warmBound } = result.tool;
    const name = result.tool.label ?? result.tool.name;
    rows.push({ measure: `${name}: cold (fresh process)`, gong: result.cold.requests, base: coldBound, ratio: ratioOf(result.cold.requests, coldBound) });
    rows.push({
      measure: `${name}: warm, per call (n=${WARM_CALLS})`,
      gong: result.warm.perCall,
      base: warmBound,
      ratio: ratioOf(result.warm.perCall, warmBound),
      target: "≤ lower bound",
      met: result.warm.perCall <= warmBound,
    });
    const sharedBound = result.tool.sharedBound ?? warmBound;
    rows.push({ measure: `${name}: new process, data dir warmed by another`, gong: result.shared.requests, base: sharedBound, ratio: ratioOf(result.shared.requests, sharedBound) });
  }
  const violations = tools.reduce((sum, t) => sum + t.cold.rateLimited + t.warm.rateLimited + t.shared.rateLimited, 0);
  rows.push({ measure: "429s from the fake during these runs", gong: violations, base: 0, target: "0", met: violations === 0 });
  const directory = bounds.directoryForManager as { requests: number; memberLists: number };
  return {
    title: "3. Upstream requests per tool call (the fake's apiRequests delta), acting for the manager",
    baseLabel: "lower bound",
    rows,
    notes: [
      `Cold lower bound = the permission data the caller needs + the answer's own data. Permission data (${directory.requests} for the manager): ${String(bounds.directoryFormula)}. Here: ${String(bounds.userCount)} users, ${String(bounds.workspaces)} workspaces, ${String(bounds.profiles)} profiles, ${directory.memberLists} member lists. Every workspace counts because a hidden call must cost what a missing one does (contract section 6, ADR 0006).`,
      "Warm lower bound = the answer's own data with the directory still fresh: 1 for one call's details or transcript, ceil(calls in window / 100) for a listing, 1 per Engage request, 0 for a user (the directory itself). Below it means the answer came from the product's cache (calls are reused for 1 minute).",
      "'New process' is the first call of a second stdio process on the same GONG_MCP_DATA_DIR while the first still runs; its bound is the warm one (what a cache shared through the data dir could reach).",
      ...tools.map((t) => `${t.tool.label ?? t.tool.name} bound: ${t.tool.boundNote}. Cold by path: ${JSON.stringify(t.cold.byPath)}; warm by path: ${JSON.stringify(t.warm.byPath)}.`),
    ],
  };
}

function concurrencySection(results: readonly ConcurrencyResult[], facts: DemoFacts, listPages: number): Section {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const r of results) {
    const users = facts.activeUserIds.slice(0, r.distinctUsers);
    const bound = directoryBound(facts, users).requests + listPages + pages(r.detailIds.length);
    rows.push({ measure: `${r.users} users: wall time (${r.toolCalls} tool calls)`, gong: r.wallMs / 1000, unit: "s" });
    rows.push({ measure: `${r.users} users: tool calls/second`, gong: r.callsPerSecond });
    rows.push({ measure: `${r.users} users: upstream requests`, gong: r.requests, base: bound, ratio: ratioOf(r.requests, bound) });
    rows.push({ measure: `${r.users} users: violations (the fake's 429s)`, gong: r.rateLimited, base: 0, target: "0", met: r.rateLimited === 0 });
    const errors = Object.entries(r.errors)
      .map(([code, count]) => `${code} ${count}`)
      .join(", ");
    notes.push(
      `${r.users} users (${r.distinctUsers} distinct active users): errors ${errors === "" ? "none" : errors}; ${r.detailIds.length} distinct calls asked for details; by path ${JSON.stringify(r.byPath)}; bound = permission data for those users + ${listPages} listing read + ceil(distinct calls / 100) (details of many calls fit one request).`,
    );
  }
  notes.push("One `gong-mcp http --auth none` per run (fresh data dir, cold cache), all sessions started at once; each lists its calls then asks for the first one's details. The 'none' user sees no call and asks for one it may not see (not_found, expected).");
  return { title: "4. Concurrent users on one HTTP server, fake Gong at 3 requests/second", baseLabel: "lower bound", rows, notes };
}

function memorySection(memory: MemoryResult): Section {
  const mb = "MB";
  const rows: Row[] = [
    { measure: "stdio idle, VmRSS (access key, fake Gong)", gong: memory.gongStdio.idle.rssMb, base: memory.bareStdio.idle.rssMb, ratio: ratioOf(memory.gongStdio.idle.rssMb, memory.bareStdio.idle.rssMb), unit: mb, target: "≤ 1.5× bare", met: memory.gongStdio.idle.rssMb <= 1.5 * memory.bareStdio.idle.rssMb },
    { measure: "stdio idle, VmRSS (demo workspace in memory)", gong: memory.gongStdioDemoIdle.rssMb, base: memory.bareStdio.idle.rssMb, ratio: ratioOf(memory.gongStdioDemoIdle.rssMb, memory.bareStdio.idle.rssMb), unit: mb },
    { measure: "stdio idle, VmHWM (access key)", gong: memory.gongStdio.idle.hwmMb, base: memory.bareStdio.idle.hwmMb, ratio: ratioOf(memory.gongStdio.idle.hwmMb, memory.bareStdio.idle.hwmMb), unit: mb },
    { measure: `stdio after ${MANY_CALLS} tool calls, VmRSS`, gong: memory.gongStdio.afterCalls.rssMb, base: memory.bareStdio.afterCalls.rssMb, ratio: ratioOf(memory.gongStdio.afterCalls.rssMb, memory.bareStdio.afterCalls.rssMb), unit: mb },
    { measure: `stdio after ${MANY_CALLS} tool calls, VmHWM`, gong: memory.gongStdio.afterCalls.hwmMb, base: memory.bareStdio.afterCalls.hwmMb, ratio: ratioOf(memory.gongStdio.afterCalls.hwmMb, memory.bareStdio.afterCalls.hwmMb), unit: mb },
    { measure: "HTTP idle, VmRSS (access key)", gong: memory.gongHttp.idle.rssMb, base: memory.bareHttp.idle.rssMb, ratio: ratioOf(memory.gongHttp.idle.rssMb, memory.bareHttp.idle.rssMb), unit: mb, target: "≤ 1.5× bare", met: memory.gongHttp.idle.rssMb <= 1.5 * memory.bareHttp.idle.rssMb },
    { measure: `HTTP with ${SESSIONS} open sessions, VmRSS`, gong: memory.gongHttp.withSessions.rssMb, base: memory.bareHttp.withSessions.rssMb, ratio: ratioOf(memory.gongHttp.withSessions.rssMb, memory.bareHttp.withSessions.rssMb), unit: mb, target: "≤ 150 MB", met: memory.gongHttp.withSessions.rssMb <= 150 },
    { measure: `HTTP with ${SESSIONS} open sessions, VmHWM`, gong: memory.gongHttp.withSessions.hwmMb, base: memory.bareHttp.withSessions.hwmMb, ratio: ratioOf(memory.gongHttp.withSessions.hwmMb, memory.bareHttp.withSessions.hwmMb), unit: mb, target: "≤ 150 MB", met: memory.gongHttp.withSessions.hwmMb <= 150 },
  ];
  return {
    title: "5. Resident memory of the server process (Linux /proc/<pid>/status)",
    baseLabel: "bare SDK server",
    rows,
    notes: [
      `Idle = after initialize and tools/list, then 1 s alone. The ${MANY_CALLS} gong-mcp calls cycle ${memory.mix.join(", ")} (the ones the cache answers, so that they fit in Gong's 3 requests/second; ${memory.gongStdio.requests} upstream requests, ${memory.gongStdio.errors} errors), 8 in flight; the bare server's are echo calls.`,
      `Each of the ${SESSIONS} HTTP sessions is initialized, lists the tools and makes one call (gong-mcp: get_gong_user_details, round robin over the active demo users; bare: echo), and stays open. Errors: gong-mcp ${memory.gongHttp.errors}, bare ${memory.bareHttp.errors}.`,
    ],
  };
}

function transcriptSection(t: TranscriptResult): Section {
  const bothBytes = t.textBytes + t.structuredBytes;
  const named = t.rawBytes + t.rawPartiesBytes;
  const textRatio = ratioOf(t.textBytes, named);
  const bothRatio = ratioOf(bothBytes, named);
  return {
    title: `6. Transcript size: get_gong_call_transcript vs Gong's JSON for the same named transcripts, ${t.callIds.length} calls`,
    baseLabel: "Gong's raw JSON",
    rows: [
      { measure: "text content, bytes (vs transcripts + parties, names included)", gong: t.textBytes, base: named, ratio: textRatio, target: "≤ 0.35× raw", met: textRatio !== undefined && textRatio <= 0.35 },
      { measure: "text + structuredContent, bytes (vs transcripts + parties)", gong: bothBytes, base: named, ratio: bothRatio, target: "≤ 1.0× raw", met: bothRatio !== undefined && bothRatio <= 1.0 },
      { measure: "text content, bytes (vs the transcript JSON alone)", gong: t.textBytes, base: t.rawBytes, ratio: ratioOf(t.textBytes, t.rawBytes) },
      { measure: "text + structuredContent, bytes (vs the transcript JSON alone)", gong: bothBytes, base: t.rawBytes, ratio: ratioOf(bothBytes, t.rawBytes) },
      { measure: "structuredContent, bytes (vs transcripts + parties)", gong: t.structuredBytes, base: named, ratio: ratioOf(t.structuredBytes, named) },
      { measure: "text + structuredContent, estimated tokens (bytes/4)", gong: Math.round(bothBytes / 4), base: Math.round(named / 4), ratio: bothRatio },
      { measure: "one answer with the default max_chars (40,000), text bytes", gong: t.defaultTextBytes, base: undefined, ratio: undefined, target: "≤ 40,000", met: t.defaultTextBytes <= 40_000 },
    ],
    notes: [
      `Raw = POST /v2/calls/transcript on the fake with {"filter":{"callIds":[…]}} and Basic auth, every page, as compact JSON (${t.rawBytes} bytes; ${t.rawWireBytes} bytes as the fake sent it), plus POST /v2/calls/extensive for the same ids with parties exposed (${t.rawPartiesBytes} bytes): Gong's transcripts name speakers by id only, their names are in the parties. ${t.rawTranscripts} transcripts in Gong's answer, ${t.toolTranscripts} in the tool's.`,
      "The tool was asked with max_chars 1,000,000, so that every word is in its answer; with the default budget the same question answered " +
        `${t.defaultTextBytes} bytes of text${t.defaultNextCursor ? " and a next_cursor to go on" : ""}.`,
      "The calls are the newest demo calls with a transcript, asked for by the admin, in one tool call.",
      ...(t.error === null ? [] : [`The tool answered isError: ${t.error}`]),
    ],
  };
}

// ------------------------------------------------------------------------------------------------ main

/** The commit measured, and the files under src/ that differ from it: dist/ is built from the working tree. */
function gitState(): { readonly commit: string; readonly uncommittedSrc: readonly string[] } {
  const git = (...args: string[]): string => execFileSync("git", args, { cwd: ROOT, encoding: "utf8" });
  try {
    const commit = git("rev-parse", "--short", "HEAD").trim();
    const uncommittedSrc = git("status", "--porcelain", "--", "src")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => line.slice(3));
    return { commit, uncommittedSrc };
  } catch {
    return { commit: "unknown", uncommittedSrc: [] };
  }
}

async function main(): Promise<void> {
  // Read first: dist/ was just built from this working tree.
  const { commit, uncommittedSrc } = gitState();
  const now = Date.now();
  const load = loadavg().map((value) => round(value, 2));
  const facts = demoFacts(now);
  const bareJs = transpileBareServer();
  progress("starting the fake Gong (3 requests/second) and a fast one (no effective limit)");
  const fake: FakeGong = await startFakeGong(GONG_RPS);
  const fastFake: FakeGong = await startFakeGong(FAST_RPS);

  const callId = await discoverCall(facts);
  const { cases, bounds } = toolCases(facts, now, callId);

  progress("2. bare echo and the fake's own request time");
  const echo = await measureEcho(bareJs);
  const upstream = await measureUpstream(fastFake, callId);

  progress(`1. start-up: ${STARTUP_RUNS} runs of 5 variants`);
  const startup = await measureStartup(bareJs, fake);

  const tools: ToolResult[] = [];
  for (const tool of cases) {
    progress(`2./3. ${tool.label ?? tool.name}: cold, ${WARM_CALLS} warm, second process`);
    tools.push(await measureTool(fake, tool, tempDir("tool")));
  }

  const concurrency: ConcurrencyResult[] = [];
  for (const users of CONCURRENT_USERS) {
    progress(`4. ${users} concurrent users over HTTP`);
    concurrency.push(await measureConcurrency(fake, facts.activeUserIds, users, facts.calls[facts.calls.length - 1]?.id ?? callId, tempDir("concurrency")));
  }

  progress(`5. memory: idle, ${MANY_CALLS} calls, ${SESSIONS} HTTP sessions`);
  const window = { from: new Date(now - 30 * DAY_MS).toISOString(), to: new Date(now).toISOString() };
  const memory = await measureMemory(bareJs, fake, { stdio: tempDir("mem"), demo: tempDir("mem-demo"), http: tempDir("mem-http") }, facts.activeUserIds, callId, window);

  progress(`6. transcript sizes for ${TRANSCRIPT_CALLS} calls`);
  const transcript = await measureTranscripts(fastFake, facts.transcriptCallIds.slice(0, TRANSCRIPT_CALLS), tempDir("transcript"));

  const durationS = round((performance.now() - started) / 1000, 0);
  const sections = [
    startupSection(startup),
    latencySection(tools, echo, upstream),
    requestsSection(tools, bounds),
    concurrencySection(concurrency, facts, pages(bounds.callsInDefaultWindow as number)),
    memorySection(memory),
    transcriptSection(transcript),
  ];
  const date = new Date().toISOString();
  const cpuList = cpus();
  const machine = { commit, uncommittedSrc, node: process.version, cpus: cpuList.length, cpuModel: cpuList[0]?.model ?? "unknown", platform: `${process.platform} ${process.arch}`, loadAverageAtStart: load };
  const header = [
    "# gong-mcp bench",
    "",
    `${date} · gong-mcp at ${commit}${uncommittedSrc.length === 0 ? "" : ` plus uncommitted changes to ${uncommittedSrc.length} files in src/`} · Node ${machine.node} · ${machine.cpus} CPUs (${machine.cpuModel}) · ${machine.platform} · load average at start ${load.join(" ")} · bench took ${durationS} s (build not included)`,
  ];
  const targets = sections.flatMap((section) => section.rows.filter((row) => row.met !== undefined));
  header.push("", `Targets: ${targets.filter((row) => row.met === true).length} met, ${targets.filter((row) => row.met === false).length} missed.`);

  const results = {
    date,
    ...machine,
    durationS,
    config: { gongRps: GONG_RPS, startupRuns: STARTUP_RUNS, warmCalls: WARM_CALLS, manyCalls: MANY_CALLS, sessions: SESSIONS, concurrentUsers: CONCURRENT_USERS, transcriptCalls: TRANSCRIPT_CALLS, actingUser: USERS.manager, callId },
    bounds,
    startup,
    echo,
    upstream,
    tools,
    concurrency,
    memory,
    transcript,
    report: sections,
  };
  writeFileSync(join(ROOT, "bench/results.json"), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${markdown(header, sections)}\n`);
  progress("wrote bench/results.json");
}

try {
  await main();
} finally {
  await releaseAll();
}
