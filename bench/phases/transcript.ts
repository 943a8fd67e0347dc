import { gongRequest, type FakeGong } from "../lib/fake.js";
import { CLI, stdioSession, textOf } from "../lib/proc.js";
import { USERS } from "../lib/workspace.js";

export interface TranscriptResult {
  readonly callIds: readonly string[];
  /** Transcripts in Gong's answer, and in the tool's. */
  readonly rawTranscripts: number;
  readonly toolTranscripts: number;
  /** Gong's transcript JSON for the calls, every page, as compact JSON (what Gong sends). */
  readonly rawBytes: number;
  /** The same as the fake served it (it may indent). */
  readonly rawWireBytes: number;
  /** Gong's JSON for the same calls' parties (POST /v2/calls/extensive, parties exposed): where the speakers' names are. */
  readonly rawPartiesBytes: number;
  /** Every word: the tool asked with max_chars 1,000,000. */
  readonly textBytes: number;
  readonly structuredBytes: number;
  /** The same question with the default max_chars: how much one answer holds, and whether it said how to go on. */
  readonly defaultTextBytes: number;
  readonly defaultNextCursor: boolean;
  readonly error: string | null;
}

interface TranscriptPage {
  readonly records?: { readonly cursor?: string };
  readonly callTranscripts?: readonly unknown[];
}

/**
 * get_gong_call_transcript for `callIds` (the admin, who may see every call), against POST /v2/calls/transcript
 * on the fake for the same ids. Sizes are UTF-8 bytes; structuredContent as compact JSON.
 */
export async function measureTranscripts(fastFake: FakeGong, callIds: readonly string[], dataDir: string): Promise<TranscriptResult> {
  let rawBytes = 0;
  let rawWireBytes = 0;
  let rawTranscripts = 0;
  let cursor: string | undefined;
  do {
    const answer = await gongRequest(fastFake, "POST", "/v2/calls/transcript", { filter: { callIds }, ...(cursor === undefined ? {} : { cursor }) });
    if (answer.status !== 200) throw new Error(`POST /v2/calls/transcript: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
    const page = JSON.parse(answer.text) as TranscriptPage;
    rawWireBytes += Buffer.byteLength(answer.text);
    rawBytes += Buffer.byteLength(JSON.stringify(page));
    rawTranscripts += page.callTranscripts?.length ?? 0;
    cursor = page.records?.cursor;
  } while (cursor !== undefined);

  const parties = await gongRequest(fastFake, "POST", "/v2/calls/extensive", { filter: { callIds }, contentSelector: { exposedFields: { parties: true } } });
  if (parties.status !== 200) throw new Error(`POST /v2/calls/extensive: HTTP ${parties.status} ${parties.text.slice(0, 200)}`);
  const rawPartiesBytes = Buffer.byteLength(JSON.stringify(JSON.parse(parties.text)));

  // The fast fake does not rate limit, so neither need this process: only the sizes are measured here.
  const session = await stdioSession([CLI, "stdio", "--user-id", USERS.admin], { ...fastFake.env(dataDir), GONG_MCP_RATE_LIMIT_RPS: "100" });
  try {
    const result = await session.call("get_gong_call_transcript", { call_ids: callIds, max_chars: 1_000_000 });
    const structured = result.structuredContent as { transcripts?: readonly unknown[] } | undefined;
    const byDefault = await session.call("get_gong_call_transcript", { call_ids: callIds });
    return {
      callIds,
      rawTranscripts,
      toolTranscripts: structured?.transcripts?.length ?? 0,
      rawBytes,
      rawWireBytes,
      rawPartiesBytes,
      textBytes: Buffer.byteLength(textOf(result)),
      structuredBytes: structured === undefined ? 0 : Buffer.byteLength(JSON.stringify(structured)),
      defaultTextBytes: Buffer.byteLength(textOf(byDefault)),
      defaultNextCursor: typeof (byDefault.structuredContent as { next_cursor?: unknown } | undefined)?.next_cursor === "string",
      error: result.isError === true ? textOf(result).slice(0, 200) : null,
    };
  } finally {
    await session.close();
  }
}
