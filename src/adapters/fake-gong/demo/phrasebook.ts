/**
 * The vocabulary of demo transcripts. A line is `"voice: text"`; `a || b` offers alternatives; `{slot}` is
 * filled per call (`{Slot}` capitalises the value). Voices are roles, cast to real people per call.
 */
export type Voice = "rep" | "peer" | "lead" | "cust" | "buyer" | "tech";
export type Line = string;

export interface Beat {
  /** The content topic; also the monologue topic when Gong sets one. */
  readonly topic: string;
  /** The outline section heading. */
  readonly section: string;
  readonly lines: readonly Line[];
  /** Optional exchanges that make a longer call. */
  readonly extras?: readonly (readonly Line[])[];
  /** Outline items for the section. */
  readonly outline: readonly string[];
}

export interface NextStep {
  readonly line: Line;
  /** How the "Next steps" highlight words it. */
  readonly note: string;
}

export interface CallOutcome {
  readonly id: string;
  readonly category: string;
  readonly name: string;
}

export interface CallScript {
  readonly beats: readonly Beat[];
  readonly nextSteps: readonly NextStep[];
  readonly closing: readonly Line[];
  readonly brief: string;
  readonly keyPoints: readonly string[];
  readonly outcome?: CallOutcome;
}

export const EXTERNAL_OPENING: Beat = {
  topic: "Call Setup",
  section: "Introductions",
  lines: [
    "rep: Hi {cust}, thanks for making the time today. || rep: Hey {cust}, good to see you again. Thanks for jumping on.",
    "cust: Of course. Sorry I'm a minute late, our morning dispatch huddle ran over. || cust: No problem. It's been one of those weeks, but happy to be here.",
    "rep: No worries at all. Is it okay if I record this, so I can focus on the conversation instead of taking notes? || rep: All good. Quick heads-up, I'm recording so I don't have to scribble notes. Is that alright?",
    "cust: Yeah, that's fine. || cust: Sure, go ahead.",
  ],
  extras: [
    ["rep: How's the weather in {branch}? I saw you had storms last week.", "cust: Oh, it was a mess. Half our techs were rescheduling jobs all Tuesday. Which, honestly, is part of why we're talking."],
    ["cust: Did you have a good weekend?", "rep: I did, thanks. Mostly sitting at my kid's soccer tournament with a thermos of coffee."],
  ],
  outline: ["Introductions and consent to record"],
};

export const INTERNAL_OPENING: Beat = {
  topic: "Call Setup",
  section: "Kickoff",
  lines: [
    "lead: Okay, let's get going, we've got a lot to cover. || lead: Morning everyone. Let's make this quick, I know you all have calls at the top of the hour.",
    "rep: Can everyone see my screen? || rep: Give me one second, pulling up the pipeline view.",
    "lead: Yep, we can see it.",
  ],
  outline: ["Kickoff"],
};

export const GOODBYES: readonly Line[] = [
  "cust: Sounds good. Thanks, {rep}. || cust: Perfect. Thanks, everyone.",
  "rep: Thanks, {cust}. Talk soon. || rep: Appreciate it. Have a good rest of your day.",
];

/** Short acknowledgements: they split turns the way real transcripts do. */
export const BACKCHANNELS: readonly string[] = [
  "Mm-hmm.", "Yeah.", "Right.", "Okay.", "Got it.", "Sure.", "Yeah, that makes sense.", "Right, right.", "Yep.",
  "Uh-huh.", "Yeah, totally.",
];

/** Values the slots are filled with, chosen per call. */
export const SLOT_POOLS = {
  product: ["Halyard Dispatch"],
  addon: ["Route Optimizer", "Customer Portal", "Insights Pack"],
  competitor: ["ServiceGrid", "DispatchIQ", "FieldNimbus"],
  tool: ["spreadsheets and a shared calendar", "an old Access database", "ServiceGrid", "their ERP's scheduling module"],
  pain: [
    "technicians miss their arrival windows because the schedule can't change during the day",
    "dispatchers rebuild the whole schedule by hand every evening",
    "techs drive across town twice because jobs aren't grouped by area",
    "nobody knows where a technician is until they call in",
  ],
  kpi: ["on-time arrival rate", "first-time fix rate", "jobs per technician per day"],
  day: ["Tuesday", "Wednesday", "Thursday", "Friday", "Monday"],
  month: ["March", "April", "May", "June", "September", "October"],
  quarter: ["Q3", "Q4", "Q1", "Q2"],
} as const;
