import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { fakeGongOptionsFromEnv } from "../../../src/adapters/fake-gong-http/fake-gong-env.js";

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("fakeGongOptionsFromEnv", () => {
  test("no flags and no variables: every default stays a default", async () => {
    expect(await fakeGongOptionsFromEnv({}, {})).toEqual({ ok: true, value: {} });
  });

  test("flags as commander hands them over, and credentials from the environment", async () => {
    const parsed = await fakeGongOptionsFromEnv(
      { port: "4010", host: "0.0.0.0", rps: "5", dailyLimit: 200, tokenTtl: "3" },
      { GONG_ACCESS_KEY: "k", GONG_ACCESS_KEY_SECRET: "s", GONG_OAUTH_CLIENT_ID: "c", GONG_OAUTH_CLIENT_SECRET: "cs" },
    );
    expect(parsed).toEqual({
      ok: true,
      value: {
        host: "0.0.0.0",
        port: 4010,
        requestsPerSecond: 5,
        dailyLimit: 200,
        accessTokenTtlSeconds: 3,
        accessKey: "k",
        accessKeySecret: "s",
        oauthClientId: "c",
        oauthClientSecret: "cs",
      },
    });
  });

  test.each([
    [{ port: "70000" }, "--port must be a whole number from 0 to 65535"],
    [{ port: "abc" }, "--port must be a whole number from 0 to 65535"],
    [{ rps: "0" }, "--rps must be a whole number from 1 to 1000000"],
    [{ dailyLimit: "1.5" }, "--daily-limit must be a whole number from 1 to 1000000000"],
    [{ tokenTtl: "-1" }, "--token-ttl must be a whole number from 1 to 315360000"],
    [{ host: " " }, "--host must not be empty"],
  ])("a bad flag %o is one line naming it", async (flags, message) => {
    expect(await fakeGongOptionsFromEnv(flags, {})).toEqual({ ok: false, error: message });
  });

  test("half a credential pair names the missing variable and never echoes the secret", async () => {
    const onlySecret = await fakeGongOptionsFromEnv({}, { GONG_ACCESS_KEY_SECRET: "top-secret" });
    expect(onlySecret).toEqual({ ok: false, error: "GONG_ACCESS_KEY must be set when GONG_ACCESS_KEY_SECRET is" });
    const onlyClient = await fakeGongOptionsFromEnv({}, { GONG_OAUTH_CLIENT_ID: "c" });
    expect(onlyClient).toEqual({ ok: false, error: "GONG_OAUTH_CLIENT_SECRET must be set when GONG_OAUTH_CLIENT_ID is" });
  });

  test("--data loads a dataset file; a bad one is an error naming the file", async () => {
    dir = await mkdtemp(join(tmpdir(), "fake-gong-env-"));
    const good = join(dir, "good.json");
    await writeFile(good, JSON.stringify({ workspaces: [{ id: "1", name: "W" }] }));
    const loaded = await fakeGongOptionsFromEnv({ data: good }, {});
    expect(loaded.ok && loaded.value.dataset?.workspaces.map((w) => w.id)).toEqual(["1"]);

    const bad = join(dir, "bad.json");
    await writeFile(bad, "{");
    const failed = await fakeGongOptionsFromEnv({ data: bad }, {});
    expect(failed.ok ? "" : failed.error).toMatch(/bad\.json: not JSON/);
    const missing = await fakeGongOptionsFromEnv({ data: join(dir, "none.json") }, {});
    expect(missing.ok ? "" : missing.error).toMatch(/none\.json: cannot be read \(no such file\)/);
  });
});
