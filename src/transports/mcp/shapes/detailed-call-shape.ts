import * as z from "zod";
import type { CallContent, CallInteraction, DetailedCall } from "../../../domain/call-content.js";
import { callFields, partyShape, toCallWithPartiesOut } from "./call-shape.js";

const text = z.string().nullable();
const seconds = z.number().nullable().describe("Seconds from the start of the call");

/** A call with Gong's AI content flattened onto it; parts Gong has not produced are null or empty. */
export const detailedCallShape = z.object({
  ...callFields,
  parties: z.array(partyShape),
  brief: text,
  key_points: z.array(z.string()),
  outline: z.array(z.object({
    section: text,
    start_time: seconds,
    duration: z.number().nullable().describe("Seconds"),
    items: z.array(z.object({ text, start_time: seconds })),
  })),
  highlights: z.array(z.object({
    title: text,
    items: z.array(z.object({ text, start_times: z.array(z.number()).describe("Seconds from the start of the call") })),
  })),
  topics: z.array(z.object({ name: text, duration: z.number().nullable().describe("Seconds") })),
  trackers: z.array(z.object({ name: text, count: z.number().nullable(), type: text })),
  call_outcome: z.object({ id: text, category: text, name: text }).nullable(),
  interaction: z.object({
    speakers: z.array(z.object({ party_id: text, user_id: text, talk_time: z.number().nullable().describe("Seconds") })),
    stats: z.array(z.object({ name: text, value: z.number().nullable() })),
    questions: z.object({ company_count: z.number().nullable(), non_company_count: z.number().nullable() }).nullable(),
  }).nullable(),
});

type DetailedCallOut = z.input<typeof detailedCallShape>;

export function toDetailedCallOut(call: DetailedCall): DetailedCallOut {
  return { ...toCallWithPartiesOut(call), ...contentOut(call.content), interaction: interactionOut(call.interaction) };
}

function contentOut(content: CallContent | null): Pick<DetailedCallOut, "brief" | "key_points" | "outline" | "highlights" | "topics" | "trackers" | "call_outcome"> {
  if (content === null) return { brief: null, key_points: [], outline: [], highlights: [], topics: [], trackers: [], call_outcome: null };
  return {
    brief: content.brief,
    key_points: [...content.keyPoints],
    outline: content.outline.map((section) => ({
      section: section.section,
      start_time: section.startTime,
      duration: section.duration,
      items: section.items.map((item) => ({ text: item.text, start_time: item.startTime })),
    })),
    highlights: content.highlights.map((highlight) => ({
      title: highlight.title,
      items: highlight.items.map((item) => ({ text: item.text, start_times: [...item.startTimes] })),
    })),
    topics: content.topics.map((topic) => ({ name: topic.name, duration: topic.duration })),
    trackers: content.trackers.map((tracker) => ({ name: tracker.name, count: tracker.count, type: tracker.type })),
    call_outcome: content.callOutcome && { ...content.callOutcome },
  };
}

function interactionOut(interaction: CallInteraction | null): DetailedCallOut["interaction"] {
  if (interaction === null) return null;
  return {
    speakers: interaction.speakers.map((speaker) => ({ party_id: speaker.partyId, user_id: speaker.userId, talk_time: speaker.talkTime })),
    stats: interaction.stats.map((stat) => ({ name: stat.name, value: stat.value })),
    questions: interaction.questions && {
      company_count: interaction.questions.companyCount,
      non_company_count: interaction.questions.nonCompanyCount,
    },
  };
}

/** A few lines per call: the brief, key points and outcome, for clients that only read text. */
export function detailedCallText(call: DetailedCall): string {
  const lines: string[] = [];
  const content = call.content;
  if (content?.brief) lines.push(`Brief: ${content.brief}`);
  if (content && content.keyPoints.length > 0) lines.push(...content.keyPoints.map((point) => `- ${point}`));
  const topics = content?.topics.map((topic) => topic.name).filter((name) => name !== null) ?? [];
  if (topics.length > 0) lines.push(`Topics: ${topics.join(", ")}`);
  const outcome = content?.callOutcome?.name;
  if (outcome) lines.push(`Outcome: ${outcome}`);
  if (lines.length === 0) lines.push("Gong has no AI content for this call.");
  return lines.join("\n");
}
