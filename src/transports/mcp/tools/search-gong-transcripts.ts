import * as z from "zod";
import { MAX_CALLS_SEARCHED } from "../../../application/use-cases/search-transcripts.js";
import { ok } from "../../../domain/result.js";
import { snippetOf } from "../../../domain/transcript-search.js";
import { defineTool } from "../define-tool.js";
import { cursor, dateTime, gongId, pageLimit, searchText } from "../input-fields.js";
import { omitUndefined } from "../omit-undefined.js";
import { counted } from "../shapes/counted.js";
import { elapsed } from "../shapes/elapsed.js";

const hitShape = z.object({
  call_id: z.string(),
  title: z.string().nullable(),
  started: z.string().nullable().describe("ISO 8601 start of the call"),
  speaker_name: z.string(),
  affiliation: z.enum(["internal", "external", "unknown"]),
  start_ms: z.number().describe("Milliseconds from the start of the call"),
  snippet: z.string().describe("The sentence that holds the query (at most 200 characters around it)"),
});

/** Contract section 5b spells affiliations in lower case here. */
const AFFILIATION = { Internal: "internal", External: "external", Unknown: "unknown" } as const;

/** search_gong_transcripts (contract section 5b): what was said, found by words rather than by call id. */
export const searchGongTranscripts = defineTool({
  name: "search_gong_transcripts",
  title: "Search Gong call transcripts",
  description:
    "Finds a word or phrase (case-insensitive) in what was said on the Gong calls you may see in a date range " +
    "(default: the last 30 days): each hit is one sentence, with its call, title, date, who said it " +
    "(internal/external) and when in the call. Newest call first, hits in order within a call; pages of `limit` " +
    `hits with next_cursor. One search reads at most the ${MAX_CALLS_SEARCHED} newest calls of the window ` +
    "(capped: true says older ones were left out: narrow the dates). Use get_gong_call_transcript for the " +
    "conversation around a hit.",
  access: "read",
  input: {
    query: searchText(200).describe("The words to find, 1 to 200 characters, as said (case-insensitive)."),
    from_date_time: dateTime().optional().describe("Start of the range, inclusive (ISO 8601 with time zone). Default: 30 days before to_date_time."),
    to_date_time: dateTime().optional().describe("End of the range, exclusive (ISO 8601 with time zone). Default: now."),
    workspace_id: gongId("workspace").optional().describe("Only calls of this Gong workspace. Default: all workspaces."),
    cursor: cursor("search_gong_transcripts").optional().describe("next_cursor from the previous page, with the same other arguments."),
    limit: pageLimit(50, 20).describe("Hits per page, 1 to 50. Default 20."),
  },
  output: {
    hits: z.array(hitShape),
    calls_searched: z.number().describe("Calls you may see in the range whose transcripts were searched"),
    capped: z.boolean().describe("True when the range held more calls than one search reads (the oldest were not searched)"),
    next_cursor: z.string().nullable().describe("Pass as cursor for the next page; null on the last page."),
  },
  async run(input, { useCases, actor, upstreamRequests }) {
    const page = await useCases.searchTranscripts.execute(actor, {
      query: input.query,
      limit: input.limit,
      ...omitUndefined({ fromDateTime: input.from_date_time, toDateTime: input.to_date_time, workspaceId: input.workspace_id, cursor: input.cursor }),
    });
    if (!page.ok) return page;
    const { hits, callsSearched, capped, nextCursor } = page.value;
    const spent = upstreamRequests?.() ?? null;
    const cost = spent === null ? "" : `; ${counted(spent, "Gong request")}`;
    // The structured hits once; the text is written from them.
    const shown = hits.map((hit) => ({
      call_id: hit.call.id,
      title: hit.call.title,
      started: hit.call.started,
      speaker_name: hit.speakerName,
      affiliation: AFFILIATION[hit.affiliation],
      start_ms: hit.startMs,
      snippet: snippetOf(hit.text, input.query),
    }));
    const lines = [
      `${hits.length === 0 ? "No hits" : counted(hits.length, "hit")} for "${input.query}" in ${counted(callsSearched, "call")} searched${cost}${hits.length > 0 ? ", newest call first:" : "."}`,
      ...shown.map((hit) => `- ${hit.call_id} · ${hit.started ?? "no start time"} · ${hit.title ?? "(untitled)"} · [${elapsed(hit.start_ms)}] ${hit.speaker_name} (${hit.affiliation}): ${hit.snippet}`),
    ];
    if (capped) lines.push(`Only the ${MAX_CALLS_SEARCHED} newest calls of the range were searched (capped): narrow from_date_time/to_date_time to search older ones.`);
    if (nextCursor !== null) lines.push(`More hits: call search_gong_transcripts again with the same arguments and cursor "${nextCursor}".`);
    return ok({
      structured: {
        hits: shown,
        calls_searched: callsSearched,
        capped,
        next_cursor: nextCursor,
      },
      text: lines.join("\n"),
    });
  },
});
