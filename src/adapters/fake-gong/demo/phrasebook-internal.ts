import { INTERNAL_OPENING, type CallScript } from "./phrasebook.js";

const INTERNAL_GOODBYES = ["lead: Okay, that's time. Thanks, everyone. || lead: Great, thanks all. Go close something.", "rep: Thanks. || rep: Thanks, talk later."];

export const PIPELINE_REVIEW: CallScript = {
  beats: [
    INTERNAL_OPENING,
    {
      topic: "Pipeline Review", section: "Deal updates",
      lines: [
        "lead: {Rep}, start with {short}. Where are we?",
        "rep: {Short} is in evaluation. Demo went well, {cust} is a strong champion, but we haven't met {buyer}, who signs.",
        "lead: So we're single-threaded. What's the plan to get to {buyer}?",
        "rep: {Cust} offered to set up a business case review with {buyer}. I'm pushing for next week.",
        "lead: Good. And the amount, {total}, is that still right?",
        "rep: Give or take. They might start with one branch, so it could come in lower.",
        "lead: {Peer}, what about {deal2}?",
        "peer: {Deal2} is stuck in legal. Their redline came back on the liability cap. I've got a call with our legal team on {day}.",
        "lead: Is it still a this-quarter deal?",
        "peer: If legal turns it around this week, yes. Otherwise it slips to next month.",
      ],
      extras: [
        ["lead: What's the competitive situation on {short}?", "rep: {Competitor} is in there. They came in cheaper, but {cust} liked our routing better in the trial."],
        ["lead: Anything new in the pipeline this week?", "peer: Two inbound leads from the webinar, both about thirty techs. SDRs are qualifying them."],
        ["lead: How's the close date on {short} looking?", "rep: End of the quarter is realistic if the business case review happens next week."],
      ],
      outline: ["{Short}: in evaluation, single-threaded; need access to {buyer}", "{Deal2}: in legal on the liability cap; could slip a month"],
    },
    {
      topic: "Forecast", section: "Commit and risks",
      lines: [
        "lead: So for the quarter, what are we calling commit?",
        "rep: I'd put {short} in best case, not commit, until we meet {buyer}.",
        "peer: {Deal2} stays in commit. I'm confident on the legal side.",
        "lead: Okay. I'll report it that way to {exec}.",
      ],
      outline: ["{Short} moves to best case; {deal2} stays in commit"],
    },
  ],
  nextSteps: [
    { line: "lead: {Rep}, get the meeting with {buyer} on the calendar this week.", note: "{Rep} to book a business case review with {buyer}" },
    { line: "peer: I'll update you after the legal call on {day}.", note: "{Peer} to report back after the legal call on {day}" },
    { line: "lead: And everybody, update next steps in the CRM by end of day, please.", note: "Everyone to update CRM next steps by end of day" },
  ],
  closing: INTERNAL_GOODBYES,
  brief:
    "Weekly pipeline review led by {lead}. {Short} is single-threaded on {cust} and moves to best case until {rep} meets {buyer}. {Deal2} is in legal on the liability cap and stays in commit.",
  keyPoints: ["{Short} is single-threaded; access to {buyer} is the priority.", "{Deal2} legal redline on the liability cap.", "{Short} moved from commit to best case."],
};

export const DEAL_STRATEGY: CallScript = {
  beats: [
    INTERNAL_OPENING,
    {
      topic: "Deal Strategy", section: "Deal strategy",
      lines: [
        "lead: Let's talk {short}. What's our read on who decides?",
        "rep: {Cust} runs operations and wants this. {Buyer} controls the budget and is skeptical. {Tech} in IT is neutral but worried about the ERP integration.",
        "peer: The integration is solvable. Their ERP is heavily customized, but our API covers the fields they showed me.",
        "lead: Then the risk is {buyer}. What does {buyer} care about?",
        "rep: Overtime. Overtime was up last quarter, and that's in the board deck.",
        "lead: So the business case is overtime, not dispatcher happiness. Let's build it that way.",
        "peer: I can pull the overtime numbers from the Evergreen case study. Similar size, similar mess.",
        "rep: And {competitor} is in the deal, so we need to show the routing difference, not just say it.",
      ],
      extras: [["lead: What's the timeline pressure on their side?", "rep: Busy season starts in {month}. They need to be live before it, which means signing in the next five weeks."]],
      outline: ["Buying group: {cust} champion, {buyer} skeptical budget owner, {tech} worried about ERP integration", "Business case to focus on overtime savings; show routing versus {competitor}"],
    },
  ],
  nextSteps: [
    { line: "rep: I'll draft the business case around overtime and share it by {day}.", note: "{Rep} to draft an overtime-focused business case by {day}" },
    { line: "peer: I'll do a side-by-side routing comparison on their own data.", note: "{Peer} to prepare a routing comparison on {short}'s data" },
  ],
  closing: INTERNAL_GOODBYES,
  brief:
    "{Rep}, {peer} and {lead} planned the {short} deal. {Buyer} is the skeptical budget owner who cares about overtime; the business case will focus on overtime savings, with a routing comparison against {competitor}.",
  keyPoints: ["{Buyer} cares about overtime.", "ERP integration risk is manageable.", "{Competitor} is competing; show the routing difference."],
};

