import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLI, ROOT } from "./built-cli.js";

/**
 * Builds dist when it is missing or older than any source file, so a bare `vitest run` never tests stale
 * code. tsc emits even when other files have type errors.
 */
export function ensureFreshBuild(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestMtime(join(ROOT, "src"))) return;
  const tsc = fileURLToPath(new URL("../../node_modules/typescript/bin/tsc", import.meta.url));
  spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "ignore" });
  if (!existsSync(CLI)) throw new Error(`could not build ${CLI}`);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export type CliEnv = Record<string, string>;

/** A running `node dist/src/cli.js …` with only the given environment (plus PATH). */
export interface CliProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The first stderr line matching `pattern`, waiting for it (rejects if the process exits first). */
  line(pattern: RegExp): Promise<RegExpExecArray>;
  /** The exit code (a signal counts as null). */
  readonly exited: Promise<number | null>;
}

export function startCli(args: readonly string[], env: CliEnv): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  const waiters = new Set<() => void>();
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    for (const wake of waiters) wake();
  });
  let done = false;
  // 'close', not 'exit': it comes once the pipes are drained, so every line is in by then.
  const exited = new Promise<number | null>((resolve) =>
    child.once("close", (code) => {
      done = true;
      resolve(code);
      for (const wake of waiters) wake();
    }),
  );
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        const look = (): void => {
          const found = stderr.split("\n").map((l) => pattern.exec(l)).find((m) => m !== null);
          if (found) resolve(found);
          else if (done) reject(new Error(`exited before printing ${String(pattern)}; stderr: ${stderr}`));
          else return;
          waiters.delete(look);
        };
        waiters.add(look);
        look();
      }),
  };
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to its end. */
export async function runCli(args: readonly string[], env: CliEnv): Promise<CliRun> {
  const cli = startCli(args, env);
  const code = await cli.exited;
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}

/** Lines of stderr with text on them. */
export const linesOf = (text: string): string[] => text.split("\n").filter((line) => line.trim() !== "");
