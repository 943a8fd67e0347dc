import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { crmObjectsOf } from "../../../src/adapters/gong-wire/to-domain/crm.js";

/** The first call-level and party-level `context` of a recorded extensive answer (values hashed by its author). */
function recordedContexts(): { call: unknown; party: unknown } {
  const recorded = JSON.parse(readFileSync(new URL("../../fixtures/gong-real/chrisedwards-extensive-response.json", import.meta.url), "utf8")) as {
    response: { body: { calls: { context?: unknown; parties?: { context?: unknown }[] }[] } };
  };
  const calls = recorded.response.body.calls;
  return {
    call: calls.find((call) => Array.isArray(call.context) && call.context.length > 0)?.context,
    party: calls.flatMap((call) => call.parties ?? []).find((party) => Array.isArray(party.context) && party.context.length > 0)?.context,
  };
}

describe("CRM context, read leniently", () => {
  test("a recorded call's context: its accounts (and other objects) with their ids and Name fields", () => {
    const objects = crmObjectsOf(recordedContexts().call);
    expect(objects.length).toBeGreaterThan(1);
    expect(objects[0]).toEqual({ system: "CRM", type: "Account", id: "656501980243807011", name: "A_aa17689dbb" });
  });

  test("a recorded party's context: a contact or lead, a CRM prospect id", () => {
    const objects = crmObjectsOf(recordedContexts().party);
    expect(objects.length).toBeGreaterThan(0);
    for (const object of objects) expect(object.id).toMatch(/\S/);
  });

  test.each([[undefined], [null], ["x"], [{}], [[{ objects: "no" }]], [[{ objects: [{ objectType: "Account" }, { objectId: "1" }, null] }]]])(
    "an odd shape (%j) gives no objects, never a failure",
    (context) => {
      expect(crmObjectsOf(context)).toEqual([]);
    },
  );

  test("numeric ids become strings, a repeated object counts once, a missing Name is null", () => {
    const context = [{ system: "Salesforce", objects: [{ objectType: "Opportunity", objectId: 12345, fields: [] }, { objectType: "Opportunity", objectId: "12345" }] }];
    expect(crmObjectsOf(context)).toEqual([{ system: "Salesforce", type: "Opportunity", id: "12345", name: null }]);
  });
});
