#!/usr/bin/env node
// Runs before `npm start` and `npm test`, so that each of the README's two commands works on a fresh clone:
// installs exactly the locked dependencies when they are missing or older than the lockfile (npm ci also
// builds, through `prepare`), and builds when dist is missing. Node built-ins only: nothing is installed yet.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const installed = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: ["ignore", process.stderr, process.stderr] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  process.stderr.write("gong-mcp: installing dependencies (npm ci)…\n");
  run(["ci", "--no-audit", "--no-fund"]);
} else if (!existsSync(join(root, "dist", "src", "cli.js"))) {
  run(["run", "build"]);
}
