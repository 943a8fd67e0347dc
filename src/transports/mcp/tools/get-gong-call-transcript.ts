import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { toTranscriptOut, transcriptShape, transcriptText } from "../shapes/transcript-shape.js";
import { callIdsInput, unavailableCallIdsShape, unavailableLine } from "../shapes/call-batch.js";

/** get_gong_call_transcript: what was said on calls the caller may see. */
export const getGongCallTranscript = defineTool({
  name: "get_gong_call_transcript",
  title: "Get Gong call transcripts",
  description:
    "Returns the transcripts of up to 100 Gong calls: turn by turn, who spoke (named from the call's " +
    "parties, Internal/External), when (milliseconds from the start) and the words. Use it to quote or " +
    "analyse what was said; for a summary, get_detailed_gong_call_details is much shorter. Transcripts are " +
    "long: ask for the calls you need, a few at a time. A call you may see that Gong has no transcript for " +
    "comes back with no turns. Ids of calls that do not exist or that you may not see are listed together in " +
    "unavailable_call_ids, with no way to tell the two apart.",
  access: "read",
  input: {
    call_ids: callIdsInput,
  },
  output: {
    transcripts: z.array(transcriptShape),
    unavailable_call_ids: unavailableCallIdsShape,
  },
  async run(input, { useCases, actor }) {
    const answer = await useCases.getCallTranscripts.execute(actor, input.call_ids);
    if (!answer.ok) return answer;
    const { transcripts, unavailableIds } = answer.value;
    const lines = transcripts.map(transcriptText);
    if (unavailableIds.length > 0) lines.push(unavailableLine(unavailableIds));
    return ok({
      structured: { transcripts: transcripts.map(toTranscriptOut), unavailable_call_ids: [...unavailableIds] },
      text: lines.join("\n"),
    });
  },
});
