import type * as z from "zod";
import { invalidInput, type DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";

/** Argument names come from the caller: a long one is cut before it is echoed back. */
const MAX_NAME_IN_MESSAGE = 64;

/**
 * Validates tool arguments against a tool's strict input schema. A failure becomes InvalidInput naming the
 * argument (`call_ids[3]`, or an unknown argument's own name) and what it expects, in words the schema
 * itself carries (see input-fields.ts). An unknown argument is reported first: it usually explains the rest
 * (a misspelt name also shows up as a missing one).
 */
export function parseToolInput<S extends z.ZodObject>(schema: S, args: unknown): Result<z.output<S>, DomainError> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues;
  const issue = issues.find((candidate) => candidate.code === "unrecognized_keys") ?? issues[0];
  if (issue === undefined) return err(invalidInput("arguments", "arguments that match the tool's input schema"));
  if (issue.code === "unrecognized_keys") {
    const accepted = Object.keys(schema.shape).join(", ");
    return err(invalidInput(shortened(issue.keys[0] ?? "arguments"), `only the arguments this tool accepts: ${accepted}`));
  }
  if (issue.path.length === 0) return err(invalidInput("arguments", "an object of named arguments"));
  const missing = issue.path.length === 1 && isAbsent(args, issue.path[0]);
  return err(invalidInput(pathName(issue.path), missing ? `${issue.message} (it is required)` : issue.message));
}

function isAbsent(args: unknown, key: PropertyKey | undefined): boolean {
  if (typeof args !== "object" || args === null || key === undefined) return true;
  return (args as Record<PropertyKey, unknown>)[key] === undefined;
}

/** `call_ids[3]`, `limit`: how a person writes where in the arguments the problem is. */
function pathName(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${shortened(String(segment))}`))
    .join("");
}

function shortened(name: string): string {
  return name.length <= MAX_NAME_IN_MESSAGE ? name : `${name.slice(0, MAX_NAME_IN_MESSAGE)}…`;
}
