import { EXTERNAL_OPENING, GOODBYES, type CallScript, type NextStep } from "./phrasebook.js";

export const NEGOTIATION: CallScript = {
  beats: [
    EXTERNAL_OPENING,
    {
      topic: "Pricing", section: "Proposal review",
      lines: [
        "rep: Thanks for having us, {buyer}. I brought {lead}, who runs our team, in case we need to make decisions today.",
        "lead: Happy to be here. {Rep} has told me a lot about the rollout plan for {branch}.",
        "buyer: Thanks. I'll be direct. The proposal came in at {total} a year. {Competitor} quoted us about twenty percent less.",
        "rep: I appreciate you telling us. Can I ask what the {competitor} quote includes? Last time we compared, it didn't include route optimization or the customer portal.",
        "cust: It doesn't. We'd have to add a separate routing tool, and the techs would be in two apps.",
        "buyer: Fine, but I still need to get closer to the budget we set.",
      ],
      extras: [
        ["buyer: And what's the price increase at renewal? I've been burned by that before.", "rep: We can cap the renewal increase at five percent in the order form."],
        ["cust: For what it's worth, the dispatchers preferred your product in the trial. By a lot.", "buyer: Noted. That matters, but so does the number."],
      ],
      outline: ["Proposal at {total} per year; {competitor} quoted about 20% less", "{Competitor} quote excludes routing and the customer portal"],
    },
    {
      topic: "Negotiation", section: "Negotiation",
      lines: [
        "lead: Let me suggest something. If you can sign a two-year term by the end of the month, we can do {discount} percent off the first year.",
        "buyer: {Discount} percent on a two-year term. What about payment terms? We pay annually, not upfront for both years.",
        "lead: Annual payments are fine.",
        "buyer: And onboarding? Your proposal has a separate onboarding fee.",
        "rep: If we close this month I can include onboarding for the first branch at no cost. The second branch would be the standard fee.",
        "buyer: Okay. That gets us a lot closer. I need to run it past our controller, but I think we can make this work.",
      ],
      extras: [["buyer: Is there flexibility on the number of seats? We might add seasonal techs in summer.", "rep: Yes, seasonal seats can be added monthly at the same per-seat price and dropped after the season."]],
      outline: ["Offered {discount}% off year one for a two-year term signed this month", "Annual payments; onboarding for the first branch included"],
    },
    {
      topic: "Timeline", section: "Paperwork and timeline",
      lines: [
        "rep: What does the approval process look like on your side once you're comfortable?",
        "buyer: The controller reviews, then legal does a redline. Legal usually takes a week.",
        "cust: And {tech} already signed off on the security review, so that part is done.",
      ],
      outline: ["Approval: controller, then a one-week legal redline; security review already complete"],
    },
  ],
  nextSteps: [
    { line: "rep: I'll send a revised order form with the two-year term and the {discount} percent today.", note: "{Rep} to send a revised two-year order form with {discount}% off year one" },
    { line: "buyer: I'll get it to our controller by {day} and tell you if we have questions.", note: "{Buyer} to review with the controller by {day}" },
    { line: "rep: And I'll send our MSA to your legal team now, so the redline can start in parallel.", note: "Send the MSA to legal to start the redline in parallel" },
  ],
  closing: GOODBYES,
  brief:
    "{Buyer} of {company} pushed back on the {total} proposal with a lower {competitor} quote. {Lead} offered {discount}% off the first year for a two-year term signed this month, with annual payments and onboarding for the first branch included. {Buyer} will take it to the controller; legal redline follows.",
  keyPoints: [
    "{Competitor} quoted about 20% less but without routing or a customer portal.",
    "Offer: {discount}% off year one on a two-year term, annual payments, first-branch onboarding included.",
    "Security review is complete; legal redline takes about a week.",
  ],
};

const COLD_OPENING = {
  topic: "Call Setup", section: "Opener",
  lines: [
    "cust: This is {cust}.",
    "rep: Hi {cust}, it's {rep} from Halyard. I know I'm calling out of the blue. Do you have thirty seconds, and then you can tell me to go away?",
    "cust: Ha. Okay, thirty seconds.",
  ],
  outline: ["Permission-based opener"],
};

const COLD_PITCH = {
  topic: "Value Proposition", section: "Pitch",
  lines: [
    "rep: We work with service companies like {short} that schedule technicians by hand, and the usual story is that the schedule falls apart by ten in the morning. Does that sound familiar at all?",
    "cust: I mean, sometimes. We manage.",
    "rep: Most people say that. The teams we work with cut drive time by around {pct} percent. How are you building schedules today?",
    "cust: {Tool}. It works, mostly.",
  ],
  extras: [["rep: How many techs are you scheduling?", "cust: About {seats}, depending on the season."]],
  outline: ["Pitched drive-time savings; {short} schedules with {tool}"],
};

const BOOKED: NextStep[] = [
  { line: "rep: Would it be crazy to spend twenty minutes on it with our account executive, {peer}? How's {day} at ten?", note: "Meeting booked with {peer} for {day} at 10am" },
  { line: "cust: {Day} works. Send me an invite.", note: "{Rep} to send the calendar invite to {cust}" },
];

export const COLD_CALL_BOOKED: CallScript = {
  beats: [COLD_OPENING, COLD_PITCH, {
    topic: "Objection Handling", section: "Objection",
    lines: [
      "cust: Look, we looked at {competitor} a while ago and it was a nightmare to set up.",
      "rep: That's fair, and I hear that a lot. Our customers are usually live in six weeks, and we do the setup for you.",
      "cust: Six weeks. Hm. Okay, I'm listening.",
    ],
    outline: ["Objection: bad past experience with {competitor}; answered with a six-week rollout"],
  }],
  nextSteps: BOOKED,
  closing: ["cust: Okay. Bye.", "rep: Thanks, {cust}. Have a good one."],
  brief: "{Rep} cold-called {cust} at {company}. After an objection about a past {competitor} rollout, {cust} agreed to a 20-minute meeting with {peer} on {day}.",
  keyPoints: ["{Short} schedules technicians with {tool}.", "Past bad experience with {competitor}.", "Meeting booked with {peer} for {day}."],
  outcome: { id: "MEETING_BOOKED", category: "Answered", name: "Meeting booked" },
};

export const COLD_CALL_NOT_NOW: CallScript = {
  beats: [COLD_OPENING, COLD_PITCH, {
    topic: "Objection Handling", section: "Objection",
    lines: [
      "cust: Honestly, we just renewed with {competitor} for two years. It's not a good time.",
      "rep: Totally understood. When does that contract come up?",
      "cust: Not until next {month}. Call me then, maybe.",
    ],
    outline: ["Objection: just renewed with {competitor} until next {month}"],
  }],
  nextSteps: [{ line: "rep: I'll put a reminder in for a couple of months before that and send you a one-pager in the meantime.", note: "{Rep} to send a one-pager and follow up before next {month}" }],
  closing: ["cust: Sure. Thanks.", "rep: Thanks for your time, {cust}."],
  brief: "{Rep} cold-called {cust} at {company}. {Short} is under contract with {competitor} until next {month}; {rep} will follow up before then.",
  keyPoints: ["Under contract with {competitor} until next {month}.", "Follow up before the contract ends."],
  outcome: { id: "NOT_INTERESTED", category: "Answered", name: "Not interested right now" },
};
