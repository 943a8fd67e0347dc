import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CLI = join(ROOT, "dist/src/cli.js");

/** Long enough for a call that waits its turn behind Gong's 3 requests/second: the server decides when to give up. */
const REQUEST_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------------------------------------------------
// Everything spawned or created is recorded here and released at the end, also on failure or Ctrl-C.

const children = new Set<ChildProcess>();
const pids = new Set<number>();
const dirs = new Set<string>();
const closers = new Set<() => Promise<unknown>>();

function killPid(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Synchronous last resort (process 'exit'): SIGKILL whatever is still running, remove temp dirs. */
function releaseSync(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const pid of pids) killPid(pid);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  children.clear();
  pids.clear();
  dirs.clear();
}

/** Closes every client still open, then kills what is left and removes the temp dirs. */
export async function releaseAll(): Promise<void> {
  const pending = [...closers];
  closers.clear();
  await Promise.allSettled(pending.map((close) => withTimeout(close(), 3_000)));
  releaseSync();
}

process.once("exit", releaseSync);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    releaseSync();
    process.exit(130);
  });
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      resolve(undefined);
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `gong-mcp-bench-${label}-`));
  dirs.add(dir);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------

/** Resident memory of a process from /proc/<pid>/status (Linux), in MB. */
export interface Memory {
  readonly rssMb: number;
  readonly hwmMb: number;
}

export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? "NaN");
  return { rssMb: kb("VmRSS") / 1024, hwmMb: kb("VmHWM") / 1024 };
}

/** A child process whose stderr is read line by line (and kept, the last 64 KB, for error messages). */
export interface Spawned {
  readonly child: ChildProcess;
  readonly pid: number;
  /** The first stderr line matching `pattern`; rejects if the process exits first or after `timeoutMs`. */
  line(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stderr(): string;
  stop(): Promise<void>;
}

export function spawnNode(args: readonly string[], env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, [...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  children.add(child);
  let stderr = "";
  const waiters = new Set<() => void>();
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-65_536);
    for (const wake of waiters) wake();
  });
  const exited = new Promise<void>((resolve) =>
    child.once("close", () => {
      children.delete(child);
      for (const wake of waiters) wake();
      resolve();
    }),
  );
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    if ((await withTimeout(exited.then(() => true), 3_000)) === undefined) child.kill("SIGKILL");
    await exited;
  };
  closers.add(stop);
  return {
    child,
    pid: child.pid ?? -1,
    stderr: () => stderr,
    stop: async () => {
      closers.delete(stop);
      await stop();
    },
    line: (pattern, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(look);
          reject(new Error(`no stderr line matching ${String(pattern)} within ${timeoutMs} ms; stderr: ${stderr.slice(-2_000)}`));
        }, timeoutMs);
        const look = (): void => {
          const found = stderr
            .split("\n")
            .map((l) => pattern.exec(l))
            .find((m) => m !== null);
          if (found) resolve(found);
          else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`exited before printing ${String(pattern)}; stderr: ${stderr.slice(-2_000)}`));
          else return;
          clearTimeout(timer);
          waiters.delete(look);
        };
        waiters.add(look);
        look();
      }),
  };
}

/** A connected MCP client (stdio or Streamable HTTP). */
export interface Session {
  readonly client: Client;
  /** The server's pid for stdio sessions. */
  readonly pid: number | undefined;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
  stderr(): string;
}

function session(client: Client, pid: number | undefined, stderr: () => string): Session {
  const close = async (): Promise<void> => {
    await client.close();
    if (pid !== undefined) {
      pids.delete(pid);
      // StdioClientTransport waits for the child to close its pipes, then SIGTERM/SIGKILL; make sure.
      killPid(pid);
    }
  };
  closers.add(close);
  return {
    client,
    pid,
    stderr,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args }, undefined, { timeout: REQUEST_TIMEOUT_MS })) as CallToolResult,
    close: async () => {
      closers.delete(close);
      await close();
    },
  };
}

/** Spawns `node <args>` as an MCP host does and connects the SDK client (initialize); the child sees only `env` plus the SDK's defaults. */
export async function stdioSession(args: readonly string[], env: Record<string, string>): Promise<Session> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [...args], env, stderr: "pipe", cwd: ROOT });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-65_536);
  });
  const client = new Client({ name: "gong-mcp-bench", version: "1.0.0" });
  try {
    await client.connect(transport, { timeout: REQUEST_TIMEOUT_MS });
  } catch (error) {
    if (transport.pid !== null) killPid(transport.pid);
    throw new Error(`stdio connect failed: ${String(error)}; stderr: ${stderr.slice(-2_000)}`);
  }
  const pid = transport.pid ?? undefined;
  if (pid !== undefined) pids.add(pid);
  return session(client, pid, () => stderr);
}

/** The SDK client over Streamable HTTP, sending `headers` on every request (initialize done). */
export async function httpSession(mcpUrl: string, headers: Record<string, string> = {}): Promise<Session> {
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), { requestInit: { headers } });
  const client = new Client({ name: "gong-mcp-bench", version: "1.0.0" });
  await client.connect(transport, { timeout: REQUEST_TIMEOUT_MS });
  return session(client, undefined, () => "");
}

/** The text of a tool result's content (all text items joined). */
export function textOf(result: CallToolResult): string {
  return result.content.flatMap((item) => (item.type === "text" ? [item.text] : [])).join("\n");
}
