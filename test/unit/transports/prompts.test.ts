import { afterAll, beforeAll, expect, test } from "vitest";
import { allTools } from "../../../src/transports/mcp/tools/index.js";
import { PROMPTS } from "../../../src/transports/mcp/prompts.js";
import { connect, type Connected } from "./in-memory-client.js";

let session: Connected;
beforeAll(async () => {
  session = await connect();
});
afterAll(async () => {
  await session.close();
});

test("prompts/list shows the three jobs, each with its arguments described", async () => {
  const { prompts } = await session.client.listPrompts();
  expect(prompts.map((prompt) => prompt.name)).toEqual(["prepare_for_meeting", "review_deal_calls", "coach_rep_on_call"]);
  for (const prompt of prompts) {
    expect(prompt.description?.length, prompt.name).toBeGreaterThan(20);
    for (const arg of prompt.arguments ?? []) expect(arg.description?.length, `${prompt.name}.${arg.name}`).toBeGreaterThan(10);
  }
  expect(prompts.find((prompt) => prompt.name === "coach_rep_on_call")?.arguments).toEqual([
    { name: "call_id", description: "The Gong call id (from list_gong_calls).", required: true },
  ]);
});

test("a prompt expands into one user message built on its arguments", async () => {
  const { messages } = await session.client.getPrompt({ name: "prepare_for_meeting", arguments: { company: "acme.com" } });
  expect(messages).toHaveLength(1);
  const text = messages[0]?.content.type === "text" ? messages[0].content.text : "";
  expect(text).toContain('list_gong_calls with company "acme.com"');
  expect(text).toContain("looking back 90 days");
});

test("a prompt without its required argument is refused", async () => {
  await expect(session.client.getPrompt({ name: "coach_rep_on_call", arguments: {} })).rejects.toThrow(/call_id/);
});

test("every tool a prompt names is one the server has: the prompts are built only from our tools", () => {
  const tools = new Set(allTools.map((tool) => tool.name));
  for (const prompt of PROMPTS) {
    const text = prompt.message(Object.fromEntries(Object.keys(prompt.args).map((name) => [name, "x"])));
    const named = text.match(/\b(?:get|list|search)_[a-z_]*gong[a-z_]*|\bgong_engage_[a-z_]+/g) ?? [];
    expect(named.length, prompt.name).toBeGreaterThan(1);
    for (const name of named) expect(tools.has(name), `${prompt.name} names ${name}`).toBe(true);
  }
});
