import type { Call } from "../../domain/call.js";
import type { DomainError } from "../../domain/errors.js";
import type { CallId } from "../../domain/ids.js";
import { ok, type Result } from "../../domain/result.js";
import { namedTurns, type Turn } from "../../domain/transcript.js";
import type { Actor } from "../actor.js";
import type { CallerAccess } from "../caller-access.js";
import type { GongGateway } from "../ports/gong-gateway.js";
import { splitVisible } from "../visible-calls.js";

export interface CallTranscript {
  readonly call: Call;
  /** Empty when Gong has no transcript for a call the caller may see. */
  readonly turns: readonly Turn[];
}

export interface TranscriptsAnswer {
  readonly transcripts: readonly CallTranscript[];
  readonly unavailableIds: readonly CallId[];
}

/**
 * get_gong_call_transcript: transcripts of the requested calls the caller may see, speakers named from the
 * call's parties. Gong is asked for transcripts of visible calls only.
 */
export class GetCallTranscripts {
  constructor(
    private readonly gong: GongGateway,
    private readonly access: CallerAccess,
  ) {}

  async execute(actor: Actor, callIds: readonly CallId[]): Promise<Result<TranscriptsAnswer, DomainError>> {
    const caller = await this.access.caller(actor);
    if (!caller.ok) return caller;
    const found = await this.gong.getCalls([...new Set(callIds)]);
    if (!found.ok) return found;
    const split = await splitVisible(this.access, caller.value, callIds, found.value);
    if (!split.ok) return split;
    const { visible, unavailableIds } = split.value;
    if (visible.length === 0) return ok({ transcripts: [], unavailableIds });
    const transcripts = await this.gong.getTranscripts(visible.map((call) => call.id));
    if (!transcripts.ok) return transcripts;
    const byCall = new Map(transcripts.value.map((transcript) => [transcript.callId, transcript]));
    return ok({
      transcripts: visible.map((call) => {
        const transcript = byCall.get(call.id);
        return { call, turns: transcript ? namedTurns(transcript, call.parties) : [] };
      }),
      unavailableIds,
    });
  }
}
