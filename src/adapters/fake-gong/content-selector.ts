import type { WireCallData } from "../gong-wire/wire/calls.js";
import { isObject, type JsonObject } from "./request-input.js";

/** `exposedFields.content` flags; each asks for the content item of the same name. */
const CONTENT_ITEMS = sameNames([
  "structure",
  "topics",
  "trackers",
  "brief",
  "outline",
  "highlights",
  "callOutcome",
  "keyPoints",
  "pointsOfInterest",
]);

/** `exposedFields.interaction` flag → the `interaction` item it asks for (one name differs). */
const INTERACTION_ITEMS = {
  speakers: "speakers",
  video: "video",
  personInteractionStats: "interactionStats",
  questions: "questions",
};

const COLLABORATION_ITEMS = sameNames(["publicComments"]);

/**
 * One `CallData` holding only the blocks `contentSelector` asks for (gong-api.md section 7): `metaData` always;
 * `parties`, `media` when true; `content`, `interaction`, `collaboration` with only the items flagged true.
 * A block or item the call does not have stays missing, as on real calls without content.
 */
export function selectBlocks(call: WireCallData, contentSelector: unknown): Record<string, unknown> {
  const selector = isObject(contentSelector) ? contentSelector : {};
  const exposed = isObject(selector.exposedFields) ? selector.exposedFields : {};
  const stored = call as Readonly<Record<string, unknown>>;
  const occurrences = isObject(exposed.content) && exposed.content.trackerOccurrences === true;
  const blocks: Record<string, unknown> = {
    metaData: call.metaData,
    // UNCONFIRMED: "Basic" and "Extended" are served alike, and contextTiming is not applied.
    context: selector.context === "Basic" || selector.context === "Extended" ? stored.context : undefined,
    parties: exposed.parties === true ? stored.parties : undefined,
    content: withTrackerOccurrences(pick(stored.content, flagged(exposed.content, CONTENT_ITEMS)), occurrences),
    interaction: pick(stored.interaction, flagged(exposed.interaction, INTERACTION_ITEMS)),
    collaboration: pick(stored.collaboration, flagged(exposed.collaboration, COLLABORATION_ITEMS)),
    media: exposed.media === true ? stored.media : undefined,
  };
  return Object.fromEntries(Object.entries(blocks).filter(([, block]) => block !== undefined && block !== null));
}

function sameNames(names: readonly string[]): Readonly<Record<string, string>> {
  return Object.fromEntries(names.map((name) => [name, name]));
}

/** The items whose flag is `true`. */
function flagged(flags: unknown, items: Readonly<Record<string, string>>): string[] {
  return isObject(flags) ? Object.entries(items).flatMap(([flag, item]) => (flags[flag] === true ? [item] : [])) : [];
}

/** The asked-for items of a stored block; undefined when nothing was asked or the call has no such block. */
function pick(block: unknown, items: readonly string[]): JsonObject | undefined {
  if (items.length === 0 || !isObject(block)) return undefined;
  return Object.fromEntries(items.flatMap((item) => (block[item] === undefined ? [] : [[item, block[item]]])));
}

/**
 * Tracker occurrences come only with `trackerOccurrences: true` (the spec ties them to `trackers`).
 * UNCONFIRMED: that Gong then drops the `occurrences` keys rather than sending them empty.
 */
function withTrackerOccurrences(content: JsonObject | undefined, keep: boolean): JsonObject | undefined {
  if (content === undefined || keep || !Array.isArray(content.trackers)) return content;
  const trackers: readonly unknown[] = content.trackers;
  return { ...content, trackers: trackers.map((tracker) => dropOccurrences(tracker, "phrases")) };
}

/** `item` without its `occurrences`, and so for each entry of its `nested` list. */
function dropOccurrences(item: unknown, nested?: string): unknown {
  if (!isObject(item)) return item;
  const rest = Object.fromEntries(Object.entries(item).filter(([key]) => key !== "occurrences"));
  const list: unknown = nested === undefined ? undefined : rest[nested];
  if (nested === undefined || !Array.isArray(list)) return rest;
  const entries: readonly unknown[] = list;
  return { ...rest, [nested]: entries.map((entry) => dropOccurrences(entry)) };
}
