import { BACKCHANNELS, type Beat, type CallScript, type Line, type Voice } from "./phrasebook.js";
import type { Rng } from "./prng.js";

/** One planned monologue, before it is cast and timed. */
export interface DraftMonologue {
  readonly voice: Voice;
  readonly beat: number;
  readonly sentences: readonly string[];
  /** Index into `DraftCall.nextSteps` when this monologue states a next step. */
  readonly nextStep?: number;
  /** An acknowledgement ("Mm-hmm.") rather than a scripted line. */
  readonly filler?: boolean;
}

export interface DraftCall {
  readonly beats: readonly Beat[];
  readonly monologues: readonly DraftMonologue[];
  readonly nextSteps: readonly string[];
}

const VOICES: readonly Voice[] = ["rep", "peer", "lead", "cust", "buyer", "tech"];
const INTERNAL: ReadonlySet<Voice> = new Set(["rep", "peer", "lead"]);
export const isInternalVoice = (voice: Voice): boolean => INTERNAL.has(voice);

/** Fills `{slot}` (and `{Slot}`, capitalised); a missing slot is a bug in the phrasebook. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const value = slots[key];
    if (value === undefined) throw new Error(`demo phrasebook: no value for {${name}}`);
    return name === key ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

/** Who speaks a voice's lines when nobody in the call has that role (no manager joined, no IT contact...). */
const STAND_IN: Readonly<Record<Voice, Voice | null>> = { rep: null, peer: "rep", lead: "rep", cust: null, buyer: "cust", tech: "cust" };

export function castVoice(voice: Voice, present: ReadonlySet<Voice>): Voice {
  let current: Voice | null = voice;
  while (current !== null && !present.has(current)) current = STAND_IN[current];
  if (current === null) throw new Error(`demo call has nobody to speak for ${voice}`);
  return current;
}

export interface ScriptContext {
  readonly slots: Readonly<Record<string, string>>;
  readonly present: ReadonlySet<Voice>;
  readonly rng: Rng;
}

function parseLine(line: Line, { slots, present, rng }: ScriptContext): { voice: Voice; sentences: string[] } {
  const chosen = rng.pick(line.split(" || "));
  const colon = chosen.indexOf(":");
  const voice = VOICES.find((v) => v === chosen.slice(0, colon));
  if (voice === undefined) throw new Error(`demo phrasebook: bad voice in "${chosen}"`);
  const text = fill(chosen.slice(colon + 1).trim(), slots);
  return { voice: castVoice(voice, present), sentences: text.split(/(?<=[.?!])\s+(?=[A-Z"'])/) };
}

/**
 * Plans a call of about `target` monologues from a script: the scripted lines, optional exchanges while the
 * call is short, a few of the next steps, then split turns and acknowledgements (as real transcripts have).
 */
export function draftCall(script: CallScript, context: ScriptContext, target: number): DraftCall {
  const { slots, rng } = context;
  const extras = script.beats.reduce((n, beat) => n + (beat.extras ?? []).reduce((k, e) => k + e.length, 0), 0);
  const core = script.beats.reduce((n, beat) => n + beat.lines.length, 0) + script.closing.length + 3;
  // Filler can stretch a script only so far before it reads like padding.
  const wanted = Math.max(20, Math.min(target, Math.round((core + extras) * 1.8)));
  let extrasBudget = Math.round(wanted / 1.5) - core;
  const stepCount = Math.min(script.nextSteps.length, rng.int(2, 4));
  const steps = script.nextSteps.filter((_, i) => i < stepCount);
  const beats: Beat[] = [...script.beats, { topic: "Next Steps", section: "Next steps", lines: [], outline: [] }];
  const out: DraftMonologue[] = [];
  script.beats.forEach((beat, index) => {
    const lines = [...beat.lines];
    for (const exchange of rng.sample(beat.extras ?? [], beat.extras?.length ?? 0)) {
      if (extrasBudget <= 0) break;
      lines.push(...exchange);
      extrasBudget -= exchange.length;
    }
    for (const line of lines) out.push({ beat: index, ...parseLine(line, context) });
  });
  const closingBeat = script.beats.length;
  steps.forEach((step, i) => out.push({ beat: closingBeat, nextStep: i, ...parseLine(step.line, context) }));
  for (const line of script.closing) out.push({ beat: closingBeat, ...parseLine(line, context) });
  lengthen(out, wanted, rng);
  return { beats, monologues: out, nextSteps: steps.map((step) => fill(step.note, slots)) };
}

/**
 * Splits long turns (sometimes with the listener's "Mm-hmm." in between) and adds acknowledgements until the
 * call has `target` monologues: real transcripts have both. At most a quarter of the call is acknowledgements,
 * never two in a row.
 */
function lengthen(out: DraftMonologue[], target: number, rng: Rng): void {
  let fillers = 0;
  const maxFillers = Math.floor(target / 4);
  for (let attempts = 0; out.length < target && attempts < target * 6; attempts++) {
    const at = rng.int(2, out.length - 2);
    const current = out[at];
    const next = out[at + 1];
    if (!current || !next || current.filler === true) continue;
    const listener = [...out.slice(0, at).reverse(), ...out.slice(at + 1)].find((m) => m.voice !== current.voice)?.voice;
    const backchannel = (voice: Voice): DraftMonologue => {
      fillers++;
      return { voice, beat: current.beat, filler: true, sentences: [rng.pick(BACKCHANNELS)] };
    };
    if (current.sentences.length >= 2 && current.nextStep === undefined && (rng.chance(0.6) || fillers >= maxFillers)) {
      const cut = rng.int(1, current.sentences.length - 1);
      const first = { ...current, sentences: current.sentences.slice(0, cut) };
      const second = { ...current, sentences: current.sentences.slice(cut) };
      const between = listener !== undefined && fillers < maxFillers && rng.chance(0.4) ? [backchannel(listener)] : [];
      out.splice(at, 1, first, ...between, second);
    } else if (listener !== undefined && fillers < maxFillers && next.filler !== true) {
      out.splice(at + 1, 0, backchannel(listener));
    }
  }
}
