import { EXTERNAL_OPENING, GOODBYES, type CallScript } from "./phrasebook.js";

export const DISCOVERY: CallScript = {
  beats: [
    EXTERNAL_OPENING,
    {
      topic: "Current Process", section: "How scheduling works today",
      lines: [
        "rep: So the goal today is to understand how scheduling works at {short} today, where it hurts, and whether it makes sense to go further. Fair?",
        "cust: That works. I should say up front we're only starting to look at options.",
        "rep: Totally fair. Walk me through a typical morning. A job comes in, what happens next?",
        "cust: Calls come into our service desk, they log the job in {tool}, and the dispatchers build the schedule for about {seats} technicians across {branch} and {branch2}. Most of it happens the night before.",
        "rep: How long does building that schedule take?",
        "cust: Two dispatchers spend about three hours every evening on it. And then the first emergency call of the day blows it up.",
      ],
      extras: [
        ["rep: How do your technicians see their jobs today? Paper, an app, texts?", "cust: A mix. The senior guys want a printed sheet, the newer techs get a text from the dispatcher. It's not great."],
        ["rep: Who owns the schedule when a dispatcher is out sick?", "cust: Usually me. Which means I'm doing it at nine at night."],
        ["rep: Are parts and inventory tracked on the job, or separately?", "cust: Separately. Parts live in our ERP, and techs call the warehouse to check stock."],
      ],
      outline: ["Jobs are logged in {tool} and scheduled by hand the night before", "Two dispatchers spend about three hours a day on the schedule"],
    },
    {
      topic: "Business Impact", section: "Pain and impact",
      lines: [
        "rep: If you could fix one thing first, what would it be?",
        "cust: Honestly? {Pain}. That's what our customers complain about, and it's what our techs complain about.",
        "rep: Do you have a sense of what that costs you?",
        "cust: Our {kpi} is about {pct} percent below where we want it. And every missed window is a credit on the invoice, so it's real money.",
        "rep: That lines up with what we see at similar service companies. Usually the fix is making the schedule adjust itself when the day changes.",
      ],
      extras: [
        ["rep: Is leadership feeling this too, or mostly the ops team?", "cust: {Buyer} definitely feels it. Overtime was up again last quarter, and I got asked point blank why."],
        ["rep: Have you tried to fix this before?", "cust: We looked at {competitor} two years ago. Too rigid for how we work, and the rollout estimate was six months."],
      ],
      outline: ["Main problem: {pain}", "{Kpi} is about {pct}% below target; missed windows lead to invoice credits"],
    },
    {
      topic: "Decision Process", section: "Decision process and timeline",
      lines: [
        "rep: If you did decide to change how you schedule, how would that decision get made?",
        "cust: I'd run the evaluation, {tech} from IT has to sign off on security and the integration, and {buyer} signs anything over fifty thousand.",
        "rep: And timing? Is something driving this?",
        "cust: Our busy season starts in {month}. If we change anything, it has to be live before then.",
        "rep: Got it. Tight but doable. Most teams your size are live in six to eight weeks.",
      ],
      extras: [["rep: Is there budget set aside for this, or would it need to be found?", "cust: There's an ops improvement budget for this year. I don't think anyone has touched it yet."]],
      outline: ["{Cust} leads; {tech} approves security and integration; {buyer} signs above $50k", "Must be live before the busy season in {month}"],
    },
  ],
  nextSteps: [
    { line: "rep: I'll send a short recap and two customer stories from companies like yours by {day}.", note: "{Rep} to send a recap and two customer stories by {day}" },
    { line: "rep: Let's get a demo on the calendar with our solutions engineer. Ideally {tech} joins so we can cover the integration questions.", note: "Schedule a tailored demo with a solutions engineer; invite {tech} from IT" },
    { line: "cust: I'll pull last month's numbers on missed arrival windows so we have a baseline.", note: "{Cust} to share last month's missed-window numbers as a baseline" },
    { line: "cust: And I'll give {buyer} a heads-up that we're looking at this.", note: "{Cust} to brief {buyer} on the evaluation" },
  ],
  closing: GOODBYES,
  brief:
    "{Rep} ran a first discovery call with {cust} of {company}. {Short} schedules about {seats} technicians across {branch} and {branch2} by hand in {tool}, and {pain}. {Cust} leads the evaluation, {tech} must approve security and integration, and {buyer} signs off; the goal is to be live before the busy season in {month}.",
  keyPoints: [
    "Schedules are built by hand the night before, taking two dispatchers about three hours.",
    "The main problem is that {pain}; {kpi} is about {pct}% below target.",
    "Decision: {cust} leads, {tech} approves security, {buyer} signs above $50k.",
    "Timeline is driven by the busy season starting in {month}.",
  ],
};

