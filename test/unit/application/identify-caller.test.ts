import { describe, expect, test } from "vitest";
import { IdentifyCaller } from "../../../src/application/use-cases/identify-caller.js";
import { notConnected } from "../../../src/domain/errors.js";
import { aUser } from "../../arbitraries/domain-values.js";
import { StaticGongGateway, type StaticGongData } from "../../support/static-gong-gateway.js";
import { counting } from "../../support/counting-gateway.js";

const data: StaticGongData = {
  users: [
    aUser("11", { emailAddress: "Ada.Lovelace@Example.com" }),
    aUser("12", { emailAddress: "gone@example.com", active: false }),
    aUser("13", { emailAddress: null }),
  ],
};

function identifyOver(over: StaticGongData = data) {
  const counted = counting(new StaticGongGateway(over));
  return { identify: new IdentifyCaller(counted.gateway), sent: counted.sent };
}

describe("IdentifyCaller", () => {
  test("a user id is the actor as it is, without asking Gong", async () => {
    // Even a failing gateway is never reached: the id is checked later, by each use case.
    const { identify, sent } = identifyOver({ ...data, failure: notConnected() });
    expect(await identify.execute({ kind: "user_id", userId: "999" })).toEqual({ ok: true, value: { userId: "999" } });
    expect(sent).toEqual([]);
  });

  test.each(["ada.lovelace@example.com", "ADA.LOVELACE@EXAMPLE.COM", "Ada.Lovelace@Example.com"])(
    "the email %s names the active user holding it, whatever its case",
    async (email) => {
      const { identify } = identifyOver();
      expect(await identify.execute({ kind: "email", email })).toEqual({ ok: true, value: { userId: "11" } });
    },
  );

  test.each([
    ["an inactive user's email", "gone@example.com"],
    ["an email nobody holds", "nobody@example.com"],
  ])("%s is unknown_user, naming the email", async (_name, email) => {
    const { identify } = identifyOver();
    expect(await identify.execute({ kind: "email", email })).toEqual({ ok: false, error: { _tag: "UnknownUser", userId: email } });
  });

  test("an active user with the same email wins over an inactive one listed first", async () => {
    const { identify } = identifyOver({
      users: [aUser("21", { emailAddress: "same@example.com", active: false }), aUser("22", { emailAddress: "same@example.com" })],
    });
    expect(await identify.execute({ kind: "email", email: "same@example.com" })).toEqual({ ok: true, value: { userId: "22" } });
  });

  test("a gateway failure passes through unchanged", async () => {
    const { identify } = identifyOver({ ...data, failure: notConnected() });
    expect(await identify.execute({ kind: "email", email: "ada.lovelace@example.com" })).toEqual({ ok: false, error: notConnected() });
  });
});
