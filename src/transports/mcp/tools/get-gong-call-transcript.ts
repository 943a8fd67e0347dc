import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { cursor, flag, wholeNumber } from "../input-fields.js";
import { pageTranscripts } from "../shapes/transcript-page.js";
import { moreLine, toTranscriptOut, transcriptShape } from "../shapes/transcript-shape.js";
import { callIdsInput, unavailableCallIdsShape, unavailableLine } from "../shapes/call-batch.js";

/** About 10,000 tokens: a few calls' worth, well inside what MCP clients accept from one tool result. */
export const DEFAULT_TRANSCRIPT_CHARS = 40_000;
// Room kept for the last line (where it stopped, and the cursor) within max_chars.
const MORE_LINE_ROOM = 400;

/** get_gong_call_transcript: what was said on calls the caller may see. */
export const getGongCallTranscript = defineTool({
  name: "get_gong_call_transcript",
  title: "Get Gong call transcripts",
  description:
    "Returns the transcripts of up to 100 Gong calls: turn by turn, who spoke (named from the call's " +
    "parties, Internal/External), when (a [m:ss] mark at least once a minute) and every word. Use it to quote or " +
    "analyse what was said; for a summary, get_detailed_gong_call_details is much shorter. One answer holds " +
    `at most max_chars characters of text (default ${DEFAULT_TRANSCRIPT_CHARS}); when there is more it ends with ` +
    "next_cursor: call again with the same call_ids and that cursor to go on exactly where it stopped. " +
    "external_only: true keeps only what the customer's side said. A call you may see that Gong has no " +
    "transcript for comes back with no turns. Ids of calls that do not exist or that you may not see are " +
    "listed together in unavailable_call_ids, with no way to tell the two apart.",
  access: "read",
  input: {
    call_ids: callIdsInput,
    external_only: flag(false).describe("true: only turns of external speakers (the customer's side). Default false."),
    max_chars: wholeNumber(1_000, 1_000_000, DEFAULT_TRANSCRIPT_CHARS).describe(
      `Most characters of transcript text in one answer, 1000 to 1000000 (default ${DEFAULT_TRANSCRIPT_CHARS}, about 10,000 tokens).`,
    ),
    cursor: cursor("get_gong_call_transcript").optional().describe("The next_cursor of the previous answer, with the same call_ids and external_only."),
  },
  output: {
    transcripts: z.array(transcriptShape),
    unavailable_call_ids: unavailableCallIdsShape,
    next_cursor: z.string().nullable().describe("Set when the transcripts go on past max_chars: pass it back as cursor"),
  },
  async run(input, { useCases, actor }) {
    const externalOnly = input.external_only;
    const question = { callIds: input.call_ids, externalOnly, ...(input.cursor === undefined ? {} : { cursor: input.cursor }) };
    const answer = await useCases.getCallTranscripts.execute(actor, question);
    if (!answer.ok) return answer;
    const { unavailableIds } = answer.value;
    const unavailable = unavailableIds.length > 0 ? [unavailableLine(unavailableIds)] : [];
    const room = input.max_chars - MORE_LINE_ROOM - unavailable.reduce((sum, line) => sum + line.length + 1, 0);
    const page = pageTranscripts(answer.value, Math.max(0, room), externalOnly);
    const next = page.next;
    const nextCursor = next === null ? null : useCases.getCallTranscripts.cursorAt(actor, question, next.callId, next.position);
    const lines = [...page.lines, ...unavailable];
    if (next !== null && nextCursor !== null) lines.push(moreLine(next, input.max_chars, nextCursor, externalOnly));
    return ok({
      structured: { transcripts: page.pieces.map(toTranscriptOut), unavailable_call_ids: [...unavailableIds], next_cursor: nextCursor },
      text: lines.join("\n"),
    });
  },
});
