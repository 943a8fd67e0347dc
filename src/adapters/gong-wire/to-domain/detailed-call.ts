import type { CallContent, CallInteraction, DetailedCall } from "../../../domain/call-content.js";
import type { WireCallContent, WireCallData, WireInteraction } from "../wire/calls.js";
import { toCall } from "./call.js";

/** Inside `content`, what Gong has not produced is simply missing (gong-api.md section 7): [] or null here. */
export function toDetailedCall(wire: WireCallData): DetailedCall {
  return {
    ...toCall(wire),
    content: wire.content ? toContent(wire.content) : null,
    interaction: wire.interaction ? toInteraction(wire.interaction) : null,
  };
}

function toContent(wire: WireCallContent): CallContent {
  const outcome = wire.callOutcome;
  return {
    brief: wire.brief ?? null,
    keyPoints: (wire.keyPoints ?? []).flatMap((point) => (point.text ? [point.text] : [])),
    outline: (wire.outline ?? []).map((section) => ({
      section: section.section ?? null,
      startTime: section.startTime ?? null,
      duration: section.duration ?? null,
      items: (section.items ?? []).map((item) => ({ text: item.text ?? null, startTime: item.startTime ?? null })),
    })),
    highlights: (wire.highlights ?? []).map((highlight) => ({
      title: highlight.title ?? null,
      items: (highlight.items ?? []).map((item) => ({ text: item.text ?? null, startTimes: item.startTimes ?? [] })),
    })),
    topics: (wire.topics ?? []).map((topic) => ({ name: topic.name ?? null, duration: topic.duration ?? null })),
    trackers: (wire.trackers ?? []).map((tracker) => ({
      name: tracker.name ?? null,
      count: tracker.count ?? null,
      type: tracker.type ?? null,
    })),
    callOutcome: outcome
      ? { id: outcome.id ?? null, category: outcome.category ?? null, name: outcome.name ?? null }
      : null,
  };
}

function toInteraction(wire: WireInteraction): CallInteraction {
  const questions = wire.questions;
  return {
    // Gong's speaker `id` is the party id; only internal users appear here.
    speakers: (wire.speakers ?? []).map((speaker) => ({
      partyId: speaker.id ?? null,
      userId: speaker.userId ?? null,
      talkTime: speaker.talkTime ?? null,
    })),
    stats: (wire.interactionStats ?? []).map((stat) => ({ name: stat.name ?? null, value: stat.value ?? null })),
    questions: questions
      ? { companyCount: questions.companyCount ?? null, nonCompanyCount: questions.nonCompanyCount ?? null }
      : null,
  };
}
