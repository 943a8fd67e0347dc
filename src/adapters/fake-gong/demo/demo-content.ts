import { fill, type DraftCall } from "./demo-script.js";
import type { TimedCall, TimedMonologue } from "./demo-transcripts.js";
import type { CallScript } from "./phrasebook.js";
import { stableId, type Rng } from "./prng.js";

/** Gong's times in content are float seconds with float32 noise, e.g. 0.30399999022483826. */
const seconds = (ms: number): number => Math.fround(ms / 1000);
const startOf = (m: TimedMonologue): number => m.sentences[0]?.start ?? 0;
const endOf = (m: TimedMonologue): number => m.sentences.at(-1)?.end ?? 0;

const TRACKERS = [
  { name: "Competitors", type: "KEYWORD", words: ["servicegrid", "dispatchiq", "fieldnimbus"] },
  { name: "Pricing", type: "KEYWORD", words: ["price", "pricing", "discount", "cost", "quote"] },
  { name: "Security", type: "KEYWORD", words: ["security", "soc 2", "single sign-on", "hosted"] },
  { name: "Budget", type: "SMART", words: ["budget", "overtime"] },
  { name: "Next Steps", type: "SMART", words: ["i'll send", "calendar", "next week", "by friday", "invite"] },
  { name: "Timeline", type: "SMART", words: ["go-live", "live before", "end of the month", "this quarter", "six weeks"] },
] as const;

function trackers(call: TimedCall, rng: Rng) {
  const texts = call.monologues.flatMap((m) => m.sentences.map((s) => s.text.toLowerCase()));
  return TRACKERS.map((tracker) => ({
    id: stableId(`demo-tracker:${tracker.name}`),
    name: tracker.name,
    count: texts.filter((text) => tracker.words.some((word) => text.includes(word))).length,
    type: tracker.type,
  })).filter((tracker) => tracker.count > 0 || rng.chance(0.2));
}

/** The `content` block, built from what was said, so brief, outline and next steps match the transcript. */
export function callContent(script: CallScript, draft: DraftCall, call: TimedCall, slots: Readonly<Record<string, string>>, rng: Rng) {
  const byBeat = draft.beats.map((_, beat) => call.monologues.filter((m) => m.beat === beat));
  const topicSeconds = new Map<string, number>();
  draft.beats.forEach((beat, i) => {
    const said = byBeat[i] ?? [];
    const duration = said.reduce((sum, m) => sum + (endOf(m) - startOf(m)), 0) / 1000;
    topicSeconds.set(beat.topic, (topicSeconds.get(beat.topic) ?? 0) + Math.round(duration));
  });
  const outline = draft.beats.flatMap((beat, i) => {
    const said = byBeat[i] ?? [];
    const first = said[0];
    const last = said.at(-1);
    if (!first || !last || beat.outline.length === 0) return [];
    const items = beat.outline.map((text, k) => {
      const at = said[Math.floor((k * said.length) / beat.outline.length)] ?? first;
      return { text: `${fill(text, slots)}.`, startTime: seconds(startOf(at)) };
    });
    return [{ section: fill(beat.section, slots), startTime: seconds(startOf(first)), duration: seconds(endOf(last) - startOf(first)), items }];
  });
  const stepItems = draft.nextSteps.map((text, i) => {
    const said = call.monologues.find((m) => m.nextStep === i);
    return { text: `${text}.`, startTimes: said ? [seconds(startOf(said))] : [] };
  });
  return {
    // Gong lists topics it looked for but did not hear with a duration of 0.
    topics: [...topicSeconds].map(([name, duration]) => ({ name, duration })).concat(rng.chance(0.5) ? [{ name: "Small Talk", duration: 0 }] : []),
    trackers: trackers(call, rng),
    brief: fill(script.brief, slots),
    outline,
    highlights: [{ title: "Next steps", items: stepItems }],
    ...(script.outcome ? { callOutcome: { ...script.outcome } } : {}),
    keyPoints: script.keyPoints.map((text) => ({ text: fill(text, slots) })),
  };
}

/** The `interaction` block: only the company's own speakers appear in `speakers`, as in Gong. */
export function callInteraction(call: TimedCall, internal: ReadonlyMap<string, { partyId: string; userId: string }>) {
  const talk = new Map<string, number>();
  const isInternal = (m: TimedMonologue): boolean => m.speakerId !== null && internal.has(m.speakerId);
  let total = 0;
  let longest = 0;
  let companyQuestions = 0;
  let otherQuestions = 0;
  const pauses: number[] = [];
  call.monologues.forEach((m, i) => {
    const spoken = m.sentences.reduce((sum, s) => sum + (s.end - s.start), 0);
    total += spoken;
    longest = Math.max(longest, spoken);
    const questions = m.sentences.filter((s) => s.text.endsWith("?")).length;
    const previous = call.monologues[i - 1];
    if (m.speakerId !== null && isInternal(m)) {
      talk.set(m.speakerId, (talk.get(m.speakerId) ?? 0) + spoken);
      companyQuestions += questions;
      // Patience: how long the company's people wait before answering someone else.
      if (previous && !isInternal(previous)) pauses.push(startOf(m) - endOf(previous));
    } else otherQuestions += questions;
  });
  const companyTalk = [...talk.values()].reduce((a, b) => a + b, 0);
  const minutes = Math.max(1, call.durationSeconds / 60);
  const round1 = (value: number): number => Math.round(value * 10) / 10;
  return {
    speakers: [...talk].map(([speakerId, ms]) => ({
      id: internal.get(speakerId)?.partyId ?? null,
      userId: internal.get(speakerId)?.userId ?? null,
      talkTime: Math.round(ms / 1000),
    })),
    interactionStats: [
      { name: "Talk Ratio", value: total === 0 ? 0 : Math.round((companyTalk / total) * 100) / 100 },
      { name: "Longest Monologue", value: Math.round(longest / 1000) },
      { name: "Interactivity", value: Math.min(10, round1((call.monologues.length / minutes) * 2)) },
      { name: "Patience", value: pauses.length === 0 ? 0 : round1(pauses.reduce((a, b) => a + b, 0) / pauses.length / 1000) },
    ],
    questions: { companyCount: companyQuestions, nonCompanyCount: otherQuestions },
  };
}
