import type { CallToolResult, ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import type { Actor } from "../../application/actor.js";
import type { UseCases } from "../../application/use-cases.js";
import type { DomainError } from "../../domain/errors.js";
import type { Result } from "../../domain/result.js";
import { toToolError } from "./tool-error.js";
import { parseToolInput } from "./tool-input.js";

/** Reads never change Gong; the one write creates flow instances. Every annotation derives from this. */
export type ToolAccess = "read" | "write";

/** What a tool run may use: the application, and who is asking (from the transport, never from arguments). */
export interface ToolContext {
  readonly useCases: UseCases;
  readonly actor: Actor;
  /** The Gong requests this call has sent so far, for answers that say what they cost (null: not counted). */
  readonly upstreamRequests?: () => number | null;
}

/** A successful answer: the structuredContent, and its compact text rendering for `content`. */
export interface ToolAnswer<S> {
  readonly structured: S;
  readonly text: string;
}

export interface ToolSpec<I extends z.ZodRawShape, O extends z.ZodRawShape> {
  /** The contract's snake_case tool name. */
  readonly name: string;
  readonly title: string;
  /** Product copy: when to use the tool, what it returns, what it never returns. */
  readonly description: string;
  readonly access: ToolAccess;
  /** Every field `.describe()`d; unknown fields are rejected. */
  readonly input: I;
  readonly output: O;
  /** Maps the validated snake_case input to a use case and its result back; holds no business rule. */
  run(input: z.output<z.ZodObject<I, z.core.$strict>>, context: ToolContext): Promise<Result<ToolAnswer<z.input<z.ZodObject<O>>>, DomainError>>;
}

/** A tool as data: what tools/list shows, and one call entry point that validates, runs and maps errors. */
export interface Tool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly access: ToolAccess;
  readonly annotations: Required<Omit<ToolAnnotations, "title">>;
  readonly inputSchema: z.ZodObject;
  readonly outputSchema: z.ZodObject;
  call(args: unknown, context: ToolContext): Promise<CallToolResult>;
}

export function defineTool<I extends z.ZodRawShape, O extends z.ZodRawShape>(spec: ToolSpec<I, O>): Tool {
  const inputSchema = z.strictObject(spec.input);
  const outputSchema = z.object(spec.output);
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    access: spec.access,
    annotations: annotationsFor(spec.access),
    inputSchema,
    outputSchema,
    async call(args, context) {
      const input = parseToolInput(inputSchema, args);
      if (!input.ok) return toToolError(input.error);
      const answer = await spec.run(input.value, context);
      if (!answer.ok) return toToolError(answer.error);
      return { content: [{ type: "text", text: answer.value.text }], structuredContent: answer.value.structured };
    },
  };
}

/** Contract section 5: all four hints, always explicit, so no client has to guess a default. */
export function annotationsFor(access: ToolAccess): Required<Omit<ToolAnnotations, "title">> {
  return access === "read"
    ? { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true }
    : { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true };
}
