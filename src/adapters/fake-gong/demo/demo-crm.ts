import type { DemoAccount, DemoContact } from "./demo-accounts.js";
import { stableId } from "./prng.js";

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A 15-character Salesforce-style id (`<001|003|006>5e00000` and 5 characters), fixed per name. */
function salesforceIdOf(prefix: string, name: string): string {
  let n = BigInt(stableId(name));
  let id = "5e00000";
  for (let i = 0; i < 5; i++) {
    id += ID_CHARS.charAt(Number(n % 62n));
    n /= 62n;
  }
  return prefix + id;
}

export const accountCrmId = (account: DemoAccount): string => salesforceIdOf("001", `account:${account.name}`);
export const opportunityCrmId = (account: DemoAccount): string => salesforceIdOf("006", `opportunity:${account.name}`);
/** A contact's CRM id: what Engage flows know them by (a CRM prospect id). */
export const contactCrmId = (contact: DemoContact): string => salesforceIdOf("003", `contact:${contact.email}`);

const field = (name: string, value: string | null) => ({ name, value });

/** A call's `context` (Gong's shape, context "Extended"): the account, and the open opportunity of a prospect. */
export function callContext(account: DemoAccount) {
  const objects = [
    { objectType: "Account", objectId: accountCrmId(account), fields: [field("Name", account.name), field("Website", `https://www.${account.domain}`)], timing: "Now" },
    ...(account.stage === "prospect"
      ? [{ objectType: "Opportunity", objectId: opportunityCrmId(account), fields: [field("Name", `${account.short} - Halyard Dispatch`), field("StageName", "Evaluation")], timing: "Now" }]
      : []),
  ];
  return [{ system: "Salesforce", objects }];
}

/** A contact party's `context`: the CRM contact Gong matched by email. */
export function contactContext(contact: DemoContact) {
  return [{ system: "Salesforce", objects: [{ objectType: "Contact", objectId: contactCrmId(contact), fields: [field("Name", `${contact.first} ${contact.last}`)], timing: "Now" }] }];
}
