/** The demo company's org chart: Halyard, which sells field-service scheduling software. */
export const DEMO_WORKSPACE_IDS = { americas: "2863417905216743108", emea: "6417250938861274315" } as const;
export type DemoRegion = keyof typeof DEMO_WORKSPACE_IDS;
export const DEMO_COMPANY_DOMAIN = "halyard.example";

export type DemoRole = "exec" | "revops" | "manager" | "ae" | "sdr" | "se" | "csm" | "marketing" | "finance";

export interface DemoPerson {
  readonly key: string;
  readonly id: string;
  readonly first: string;
  readonly last: string;
  readonly title: string | null;
  readonly manager: string | null;
  readonly role: DemoRole;
  readonly region: DemoRegion;
  readonly joinedDaysAgo: number;
  /** Deactivated this many days ago: still in the tree, with calls from before. */
  readonly leftDaysAgo?: number;
  readonly languages: readonly string[];
}

type Spec = [key: string, id: string, first: string, last: string, title: string | null, manager: string | null, role: DemoRole, region: DemoRegion, joinedDaysAgo: number, languages?: string[]];

const SPECS: readonly Spec[] = [
  ["margaret", "4514508569093007399", "Margaret", "Chen", "Chief Revenue Officer", null, "exec", "americas", 1460],
  ["priya", "8587691570743050253", "Priya", "Natarajan", "Revenue Operations Manager", null, "revops", "americas", 1210],
  ["rachel", "645979493646221353", "Rachel", "Summers", null, null, "finance", "americas", 640],
  ["marcus", "215180628369498116", "Marcus", "Reed", "VP Sales", "margaret", "exec", "americas", 1180],
  ["olivia", "4658018117093742186", "Olivia", "Grant", "Director, Customer Success", "margaret", "manager", "americas", 990],
  ["hannah", "2868127409261731931", "Hannah", "Cole", "Product Marketing Manager", "margaret", "marketing", "americas", 520],
  ["jordan", "456832076003973808", "Jordan", "Alvarez", "Sales Manager, Mid-Market West", "marcus", "manager", "americas", 870],
  ["sarah", "2299828595100144820", "Sarah", "Okafor", "Sales Manager, Enterprise East", "marcus", "manager", "americas", 810],
  ["tom", "4803896439450101664", "Tom", "Becker", "SDR Manager", "marcus", "manager", "americas", 700],
  ["lena", "4830663929433120346", "Lena", "Fischer", "Regional Sales Manager, EMEA", "marcus", "manager", "emea", 760, ["de-DE", "en-US"]],
  ["raj", "4257286762544256364", "Raj", "Mehta", "Head of Solutions Engineering", "marcus", "manager", "americas", 930],
  ["ethan", "3412359000818684775", "Ethan", "Brooks", "Account Executive", "jordan", "ae", "americas", 610],
  ["chloe", "7911918658325962123", "Chloe", "Kim", "Account Executive", "jordan", "ae", "americas", 430],
  ["noah", "5270463892861200919", "Noah", "Patel", "Account Executive", "jordan", "ae", "americas", 24],
  ["grace", "5555930017114066802", "Grace", "Liu", "Senior Account Executive", "jordan", "ae", "americas", 780],
  ["liam", "4712181283981140535", "Liam", "O'Connor", "Senior Account Executive", "sarah", "ae", "americas", 690],
  ["ava", "941837987686064960", "Ava", "Thompson", "Account Executive", "sarah", "ae", "americas", 380],
  ["mason", "6948091970487439642", "Mason", "Wright", "Account Executive", "sarah", "ae", "americas", 300],
  ["zoe", "4015928310754050205", "Zoe", "Martinez", "Sales Development Representative", "tom", "sdr", "americas", 260],
  ["caleb", "5233141413912223236", "Caleb", "Foster", "Sales Development Representative", "tom", "sdr", "americas", 210],
  ["harper", "2193146431252233367", "Harper", "Nguyen", "Senior SDR", "tom", "sdr", "americas", 350],
  ["isaac", "144257976798400384", "Isaac", "Turner", null, "tom", "sdr", "americas", 75],
  ["sophie", "4563534078124894229", "Sophie", "Laurent", "Account Executive, France", "lena", "ae", "emea", 540, ["fr-FR", "en-US"]],
  ["jonas", "972982812794515753", "Jonas", "Weber", "Account Executive, DACH & Nordics", "lena", "ae", "emea", 470, ["de-DE", "en-US"]],
  ["matteo", "352168240824493542", "Matteo", "Rossi", "Account Executive, Southern Europe", "lena", "ae", "emea", 330, ["it-IT", "en-US"]],
  ["daniel", "608469547257604463", "Daniel", "Cho", "Solutions Engineer", "raj", "se", "americas", 560],
  ["fatima", "3144163546714407120", "Fatima", "Haddad", "Senior Solutions Engineer", "raj", "se", "emea", 720, ["en-US", "fr-FR"]],
  ["ben", "1057441132216686221", "Ben", "Carter", "Customer Success Manager", "olivia", "csm", "americas", 650],
  ["mia", "2010700402989244964", "Mia", "Johansson", "Customer Success Manager, EMEA", "olivia", "csm", "emea", 480, ["sv-SE", "en-US"]],
  ["lucas", "7194690376630958953", "Lucas", "Silva", "Customer Success Manager", "olivia", "csm", "americas", 290],
];

/** Grace Liu left 35 days ago: Gong keeps her user, her manager link and her calls. */
const LEFT_DAYS_AGO: Readonly<Record<string, number>> = { grace: 35 };

export const DEMO_PEOPLE: readonly DemoPerson[] = SPECS.map(
  ([key, id, first, last, title, manager, role, region, joinedDaysAgo, languages]) => ({
    key, id, first, last, title, manager, role, region, joinedDaysAgo, languages: languages ?? [],
    ...(LEFT_DAYS_AGO[key] === undefined ? {} : { leftDaysAgo: LEFT_DAYS_AGO[key] }),
  }),
);

const BY_KEY = new Map(DEMO_PEOPLE.map((person) => [person.key, person]));

export function person(key: string): DemoPerson {
  const found = BY_KEY.get(key);
  if (!found) throw new Error(`no demo person ${key}`);
  return found;
}

export const fullName = (p: DemoPerson): string => `${p.first} ${p.last}`;
export const emailOf = (p: DemoPerson): string =>
  `${p.first}.${p.last}`.toLowerCase().replace(/[^a-z.]/g, "") + `@${DEMO_COMPANY_DOMAIN}`;

/** Was the person at the company (joined, not yet left) `daysAgo` days ago? */
export const activeOn = (p: DemoPerson, daysAgo: number): boolean =>
  daysAgo < p.joinedDaysAgo && daysAgo > (p.leftDaysAgo ?? -1);

export const reportsOf = (key: string): DemoPerson[] => DEMO_PEOPLE.filter((p) => p.manager === key);
export const peopleWithRole = (role: DemoRole, region?: DemoRegion): DemoPerson[] =>
  DEMO_PEOPLE.filter((p) => p.role === role && (region === undefined || p.region === region));
