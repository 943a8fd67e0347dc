import * as z from "zod";
import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { detailedCallShape, detailedCallText, toDetailedCallOut } from "../shapes/detailed-call-shape.js";
import { callIdsInput, unavailableCallIdsShape, unavailableLine } from "../shapes/call-batch.js";

/** get_detailed_gong_call_details: Gong's AI content and interaction stats of calls the caller may see. */
export const getDetailedGongCallDetails = defineTool({
  name: "get_detailed_gong_call_details",
  title: "Get detailed Gong call details",
  description:
    "Returns up to 100 Gong calls with Gong's AI content: brief, key points, outline, highlights, topics, " +
    "trackers and call outcome, plus interaction stats (talk time per speaker, questions asked) and the " +
    "parties. Use it to summarise or compare calls without reading whole transcripts. Parts Gong has not " +
    "produced are null or empty. Ids of calls that do not exist or that you may not see are listed together " +
    "in unavailable_call_ids, with no way to tell the two apart.",
  access: "read",
  input: {
    call_ids: callIdsInput,
  },
  output: {
    calls: z.array(detailedCallShape),
    unavailable_call_ids: unavailableCallIdsShape,
  },
  async run(input, { useCases, actor }) {
    const answer = await useCases.getDetailedCalls.execute(actor, input.call_ids);
    if (!answer.ok) return answer;
    const { visible, unavailableIds } = answer.value;
    const lines = visible.map(detailedCallText);
    if (unavailableIds.length > 0) lines.push(unavailableLine(unavailableIds));
    return ok({
      structured: { calls: visible.map(toDetailedCallOut), unavailable_call_ids: [...unavailableIds] },
      text: lines.length === 0 ? "No calls." : lines.join("\n\n"),
    });
  },
});
