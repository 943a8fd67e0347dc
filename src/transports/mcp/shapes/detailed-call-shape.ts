import * as z from "zod";
import type { CallContent, CallInteraction, DetailedCall } from "../../../domain/call-content.js";
import { callFactsLine, callFields, callLine, callWithPartiesShape, crmLines, partyLines, partyShape, toCallWithPartiesOut } from "./call-shape.js";
import { elapsedSeconds } from "./elapsed.js";

const text = z.string().nullable();
const seconds = z.number().nullable().describe("Seconds from the start of the call");

/** A call with Gong's AI content flattened onto it; parts Gong has not produced are null or empty. */
export const detailedCallShape = z.object({
  ...callFields,
  parties: z.array(partyShape),
  crm_objects: callWithPartiesShape.shape.crm_objects,
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

/**
 * Everything the structured answer holds about a call, as a person would write it down: the call and its
 * parties, then Gong's AI content (brief, key points, outline, highlights such as next steps, topics,
 * trackers, outcome) and the interaction stats (talk time per speaker, stats, questions). Clients that show
 * the model only the text lose nothing a user may ask about.
 */
export function detailedCallText(call: DetailedCall): string {
  const lines = [callLine(call), callFactsLine(call), ...crmLines(call), ...partyLines(call.parties), ...contentLines(call.content), ...interactionLines(call)];
  return lines.join("\n");
}

function contentLines(content: CallContent | null): string[] {
  if (content === null) return ["Gong has no AI content for this call."];
  const lines: string[] = [];
  if (content.brief !== null) lines.push(`Brief: ${content.brief}`);
  if (content.keyPoints.length > 0) lines.push("Key points:", ...content.keyPoints.map((point) => `- ${point}`));
  if (content.outline.length > 0) {
    lines.push("Outline:");
    for (const section of content.outline) {
      const items = section.items.map((item) => `${item.text ?? ""}${item.startTime === null ? "" : ` [${elapsedSeconds(item.startTime)}]`}`);
      const length = section.duration === null ? "" : `, ${elapsedSeconds(section.duration)} long`;
      lines.push(`- [${elapsedSeconds(section.startTime)}${length}] ${section.section ?? "(untitled)"}${items.length > 0 ? `: ${items.join("; ")}` : ""}`);
    }
  }
  if (content.highlights.length > 0) {
    lines.push("Highlights:");
    for (const highlight of content.highlights) {
      const items = highlight.items.map((item) => `${item.text ?? ""}${item.startTimes.length > 0 ? ` [${item.startTimes.map(elapsedSeconds).join(", ")}]` : ""}`);
      lines.push(`- ${highlight.title ?? "(untitled)"}: ${items.join("; ")}`);
    }
  }
  const listed = <T>(label: string, items: readonly T[], show: (item: T) => string): void => {
    if (items.length > 0) lines.push(`${label}: ${items.map(show).join(", ")}`);
  };
  listed("Topics", content.topics, (topic) => `${topic.name ?? "(unnamed)"} ${elapsedSeconds(topic.duration)}`);
  listed("Trackers", content.trackers, (tracker) => `${tracker.name ?? "(unnamed)"} ×${tracker.count ?? "?"}${tracker.type === null ? "" : ` (${tracker.type})`}`);
  const outcome = content.callOutcome;
  if (outcome !== null) {
    const about = [outcome.category, outcome.id && `id ${outcome.id}`].filter((part): part is string => typeof part === "string" && part !== "");
    lines.push(`Outcome: ${outcome.name ?? "(unnamed)"}${about.length > 0 ? ` (${about.join(", ")})` : ""}`);
  }
  if (lines.length === 0) lines.push("Gong has no AI content for this call.");
  return lines;
}

function interactionLines(call: DetailedCall): string[] {
  const interaction = call.interaction;
  if (interaction === null) return [];
  const lines: string[] = [];
  if (interaction.speakers.length > 0) {
    const nameOf = (speaker: CallInteraction["speakers"][number]): string => {
      const party = call.parties.find((candidate) => (speaker.partyId !== null && candidate.id === speaker.partyId) || (speaker.userId !== null && candidate.userId === speaker.userId));
      return party?.name ?? party?.emailAddress ?? (speaker.userId === null ? `party ${speaker.partyId ?? "?"}` : `user ${speaker.userId}`);
    };
    lines.push(`Talk time: ${interaction.speakers.map((speaker) => `${nameOf(speaker)} ${elapsedSeconds(speaker.talkTime)}`).join(", ")}`);
  }
  if (interaction.stats.length > 0) lines.push(`Stats: ${interaction.stats.map((stat) => `${stat.name ?? "(unnamed)"} ${stat.value ?? "?"}`).join(", ")}`);
  const questions = interaction.questions;
  if (questions !== null) lines.push(`Questions asked: by the company ${questions.companyCount ?? "?"}, by others ${questions.nonCompanyCount ?? "?"}`);
  return lines;
}