export const COACHING: CallScript = {
  beats: [
    {
      topic: "Coaching", section: "Call review",
      lines: [
        "lead: Thanks for sending the {short} recording. What did you think of it yourself?",
        "rep: Honestly, I talked too much. I think I was at seventy percent talk time.",
        "lead: Yeah, I noticed that. The part I liked: when {cust} mentioned overtime, you asked what it costs. That was great.",
        "lead: Where I'd push you: you jumped to the demo before you knew who signs. Next time, ask about the decision process before you show anything.",
        "rep: Fair. I got excited because {cust} was so positive.",
        "lead: Totally normal. Positive champions are great, but they're not the budget.",
      ],
      outline: ["Talk time was too high on the {short} call", "Good: quantified the cost of overtime", "Improve: qualify the decision process before demoing"],
    },
    {
      topic: "Goals", section: "Goals and development",
      lines: [
        "lead: How are you feeling about the quarter?",
        "rep: Okay. I'm at sixty percent of quota, and {short} would get me over if it closes.",
        "lead: Let's not put everything on one deal. What else could close this quarter?",
        "rep: {Deal2}, maybe. It's smaller, but it's moving fast.",
      ],
      outline: ["At 60% of quota; avoid relying on {short} alone; {deal2} as a second option"],
    },
  ],
  nextSteps: [
    { line: "lead: For next week, pick one call and aim for under fifty percent talk time.", note: "{Rep} to keep talk time under 50% on one call next week" },
    { line: "rep: I'll send you the mutual action plan for {short} before Friday.", note: "{Rep} to share the {short} mutual action plan before Friday" },
  ],
  closing: ["lead: Good chat. Same time next week?", "rep: Same time. Thanks, {lead}."],
  brief: "1:1 between {lead} and {rep}: reviewed the {short} call (too much talk time, good cost question, demoed before qualifying the decision process) and the quarter (60% of quota, {deal2} as a second deal).",
  keyPoints: ["Reduce talk time.", "Qualify the decision process before demoing.", "Build pipeline beyond {short}."],
};

export const ENABLEMENT: CallScript = {
  beats: [
    INTERNAL_OPENING,
    {
      topic: "Product Launch", section: "{Addon} launch",
      lines: [
        "lead: Today is the {addon} update. It's live for all customers on Monday, and it's the question I want every rep to be able to answer.",
        "lead: Three things changed: it works on every plan, it's priced per technician, and setup takes a day instead of a week.",
        "rep: Does the per-technician price apply to existing customers at renewal, or right away?",
        "lead: At renewal. Before that, CSMs can offer a ninety-day trial.",
        "peer: What do we say when customers ask about {competitor}? They announced something similar.",
        "lead: Theirs needs a separate app for the technician. Ours is in the same app. Lead with that.",
      ],
      extras: [["rep: Is there a demo environment with it turned on?", "lead: Yes, the shared sandbox has it from today. Use the {branch} data set."]],
      outline: ["{Addon} is available on every plan, priced per technician", "Positioning against {competitor}: one app for technicians"],
    },
  ],
  nextSteps: [
    { line: "lead: Everyone please do the ten-minute certification by {day}.", note: "All reps to complete the {addon} certification by {day}" },
    { line: "lead: I'll post the slides and the battlecard in the sales channel.", note: "{Lead} to share slides and the {competitor} battlecard" },
  ],
  closing: INTERNAL_GOODBYES,
  brief: "{Lead} ran enablement on the {addon} update: available on every plan, priced per technician, one-day setup. Positioning against {competitor} is that technicians stay in one app.",
  keyPoints: ["{Addon}: every plan, per-technician pricing.", "Existing customers get the new price at renewal; 90-day trials via CSMs.", "Against {competitor}: one app."],
};
