import { describe, expect, test } from "vitest";
import { LazyGongGateway } from "../../../src/adapters/lazy-gong-gateway.js";
import { lazyUseCases } from "../../../src/composition/lazy-use-cases.js";
import { TestCursorCodec } from "../../support/test-cursor-codec.js";
import { demoGateway, NOW, silent } from "../../support/counting-gateway.js";

describe("LazyGongGateway", () => {
  test("builds its gateway once, on first use, however many calls wait for it", async () => {
    let loads = 0;
    const lazy = new LazyGongGateway(() => {
      loads += 1;
      return Promise.resolve(demoGateway());
    });
    expect(loads).toBe(0);
    const answers = await Promise.all([lazy.listUsers(), lazy.listWorkspaces(), lazy.listUsers()]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(loads).toBe(1);
    expect(await lazy.listUsers()).toEqual(await demoGateway().listUsers());
  });

  test("a load that fails is tried again by the next call", async () => {
    let loads = 0;
    const lazy = new LazyGongGateway(() => {
      loads += 1;
      return loads === 1 ? Promise.reject(new Error("broken install")) : Promise.resolve(demoGateway());
    });
    await expect(lazy.listUsers()).rejects.toThrow("broken install");
    expect((await lazy.listUsers()).ok).toBe(true);
    expect(loads).toBe(2);
  });
});

describe("lazyUseCases", () => {
  test("wires the container on first use, once, and answers as the eager wiring does", async () => {
    const useCases = lazyUseCases({ gateway: demoGateway(), logger: silent, clock: { now: () => NOW }, cursorCodec: new TestCursorCodec() });
    const [first, second] = await Promise.all([useCases(), useCases()]);
    expect(first).toBe(second);
    const users = await demoGateway().listUsers();
    if (!users.ok) throw new Error("demo users");
    const someone = users.value[0]!;
    const answer = await first.getUserDetails.execute({ userId: someone.id }, undefined);
    expect(answer.ok && answer.value.id).toBe(someone.id);
  });
});
