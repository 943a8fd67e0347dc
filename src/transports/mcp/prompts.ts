import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";

/** A prompt as data: what prompts/list shows, and the user message it expands into, built only from our tools. */
export interface PromptSpec {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly args: Readonly<Record<string, { readonly description: string; readonly required: boolean }>>;
  readonly message: (args: Readonly<Record<string, string | undefined>>) => string;
}

const or = (value: string | undefined, fallback: string): string => (value === undefined || value.trim() === "" ? fallback : value.trim());

/** Issue 10: the jobs people bring to Gong, each a short plan over the tools, in the order they are used. */
export const PROMPTS: readonly PromptSpec[] = [
  {
    name: "prepare_for_meeting",
    title: "Prepare for a meeting with a company",
    description: "A briefing before a call with a customer or prospect: who they are, what was said, what is open.",
    args: {
      company: { description: "The company: its email domain (acme.com) or part of its name.", required: true },
      days: { description: "How far back to look, in days (default 90).", required: false },
    },
    message: ({ company, days }) =>
      [
        `Prepare me for my next meeting with ${or(company, "the company")}, from Gong, looking back ${or(days, "90")} days.`,
        `1. list_gong_calls with company "${or(company, "")}" and from_date_time that many days ago (follow next_cursor).`,
        "2. get_detailed_gong_call_details for the most recent calls (up to 5): brief, key points, next steps, outcome.",
        `3. search_gong_transcripts for "price", "budget", "competitor" and "timeline" in the same range, to quote what they said.`,
        "Then write: who we met (names, titles, their side and ours), their goals and pains, what we promised and what is still open (next steps with owners), risks and objections, and three questions to ask next. Cite call dates and links.",
      ].join("\n"),
  },
  {
    name: "review_deal_calls",
    title: "Review the calls of a deal",
    description: "Where a deal stands, read from its calls: progress, stakeholders, risks and next steps.",
    args: {
      company: { description: "The customer: its email domain or part of its name.", required: true },
      title_contains: { description: "A word of the calls' titles, to keep only this deal's calls (optional).", required: false },
    },
    message: ({ company, title_contains: title }) =>
      [
        `Review the deal with ${or(company, "the company")} from its Gong calls${title === undefined ? "" : ` titled with "${title}"`}.`,
        `1. list_gong_calls with company "${or(company, "")}"${title === undefined ? "" : ` and title_contains "${title}"`} over the last 180 days (follow next_cursor).`,
        "2. get_detailed_gong_call_details for those calls, oldest to newest, to follow how the deal moved.",
        "3. get_gong_call_transcript (external_only: true) for the latest call, to hear the customer in their own words.",
        "Then write: a timeline of the calls, who decides and who influences, what changed between calls, the risks (silence, new stakeholders, competitors, pricing), and the next steps with owners and dates.",
      ].join("\n"),
  },
  {
    name: "coach_rep_on_call",
    title: "Coach a rep on a call",
    description: "Feedback on one call: talk ratio, questions, monologues, how objections and next steps were handled.",
    args: {
      call_id: { description: "The Gong call id (from list_gong_calls).", required: true },
    },
    message: ({ call_id: callId }) =>
      [
        `Coach the rep who hosted Gong call ${or(callId, "(call id)")}.`,
        "1. get_detailed_gong_call_details for the call: talk time, stats (talk ratio, longest monologue, interactivity, patience), questions asked, outline and highlights.",
        "2. get_gong_call_transcript for the call, to find the moments worth quoting.",
        "Then give: three things that went well and three to improve, each with a quote and its [m:ss] time, how the next steps were set, and one exercise for the next call. Be specific and kind.",
      ].join("\n"),
  },
];

/** Registers every prompt on a server (the prompts capability comes with the first). */
export function registerPrompts(server: McpServer, prompts: readonly PromptSpec[] = PROMPTS): void {
  for (const prompt of prompts) {
    const argsSchema = Object.fromEntries(
      Object.entries(prompt.args).map(([name, arg]) => [name, (arg.required ? z.string() : z.string().optional()).describe(arg.description)]),
    );
    server.registerPrompt(prompt.name, { title: prompt.title, description: prompt.description, argsSchema }, (args: Record<string, string | undefined>) => ({
      messages: [{ role: "user" as const, content: { type: "text" as const, text: prompt.message(args) } }],
    }));
  }
}
