import { ok } from "../../../domain/result.js";
import { defineTool } from "../define-tool.js";
import { gongId } from "../input-fields.js";
import { callFactsLine, callLine, callWithPartiesShape, crmLines, partyLines, toCallWithPartiesOut } from "../shapes/call-shape.js";

/** get_gong_call_details: one call and who was on it. */
export const getGongCallDetails = defineTool({
  name: "get_gong_call_details",
  title: "Get Gong call details",
  description:
    "Returns one Gong call by id: title, start, duration (seconds), host, workspace, link, and its parties " +
    "(name, email, title, Internal/External, and the speaker_id used in transcripts). Use it to see who was " +
    "on a call. For Gong's AI summary (brief, key points, topics, outcome) use get_detailed_gong_call_details; " +
    "for what was said, get_gong_call_transcript. A call that does not exist and a call you may not see give " +
    "the same not_found answer.",
  access: "read",
  input: {
    call_id: gongId("call").describe("The Gong call id (a string of digits, e.g. from list_gong_calls)."),
  },
  output: { call: callWithPartiesShape },
  async run(input, { useCases, actor }) {
    const call = await useCases.getCallDetails.execute(actor, input.call_id);
    if (!call.ok) return call;
    return ok({
      structured: { call: toCallWithPartiesOut(call.value) },
      text: [callLine(call.value), callFactsLine(call.value), ...crmLines(call.value), ...partyLines(call.value.parties)].join("\n"),
    });
  },
});
