import type { DemoParty } from "./demo-wire-types.js";
import type { DemoContact } from "./demo-accounts.js";
import type { Cast } from "./demo-call-kinds.js";
import { emailOf, fullName, type DemoPerson } from "./demo-people.js";
import type { Voice } from "./phrasebook.js";
import type { Rng } from "./prng.js";

export interface Parties {
  /** `parties[]` in Gong's shape: `userId` only on users, `speakerId` null for those who did not speak. */
  readonly parties: DemoParty[];
  /** The speaker id of each voice that speaks. */
  readonly speakers: ReadonlyMap<Voice, string>;
  /** Internal speakers by speaker id, for `interaction.speakers`. */
  readonly internal: ReadonlyMap<string, { partyId: string; userId: string }>;
}

/**
 * The attendees of a call. Keys Gong omits stay absent (not null): `userId` on non-users, `title` or
 * `emailAddress` on some contacts, `name` on an unidentified dial-in.
 */
export function buildParties(cast: Cast, contacts: readonly DemoContact[], phone: boolean, rng: Rng): Parties {
  const speakers = new Map<Voice, string>();
  const internal = new Map<string, { partyId: string; userId: string }>();
  const methods = (attended: boolean): { methods?: string[] } =>
    phone ? {} : { methods: attended ? ["Invitee", "Attendee"] : ["Invitee"] };
  const speakerFor = (voice: Voice | null): string | null => {
    if (voice === null) return null;
    const speakerId = rng.gongId(19);
    speakers.set(voice, speakerId);
    return speakerId;
  };
  const parties: DemoParty[] = [];
  for (const [p, voice] of cast.internal) parties.push(internalParty(p, speakerFor(voice), methods(true), rng, internal));
  for (const [index, voice] of cast.external) {
    const contact = contacts[index];
    if (!contact) continue;
    // A listed contact who never spoke was sometimes only invited.
    const attended = voice !== null || rng.chance(0.6);
    parties.push(externalParty(contact, speakerFor(voice), methods(attended), rng));
  }
  if (!phone && cast.external.length > 0 && rng.chance(0.12)) {
    parties.push({ id: rng.gongId(19), speakerId: null, affiliation: "Unknown", phoneNumber: `+1 ${String(rng.int(201, 989))} 555 0${String(rng.int(100, 199))}`, methods: ["Attendee"] });
  }
  // Gong does not order parties by role.
  return { parties: rng.sample(parties, parties.length), speakers, internal };
}

function internalParty(
  p: DemoPerson,
  speakerId: string | null,
  methods: { methods?: string[] },
  rng: Rng,
  internal: Map<string, { partyId: string; userId: string }>,
): DemoParty {
  const id = rng.gongId(19);
  if (speakerId !== null) internal.set(speakerId, { partyId: id, userId: p.id });
  return {
    id,
    emailAddress: emailOf(p),
    name: fullName(p),
    ...(p.title === null ? {} : { title: p.title }),
    userId: p.id,
    speakerId,
    affiliation: "Internal",
    ...methods,
  };
}

function externalParty(contact: DemoContact, speakerId: string | null, methods: { methods?: string[] }, rng: Rng): DemoParty {
  return {
    id: rng.gongId(19),
    ...(rng.chance(0.9) ? { emailAddress: contact.email } : {}),
    name: `${contact.first} ${contact.last}`,
    ...(rng.chance(0.8) ? { title: contact.title } : {}),
    speakerId,
    affiliation: "External",
    ...(contact.phone === null ? {} : { phoneNumber: contact.phone }),
    ...methods,
  };
}