export const DEMO: CallScript = {
  beats: [
    EXTERNAL_OPENING,
    {
      topic: "Product Demo", section: "Tailored demo",
      lines: [
        "rep: Quick recap from last time: {seats} technicians, two branches, and the big issue is that {pain}. Anything change since we spoke?",
        "cust: No, if anything it got worse. We lost a maintenance contract last month over missed windows.",
        "rep: Sorry to hear that. {Peer} is going to show you what this looks like in {product}.",
        "peer: Thanks, {rep}. I've loaded a sandbox with jobs that look like yours, in {branch} and {branch2}. This is the dispatch board.",
        "peer: Say an emergency job comes in at ten. Watch what happens to the route. The optimizer moves two jobs to the technician who is already nearby and updates both techs' phones.",
        "cust: Wait, it does that automatically? The dispatcher doesn't have to approve it?",
        "peer: You choose. Most customers start with suggestions the dispatcher approves, then switch to automatic after a few weeks.",
        "cust: Okay, that's the part I'd want. Our dispatchers do that with phone calls right now.",
      ],
      extras: [
        ["cust: What does the technician see on their side?", "peer: The mobile app shows the day, the route and the job notes. They can take photos and get a customer signature on site."],
        ["cust: Can it handle techs with different skills? Not everyone is certified for commercial units.", "peer: Yes, skills and certifications are on the technician profile, and the optimizer never assigns a job to someone who isn't certified."],
        ["cust: Can customers see when the tech is coming?", "peer: That's the {addon}. The customer gets a text with a live arrival window."],
      ],
      outline: ["Recap of the problem: {pain}", "Live demo: the optimizer reassigns jobs when an emergency comes in", "Dispatchers can approve suggestions before switching to automatic"],
    },
    {
      topic: "Security & Integration", section: "Technical questions",
      lines: [
        "tech: From the IT side, two questions. Where is the data hosted, and how do you integrate with our ERP?",
        "peer: We're hosted in AWS, SOC 2 Type II, single sign-on with Okta or Azure AD. For the ERP we have a standard connector, and an open API if you've customized it.",
        "tech: We've customized it. A lot.",
        "peer: That's common. I'd suggest a forty-five minute technical session with our integration team to go through your fields.",
      ],
      extras: [["tech: Do you have a security questionnaire already filled out?", "rep: We do. I'll send our SOC 2 report and the standard questionnaire after this call."]],
      outline: ["Hosted in AWS, SOC 2 Type II, SSO supported", "ERP is heavily customized: technical session needed"],
    },
    {
      topic: "Pricing", section: "Pricing preview",
      lines: [
        "cust: Before we go, roughly what does this cost? I need to give {buyer} a number.",
        "rep: Pricing is per technician per month. For {seats} techs with the {addon}, you'd be in the range of {total} a year, before any multi-year discount.",
        "cust: Okay. That's more than I hoped, but not crazy if it fixes the overtime problem.",
      ],
      outline: ["Indicative price: about {total} per year for {seats} technicians"],
    },
  ],
  nextSteps: [
    { line: "rep: I'll send the SOC 2 report and the security questionnaire today.", note: "{Rep} to send the SOC 2 report and security questionnaire" },
    { line: "peer: I'll set up the technical session on the ERP integration with {tech} for next {day}.", note: "{Peer} to run an ERP integration session with {tech} next {day}" },
    { line: "cust: I'll walk {buyer} through this and see if {buyer} wants to join the next call.", note: "{Cust} to review with {buyer} and invite them to the next call" },
  ],
  closing: GOODBYES,
  brief:
    "{Rep} and {peer} demoed {product} to {cust} and {tech} of {company}. The optimizer reassigning jobs around emergencies landed well; {tech} raised hosting and a heavily customized ERP, so a technical session is next. {Rep} gave an indicative price of about {total} a year for {seats} technicians.",
  keyPoints: [
    "Automatic rescheduling around emergency jobs is the feature {cust} cares most about.",
    "IT needs a technical session because the ERP is heavily customized.",
    "Indicative pricing of about {total} per year was shared for {seats} technicians.",
  ],
};
