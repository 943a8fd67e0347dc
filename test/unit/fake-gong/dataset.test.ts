import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadDatasetFile, parseDataset } from "../../../src/adapters/fake-gong/dataset.js";
import { datasetProblems } from "../../../src/adapters/fake-gong/dataset-checks.js";
import { ids, smallDataset } from "./small-dataset.js";

const errorOf = (json: unknown): string => {
  const parsed = parseDataset(json);
  if (parsed.ok) throw new Error("expected the dataset to be refused");
  return parsed.error;
};

/** Broken links do not refuse a dataset (it is served as it is); they are listed for a warning, one line each. */
const problemsOf = (json: unknown): string => {
  const parsed = parseDataset(json);
  if (!parsed.ok) throw new Error(`expected the dataset to load, got: ${parsed.error}`);
  return datasetProblems(parsed.value).map((line) => `dataset: ${line}`).join("\n");
};

describe("parseDataset", () => {
  test("accepts the small dataset and keeps fields the schema does not name", () => {
    const parsed = parseDataset(smallDataset());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.users[0]).toHaveProperty("conferencingProviders", null);
    expect(parsed.value.calls[0]).toHaveProperty("media.audioUrl", "https://media.test/a.mp3");
    expect(parsed.value.calls[0]).toHaveProperty("collaboration.publicComments", []);
  });

  test("an empty object is an empty company", () => {
    const parsed = parseDataset({});
    expect(parsed.ok && parsed.value.calls).toEqual([]);
  });

  test("a shape error is one line naming the first bad path", () => {
    const calls = [...(smallDataset().calls ?? [])];
    calls.splice(3, 1, { metaData: { id: 42 as unknown as string } });
    expect(errorOf({ ...smallDataset(), calls })).toBe("dataset: calls[3].metaData.id: expected a string, got a number");
  });

  test.each([
    [{ users: [{ firstName: "Ada" }] }, "dataset: users[0].id: is missing"],
    [{ users: "nobody" }, "dataset: users: expected an array, got a string"],
    [{ permissionProfiles: [{ id: "1", workspaceId: "2" }] }, "dataset: permissionProfiles[0].userIds: is missing"],
    [[], "dataset: expected an object, got an array"],
  ])("shape error %#", (json, message) => {
    const error = errorOf(json);
    expect(error).toBe(message);
    expect(error).not.toContain("\n");
  });

  test("duplicate ids and broken links load, and are listed one line each", () => {
    const input = smallDataset();
    const error = problemsOf({
      ...input,
      users: [...(input.users ?? []), { id: ids.ada }],
      permissionProfiles: [{ id: "2999", name: "Ghosts", workspaceId: "404", userIds: ["777", ids.bob] }],
      transcripts: [{ callId: "888" }],
      flows: [{ id: "1", ownerEmail: "nobody@acme.test" }],
      prospectFlows: [{ flowId: "2", crmProspectId: "x" }],
    });
    expect(error.split("\n")).toEqual([
      `dataset: users[4].id: duplicate id ${ids.ada}`,
      "dataset: permissionProfiles[0].workspaceId: no workspace 404",
      "dataset: permissionProfiles[0].userIds[0]: no user 777",
      "dataset: transcripts[0].callId: no call 888",
      "dataset: flows[0].ownerEmail: no user with email nobody@acme.test",
      "dataset: prospectFlows[0].flowId: no flow 2",
    ]);
  });

  test("a user in two profiles of one workspace is listed", () => {
    const input = smallDataset();
    const profiles = [...(input.permissionProfiles ?? []), { id: "2999", name: "Extra", workspaceId: ids.sales, userIds: [ids.bob] }];
    expect(problemsOf({ ...input, permissionProfiles: profiles })).toBe(
      `dataset: permissionProfiles[4].userIds[0]: user ${ids.bob} already holds profile ${ids.repProfile} in workspace ${ids.sales}`,
    );
  });

  test("a call without a time, a known host or a known workspace is listed", () => {
    const error = problemsOf({ ...smallDataset(), transcripts: [], calls: [{ metaData: { id: "1", primaryUserId: "9", workspaceId: "8", started: "soon" } }] });
    expect(error.split("\n")).toEqual([
      "dataset: calls[0].metaData.workspaceId: no workspace 8",
      "dataset: calls[0].metaData.primaryUserId: no user 9",
      "dataset: calls[0].metaData.started: not an ISO date-time",
    ]);
  });
});

describe("loadDatasetFile", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "fake-gong-dataset-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("reads a good file", async () => {
    const path = join(dir, "good.json");
    await writeFile(path, JSON.stringify(smallDataset()));
    const loaded = await loadDatasetFile(path);
    expect(loaded.ok && loaded.value.users.length).toBe(4);
  });

  test.each([
    ["missing.json", undefined, /^.*missing\.json: cannot be read \(no such file\)$/],
    ["broken.json", "{ not json", /^.*broken\.json: not JSON \(.+\)$/],
    ["shape.json", JSON.stringify({ calls: [{}] }), /^.*shape\.json: calls\[0\]\.metaData: is missing$/],
  ])("%s fails in one line naming the file", async (name, content, message) => {
    const path = join(dir, name);
    if (content !== undefined) await writeFile(path, content);
    const loaded = await loadDatasetFile(path);
    expect(loaded.ok ? "" : loaded.error).toMatch(message);
  });

  test("refuses a file over the size limit before reading it", async () => {
    const path = join(dir, "big.json");
    await writeFile(path, JSON.stringify(smallDataset()));
    const loaded = await loadDatasetFile(path, { maxBytes: 100 });
    expect(loaded.ok ? "" : loaded.error).toMatch(/big\.json: \d+ bytes is more than the 100 a dataset may have$/);
  });
});
