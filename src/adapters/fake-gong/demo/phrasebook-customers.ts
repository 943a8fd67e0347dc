import { EXTERNAL_OPENING, GOODBYES, type CallScript } from "./phrasebook.js";

export const RENEWAL: CallScript = {
  beats: [
    EXTERNAL_OPENING,
    {
      topic: "Usage Review", section: "Usage over the last year",
      lines: [
        "rep: Your renewal is coming up in {month}, so I wanted to look back at the year with you before we talk numbers.",
        "rep: Your team scheduled a bit over forty thousand jobs in {product} this year, and your {kpi} went up {pct} percent since go-live.",
        "cust: Yeah, the dispatchers would riot if we took it away. The {branch2} branch is still lagging though.",
        "rep: I noticed that too. About a third of the techs in {branch2} don't open the mobile app. They're still calling in.",
        "cust: That's the old guard. Their lead is retiring in the fall, so it might fix itself.",
      ],
      extras: [["cust: Is there a report I can send upstairs with those numbers?", "rep: Yes, I'll export the executive summary from the Insights Pack. It's one page."]],
      outline: ["About 40,000 jobs scheduled this year; {kpi} up {pct}% since go-live", "{Branch2} adoption lags: a third of techs don't use the app"],
    },
    {
      topic: "Renewal", section: "Renewal terms",
      lines: [
        "rep: For the renewal, list prices went up seven percent this year. Because you're a multi-year customer, I can hold you at a four percent increase.",
        "buyer: Four percent is more than our budget assumed. We planned for flat.",
        "rep: Understood. Two options: a two-year renewal keeps you flat for year one, or we keep one year and remove the twelve unused seats.",
        "buyer: Removing unused seats makes sense regardless. Send me both versions and I'll decide.",
      ],
      extras: [["buyer: Are there any changes to the contract terms we should know about?", "rep: Only the updated data processing addendum. Legal sent the redline with the renewal quote."]],
      outline: ["Offered a 4% increase instead of the 7% list increase", "Options: two-year flat renewal, or one year with 12 unused seats removed"],
    },
    {
      topic: "Expansion", section: "Expansion",
      lines: [
        "cust: One more thing. We're opening a third branch in the spring. About twenty techs.",
        "rep: Congratulations! Let's plan that with the renewal, so the new branch is live before it opens.",
      ],
      outline: ["A third branch with about 20 technicians opens in the spring"],
    },
  ],
  nextSteps: [
    { line: "rep: I'll send both renewal quotes by {day}, one-year and two-year.", note: "{Rep} to send one-year and two-year renewal quotes by {day}" },
    { line: "rep: And I'll set up a session with the {branch2} technicians on the mobile app.", note: "Schedule mobile app training for the {branch2} technicians" },
    { line: "cust: I'll get you the headcount plan for the new branch.", note: "{Cust} to share the headcount plan for the new branch" },
  ],
  closing: GOODBYES,
  brief:
    "Renewal review with {cust} and {buyer} of {company} ahead of the {month} renewal. Usage is strong ({kpi} up {pct}%), but {branch2} lags on mobile adoption. {Buyer} pushed back on the 4% increase; {rep} will send one- and two-year options. A third branch opening in the spring is an expansion opportunity.",
  keyPoints: [
    "{Kpi} improved {pct}% since go-live; {branch2} adoption lags.",
    "{Buyer} budgeted a flat renewal and pushed back on 4%.",
    "Expansion: a third branch with about 20 technicians in the spring.",
  ],
};

