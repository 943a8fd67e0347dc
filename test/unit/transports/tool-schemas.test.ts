import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { connect, type Connected } from "./in-memory-client.js";
import { CONTRACT_TOOLS } from "../../support/contract-tools.js";
import { toolsDoc } from "../../support/tools-doc.js";

/**
 * Tool-schema snapshot (github-mcp-server's "toolsnaps"): what tools/list shows clients is committed, and any
 * change fails here until it is approved by regenerating the file with UPDATE_TOOLSNAPS=1.
 */
const SNAPSHOT = new URL("../../tool-schemas.snapshot.json", import.meta.url);
const TOOLS_DOC = new URL("../../../docs/tools.md", import.meta.url);


let session: Connected;
let tools: Tool[];
beforeAll(async () => {
  session = await connect();
  tools = (await session.client.listTools()).tools;
});
afterAll(async () => {
  await session.close();
});

const byName = (name: string): Tool => {
  const tool = tools.find((candidate) => candidate.name === name);
  if (!tool) throw new Error(`no tool ${name}`);
  return tool;
};

test("tools/list matches the committed snapshot (UPDATE_TOOLSNAPS=1 to approve a change)", () => {
  const current = Object.fromEntries(tools.map(({ name, title, description, annotations, inputSchema, outputSchema }) =>
    [name, { title, description, annotations, inputSchema, outputSchema }]));
  if (process.env.UPDATE_TOOLSNAPS === "1") writeFileSync(SNAPSHOT, `${JSON.stringify(current, null, 2)}\n`);
  expect(existsSync(SNAPSHOT), "no snapshot yet: run with UPDATE_TOOLSNAPS=1").toBe(true);
  expect(current).toEqual(JSON.parse(readFileSync(SNAPSHOT, "utf8")));
});

test("docs/tools.md is written from tools/list (UPDATE_TOOLSNAPS=1 to regenerate)", () => {
  const doc = toolsDoc(tools);
  if (process.env.UPDATE_TOOLSNAPS === "1") writeFileSync(TOOLS_DOC, doc);
  expect(existsSync(TOOLS_DOC), "no docs/tools.md yet: run with UPDATE_TOOLSNAPS=1").toBe(true);
  expect(readFileSync(TOOLS_DOC, "utf8")).toBe(doc);
});

test("the tools are exactly the contract's names (sections 5 and 5b)", () => {
  expect(tools.map((tool) => tool.name).sort()).toEqual([...CONTRACT_TOOLS].sort());
});

describe.each(CONTRACT_TOOLS)("%s", (name) => {
  test("sets all four annotations explicitly, from its access", () => {
    const { annotations } = byName(name);
    const write = name === "gong_engage_flows_assign_to_prospect";
    expect(annotations).toEqual(write
      ? { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true }
      : { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
  });

  test("rejects unknown fields and describes every field", () => {
    const { inputSchema } = byName(name);
    expect(inputSchema.additionalProperties).toBe(false);
    for (const [field, schema] of Object.entries(inputSchema.properties ?? {})) {
      expect((schema as { description?: string }).description, field).toMatch(/\S{3}/);
    }
  });

  test("has a title, a description and an outputSchema", () => {
    const tool = byName(name);
    expect(tool.title).toMatch(/\S/);
    expect(tool.description?.length).toBeGreaterThan(150);
    expect(tool.outputSchema?.type).toBe("object");
  });
});

/** Contract section 5's required structuredContent fields, as paths into each outputSchema. */
const REQUIRED_OUTPUT: Record<string, readonly (readonly string[])[]> = {
  get_gong_user_details: [["user", "id", "email_address", "first_name", "last_name", "title", "manager_id", "active"]],
  list_gong_calls: [["", "calls", "next_cursor"], ["calls[]", "id", "title", "started", "duration", "primary_user_id", "workspace_id", "url"]],
  get_gong_call_details: [["call", "id", "title", "started", "duration", "primary_user_id", "workspace_id", "url", "parties"]],
  get_gong_call_transcript: [["", "transcripts", "unavailable_call_ids"], ["transcripts[]", "call_id"]],
  get_detailed_gong_call_details: [["", "calls", "unavailable_call_ids"], ["calls[]", "id"]],
  gong_engage_flows_list: [["", "flows", "next_cursor"], ["flows[]", "id", "name"]],
  gong_engage_flows_for_prospects: [["prospects[]", "crm_prospect_id", "flows"],
    ["prospects[].flows[]", "flow_id", "flow_name", "flow_instance_id", "status", "owner_email"]],
  gong_engage_flows_assign_to_prospect: [["", "assigned", "failed"], ["failed[]", "crm_prospect_id", "reason"]],
};

interface JsonSchema { properties?: Record<string, JsonSchema>; items?: JsonSchema; required?: string[] }

function schemaAt(root: JsonSchema, path: string): JsonSchema {
  let schema = root;
  for (const step of path.split(".").filter((part) => part !== "")) {
    const [key = "", ...arrays] = step.split("[]");
    schema = schema.properties?.[key] ?? {};
    for (let depth = 0; depth < arrays.length; depth += 1) schema = schema.items ?? {};
  }
  return schema;
}

test.each(Object.entries(REQUIRED_OUTPUT))("%s outputs the contract's required fields", (name, expectations) => {
  const output = byName(name).outputSchema as JsonSchema;
  for (const [path = "", ...fields] of expectations) {
    expect(schemaAt(output, path).required, `${name} ${path}`).toEqual(expect.arrayContaining(fields));
  }
});
