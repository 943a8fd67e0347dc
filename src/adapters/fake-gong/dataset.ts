import { readFile, stat } from "node:fs/promises";
import * as Either from "effect/Either";
import * as ParseResult from "effect/ParseResult";
import * as Schema from "effect/Schema";
import { WireDataset } from "../gong-wire/wire/dataset.js";
import { err, ok, type Result } from "../../domain/result.js";

/** A decoded dataset file (contract section 7). Fields the schema does not name are kept, so they are served back. */
export type GongDataset = WireDataset;

/** A bigger file is refused before it is read: it would only exhaust memory. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

const decode = Schema.decodeUnknownEither(WireDataset, { onExcessProperty: "preserve" });

/**
 * Decodes a dataset. A shape error is one line naming the first bad path
 * (`dataset: calls[3].metaData.id: expected a string, got a number`). Broken links between records (a host
 * who is not a user, a transcript of no call...) are not fatal: real data has some, and so may a dataset
 * written for a test; `datasetProblems` lists them for a warning, and the fake serves the data as it is.
 */
export function parseDataset(json: unknown, label = "dataset"): Result<GongDataset, string> {
  const decoded = decode(json);
  if (Either.isLeft(decoded)) return err(`${label}: ${firstIssue(decoded.left, json)}`);
  return ok(decoded.right);
}

/** Reads and decodes a dataset file; every failure names the file. */
export async function loadDatasetFile(
  path: string,
  options: { readonly maxBytes?: number } = {},
): Promise<Result<GongDataset, string>> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) return err(`${path}: not a file`);
    if (info.size > maxBytes) return err(`${path}: ${info.size} bytes is more than the ${maxBytes} a dataset may have`);
    text = await readFile(path, "utf8");
  } catch (cause) {
    return err(`${path}: cannot be read (${errorCode(cause)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    return err(`${path}: not JSON (${oneLine(cause instanceof Error ? cause.message : String(cause))})`);
  }
  return parseDataset(json, path);
}

function firstIssue(error: ParseResult.ParseError, input: unknown): string {
  // The formatter lists the deepest issue first: that is the one the author has to fix.
  const issue = ParseResult.ArrayFormatter.formatErrorSync(error)[0];
  if (issue === undefined) return "not a dataset";
  const where = issue.path.length === 0 ? "" : `${renderPath(issue.path)}: `;
  if (issue._tag === "Missing") return `${where}is missing`;
  const expected = /^Expected (.*?), actual /s.exec(issue.message)?.[1];
  const got = describe(valueAt(input, issue.path));
  return expected === undefined ? `${where}${oneLine(issue.message)}` : `${where}expected ${describeType(expected)}, got ${got}`;
}

function renderPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeType(expected: string): string {
  if (expected.startsWith("ReadonlyArray")) return "an array";
  if (expected.startsWith("{") || expected.startsWith("Struct")) return "an object";
  if (expected === "string" || expected === "number" || expected === "boolean") return `a ${expected}`;
  return oneLine(expected);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return value === undefined ? "nothing" : `a ${typeof value}`;
}

function errorCode(cause: unknown): string {
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") {
    return cause.code === "ENOENT" ? "no such file" : cause.code;
  }
  return "unknown error";
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim().slice(0, 200);
