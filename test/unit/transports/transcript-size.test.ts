import { expect, test } from "vitest";
import type { Monologue } from "../../../src/domain/transcript.js";
import { ok } from "../../../src/domain/result.js";
import { connect, textOf } from "./in-memory-client.js";
import { MANAGER, REPORT_CALL, tinyGateway, useCasesOver } from "./tiny-gong.js";

/**
 * A transcript answer (structuredContent and text together) stays close to the size of Gong's own transcript
 * JSON, where a peer sends 3×. The text carries every word, because many clients show a model only the text;
 * so the words travel twice and the bound is 1.25×. Shaped like the recorded reference call (305 monologues,
 * 834 sentences, 19-digit speaker ids, short sanitized sentences: the worst case for per-turn overhead);
 * measured: 1.12× here, 1.50× on 20 demo transcripts with realistic sentences (text alone 0.45×).
 */
function referenceLikeTranscript(): Monologue[] {
  const speakers = ["3756161115312263013", "1283746501928374650", "5647382910564738291", "9182736450918273645"];
  const monologues: Monologue[] = [];
  let at = 130;
  for (let index = 0; index < 305; index += 1) {
    const sentences = Array.from({ length: index % 4 === 0 ? 1 : 3 }, (_, sentence) => {
      const start = at;
      at += 400 + ((index * 7 + sentence * 13) % 900);
      return { start, end: at, text: `X_${(index * 31 + sentence).toString(16).padStart(10, "0")}.` };
    });
    monologues.push({ speakerId: speakers[index % speakers.length] ?? null, topic: index % 5 === 0 ? null : "T_a118618b63", sentences });
  }
  return monologues;
}

test("a transcript answer stays within 1.25× of Gong's transcript JSON, every word in the text", async () => {
  const monologues = referenceLikeTranscript();
  const gongJson = JSON.stringify({
    requestId: "1652668566696306022",
    records: { totalRecords: 1, currentPageSize: 1, currentPageNumber: 0 },
    callTranscripts: [{ callId: REPORT_CALL, transcript: monologues }],
  });
  const gateway = {
    ...tinyGateway,
    getTranscripts: () => Promise.resolve(ok([{ callId: REPORT_CALL, monologues }])),
  };
  const session = await connect(MANAGER, useCasesOver(gateway));
  const result = await session.call("get_gong_call_transcript", { call_ids: [REPORT_CALL] });
  await session.close();

  const turns = (result.structuredContent as { transcripts: { turns: { speaker_id: string }[] }[] }).transcripts[0]?.turns;
  expect(turns).toHaveLength(305);
  expect(turns?.[1]?.speaker_id).toBe("1283746501928374650");
  const ours = JSON.stringify(result.structuredContent).length + textOf(result).length;
  expect(ours).toBeLessThanOrEqual(1.25 * gongJson.length);
  for (const monologue of monologues) for (const sentence of monologue.sentences) expect(textOf(result)).toContain(sentence.text);
});
