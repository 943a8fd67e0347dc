import type { Tool } from "@modelcontextprotocol/sdk/types.js";

interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly default?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** "string", "string[]", "integer", "boolean", "string | null", "object[]"… */
function typeOf(schema: JsonSchema): string {
  if (schema.anyOf !== undefined) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum !== undefined) return schema.enum.map((value) => JSON.stringify(value)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  return types.map((type) => (type === "array" ? `${schema.items ? typeOf(schema.items) : "any"}[]` : String(type))).join(" | ");
}

/** Every field, nested ones as `calls[].parties[].name`, parents first. */
function fieldsOf(schema: JsonSchema, prefix = ""): [string, JsonSchema][] {
  const fields: [string, JsonSchema][] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    fields.push([path, field]);
    const object = field.anyOf?.find((option) => option.properties !== undefined) ?? field;
    if (object.properties !== undefined) fields.push(...fieldsOf(object, `${path}.`));
    else if (object.items?.properties !== undefined) fields.push(...fieldsOf(object.items, `${path}[].`));
  }
  return fields;
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * docs/tools.md, written from what tools/list shows clients (the same data as the tool-schema snapshot), so
 * that the repository's own reference never drifts from the server.
 */
export function toolsDoc(tools: readonly Tool[]): string {
  const lines = [
    "# Tools",
    "",
    "Generated from `tools/list` by `test/unit/transports/tool-schemas.test.ts` (run it with `UPDATE_TOOLSNAPS=1` after",
    "changing a tool). Ids are strings of digits, times ISO 8601. Every answer has `structuredContent` and a text",
    "rendering that carries the same facts; errors are tool results whose text starts with a code (see the README).",
  ];
  for (const tool of tools) {
    const input = tool.inputSchema as JsonSchema;
    const output = (tool.outputSchema ?? {}) as JsonSchema;
    lines.push("", `## \`${tool.name}\` — ${tool.title ?? ""}`, "", tool.description ?? "", "");
    const writes = tool.annotations?.readOnlyHint === false;
    lines.push(writes ? "**Writes to Gong.**" : "Reads only.", "");
    const fields = Object.entries(input.properties ?? {});
    if (fields.length === 0) lines.push("Input: none.");
    else {
      lines.push("| input | type | required | description |", "|---|---|---|---|");
      for (const [name, schema] of fields) {
        lines.push(`| \`${name}\` | ${cell(typeOf(schema))} | ${(input.required ?? []).includes(name) ? "yes" : "no"} | ${cell(schema.description ?? "")} |`);
      }
    }
    lines.push("", "| output field | type | description |", "|---|---|---|");
    for (const [name, schema] of fieldsOf(output)) lines.push(`| \`${name}\` | ${cell(typeOf(schema))} | ${cell(schema.description ?? "")} |`);
  }
  return `${lines.join("\n")}\n`;
}