export const ONBOARDING: CallScript = {
  beats: [
    EXTERNAL_OPENING,
    {
      topic: "Project Plan", section: "Goals and plan",
      lines: [
        "rep: Welcome aboard, everyone! Today is about agreeing on goals, the plan, and who does what.",
        "cust: Our goal is simple. By {month}, every job in {branch} is scheduled in {product}, and the dispatchers stop building the schedule by hand.",
        "rep: Love it. Our standard plan is six weeks: data import in weeks one and two, dispatcher training in week three, pilot in {branch} in weeks four and five, then go-live.",
        "cust: Six weeks works, but week three is a holiday week for us.",
        "rep: Then we move training to week four and keep the pilot at two weeks. Go-live moves by one week.",
      ],
      outline: ["Goal: all {branch} jobs scheduled in {product} by {month}", "Six-week plan; training moves to week four for the holiday"],
    },
    {
      topic: "Data & Integration", section: "Data import",
      lines: [
        "tech: For the import, can we just give you an export from {tool}?",
        "peer: Yes, a CSV export of customers, sites and open jobs is perfect. I'll send a template, and the import takes about a day.",
        "tech: And the technician skills? We keep those in a spreadsheet.",
        "peer: Send the spreadsheet too. Skills drive the optimizer, so it's worth getting right.",
      ],
      extras: [["tech: Do we need to set up single sign-on before go-live?", "peer: Ideally yes. It's a fifteen-minute setup on your side with the metadata file I'll send."]],
      outline: ["Customers, sites and open jobs imported from a {tool} export", "Technician skills spreadsheet needed for the optimizer"],
    },
  ],
  nextSteps: [
    { line: "peer: I'll send the import templates today.", note: "{Peer} to send the data import templates" },
    { line: "tech: We'll have the exports back to you by {day}.", note: "{Tech} to return the exports by {day}" },
    { line: "rep: I'll send the updated project plan with the new training week.", note: "{Rep} to send the updated project plan" },
  ],
  closing: GOODBYES,
  brief:
    "Onboarding kickoff with {company}. Goal: every {branch} job scheduled in {product} by {month}. The six-week plan shifts by a week for a holiday. {Tech} will export data from {tool}; technician skills come from a spreadsheet.",
  keyPoints: ["Go-live target: {month}, starting with {branch}.", "Training moves to week four because of a holiday.", "Technician skills are needed for the optimizer."],
};

export const QBR: CallScript = {
  beats: [
    EXTERNAL_OPENING,
    {
      topic: "Business Review", section: "Results this quarter",
      lines: [
        "rep: Thanks for the time, {buyer}. We've got three things: results this quarter, what's next on the roadmap, and your priorities for {quarter}.",
        "rep: Headline: drive time per job is down {pct} percent, and overtime hours dropped for the third month running.",
        "buyer: That matches what I see in payroll. Good.",
        "cust: The dispatchers also say the emergency jobs are way less painful now.",
        "rep: The one area I'd flag is the customer portal. Only about half your customers open the arrival text.",
      ],
      outline: ["Drive time per job down {pct}%; overtime down three months in a row", "Only about half of customers open the arrival text"],
    },
    {
      topic: "Roadmap", section: "Roadmap and priorities",
      lines: [
        "buyer: What's coming on your side that we should care about?",
        "peer: Two things. Parts inventory on the van, synced with your ERP, and a better preventive maintenance planner. Both ship in {quarter}.",
        "cust: The parts piece is big for us. Techs still call the warehouse.",
        "buyer: Our priority next quarter is the {branch2} branch. I want the same results there.",
      ],
      outline: ["Roadmap: van inventory sync and preventive maintenance planner in {quarter}", "Customer priority: replicate results in {branch2}"],
    },
  ],
  nextSteps: [
    { line: "rep: I'll put together a rollout plan for {branch2} and send it by {day}.", note: "{Rep} to send a {branch2} rollout plan by {day}" },
    { line: "peer: I'll add you to the early access list for van inventory.", note: "{Peer} to add {short} to the van inventory early access" },
  ],
  closing: GOODBYES,
  brief:
    "Quarterly business review with {buyer} and {cust} of {company}. Drive time per job is down {pct}% and overtime keeps falling; the customer portal is under-used. Next quarter's priority is {branch2}; {short} wants early access to van inventory.",
  keyPoints: ["Drive time per job down {pct}%.", "Customer portal adoption is about 50%.", "Next priority: roll out in {branch2}."],
};
