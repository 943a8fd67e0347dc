/**
 * Writes the built-in demo workspace as a dataset file to edit and load with `--fake-data`:
 *   npx tsx scripts/generate-demo-workspace.ts [out.json] [--seed N] [--now 2026-07-12]
 * Without a path, the JSON goes to stdout.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { demoWorkspace } from "../src/adapters/fake-gong/demo/demo-workspace.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string" }, now: { type: "string" } },
});

const seed = values.seed === undefined ? undefined : Number(values.seed);
const now = values.now === undefined ? undefined : Date.parse(values.now);
if ((seed !== undefined && !Number.isInteger(seed)) || (now !== undefined && Number.isNaN(now))) {
  console.error("usage: generate-demo-workspace [out.json] [--seed <integer>] [--now <ISO date>]");
  process.exit(2);
}

/**
 * Indented JSON, but any object or array short enough stays on one line, and an object whose only nested
 * value comes last opens on one line (`{"speakerId": "…", "topic": null, "sentences": [`): a transcript
 * sentence per line keeps the file readable and near the size of compact JSON.
 */
function format(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((item): [null, unknown] => [null, item])
    : Object.entries(value);
  const open = Array.isArray(value) ? "[" : "{";
  const close = Array.isArray(value) ? "]" : "}";
  if (entries.length === 0) return open + close;
  const part = ([key, item]: [string | null, unknown], inner: string): string =>
    (key === null ? "" : `${JSON.stringify(key)}: `) + format(item, inner);
  const line = `${open}${entries.map((entry) => part(entry, "")).join(", ")}${close}`;
  if (line.length <= 120) return line;
  const inner = `${indent}  `;
  const last = entries.at(-1);
  const head = entries.slice(0, -1);
  if (!Array.isArray(value) && last && head.every(([, item]) => item === null || typeof item !== "object")) {
    const opening = `{${head.map((entry) => part(entry, "")).join(", ")}${head.length > 0 ? ", " : ""}`;
    if (opening.length <= 120) return `${opening}${part(last, indent)}}`;
  }
  return `${open}\n${entries.map((entry) => inner + part(entry, inner)).join(",\n")}\n${indent}${close}`;
}

const json = `${format(demoWorkspace({ ...(seed === undefined ? {} : { seed }), ...(now === undefined ? {} : { now }) }))}\n`;
const [path] = positionals;
if (path === undefined) process.stdout.write(json);
else {
  writeFileSync(path, json);
  console.error(`wrote the demo workspace (${Math.round(json.length / 1024)} KiB) to ${path}`);
}
