/**
 * A CRM record Gong links to a call (an account, an opportunity) or to a party (a contact, a lead): what an
 * assistant needs to go from a call to its prospect and on to Engage flows, which take CRM prospect ids.
 */
export interface CrmObject {
  /** The CRM, as Gong names it ("Salesforce", "HubSpot", "CRM"…); null when not said. */
  readonly system: string | null;
  /** Gong's objectType: Account, Opportunity, Contact, Lead… */
  readonly type: string;
  readonly id: string;
  /** The record's Name field, when Gong sent the fields (context "Extended"). */
  readonly name: string | null;
}

/** Contacts and leads are the prospects Engage flows are assigned to (their ids are CRM prospect ids). */
export const isProspect = (object: CrmObject): boolean => /^(contact|lead)$/i.test(object.type);
