import { describe, expect, test } from "vitest";
import { aUser } from "../../arbitraries/domain-values.js";
import { kitOver } from "../../support/use-case-kit.js";

const caller = aUser("1", { managerId: "9", title: "AE" });
const former = aUser("9", { active: false });
const { useCases } = kitOver({ users: [caller, former] });

describe("get_gong_user_details", () => {
  test("without user_id: the caller", async () => {
    expect(await useCases.getUserDetails.execute({ userId: "1" }, undefined)).toEqual({ ok: true, value: caller });
  });

  test("another user of the company, deactivated ones included", async () => {
    expect(await useCases.getUserDetails.execute({ userId: "1" }, "9")).toEqual({ ok: true, value: former });
  });

  test("an id that is no user: not_found naming it", async () => {
    expect(await useCases.getUserDetails.execute({ userId: "1" }, "404")).toEqual({
      ok: false,
      error: { _tag: "NotFound", what: "user", id: "404" },
    });
  });
});
