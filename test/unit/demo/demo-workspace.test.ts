import { Either, Schema } from "effect";
import { describe, expect, test } from "vitest";
import { parseDataset } from "../../../src/adapters/fake-gong/dataset.js";
import { demoWorkspace, DEMO_WORKSPACE_IDS } from "../../../src/adapters/fake-gong/demo/demo-workspace.js";
import { WireDataset } from "../../../src/adapters/gong-wire/wire/dataset.js";
import { beyond53Bits, calls, DAY, demo, NOW, prospectFlows, transcripts, userIds, users, flows, profiles } from "./demo-dataset.js";

const started = (call: (typeof calls)[number]): number => Date.parse(call.metaData.started ?? "");

describe("demoWorkspace", () => {
  test("decodes with WireDataset and passes the fake's dataset checks", () => {
    expect(Either.isRight(Schema.decodeUnknownEither(WireDataset)(demo))).toBe(true);
    const parsed = parseDataset(demo, "demo");
    expect(parsed.ok ? "ok" : parsed.error).toBe("ok");
  });

  test("is the same for the same seed and UTC day, and moves with now", () => {
    const json = JSON.stringify(demo);
    expect(JSON.stringify(demoWorkspace({ now: NOW - 15 * 3_600_000 }))).toBe(json);
    expect(JSON.stringify(demoWorkspace({ now: NOW, seed: 7 }))).not.toBe(json);
    // A week later (same weekdays): the same calls, every one a week later.
    const later = demoWorkspace({ now: NOW + 7 * DAY }).calls ?? [];
    expect(later.map((c) => c.metaData.id)).toEqual(calls.map((c) => c.metaData.id));
    expect(later.map((call, i) => started(call) - started(calls[i]!))).toEqual(calls.map(() => 7 * DAY));
  });

  test("is big enough to be interesting: 25+ users, 150+ recent calls over two workspaces", () => {
    expect(users.length).toBeGreaterThanOrEqual(25);
    expect(demo.workspaces).toHaveLength(2);
    const recent = calls.filter((c) => started(c) >= NOW - 90 * DAY && started(c) < NOW);
    expect(recent.length).toBeGreaterThanOrEqual(150);
    expect(recent.length).toBe(calls.length);
    for (const id of Object.values(DEMO_WORKSPACE_IDS)) {
      expect(calls.filter((c) => c.metaData.workspaceId === id).length).toBeGreaterThanOrEqual(80);
      expect(flows.filter((f) => f.workspaceId === id).map((f) => f.visibility).sort()).toEqual(expect.arrayContaining(["Company", "Personal", "Shared"]));
    }
  });

  test("has the awkward cases real Gong data has", () => {
    const withTranscript = new Set(transcripts.map((t) => t.callId));
    const parties = calls.flatMap((c) => c.parties ?? []);
    expect(calls.filter((c) => c.metaData.isPrivate).length).toBeGreaterThan(5);
    expect(calls.filter((c) => !(c.parties ?? []).some((p) => p.userId === c.metaData.primaryUserId)).length).toBeGreaterThan(2);
    expect(calls.filter((c) => !withTranscript.has(c.metaData.id)).length).toBeGreaterThan(5);
    expect(calls.filter((c) => c.content === undefined).length).toBeGreaterThan(3);
    expect(calls.filter((c) => c.metaData.scope === "Internal" && (c.parties ?? []).every((p) => p.affiliation === "Internal")).length).toBeGreaterThan(20);
    expect(parties.filter((p) => p.speakerId === null).length).toBeGreaterThan(20);
    expect(parties.filter((p) => p.affiliation !== "Internal" && !("userId" in p)).length).toBeGreaterThan(100);
    expect(transcripts.flatMap((t) => t.transcript ?? []).filter((m) => m.speakerId === null).length).toBeGreaterThan(0);
    const inactive = users.find((u) => u.active === false);
    expect(inactive?.managerId).toBeTruthy();
    expect(calls.some((c) => c.metaData.primaryUserId === inactive?.id)).toBe(true);
    expect(users.some((u) => u.title === null)).toBe(true);
    expect(users.filter((u) => u.managerId === null).length).toBeGreaterThan(0);
    for (const call of calls) for (const field of ["sdrDisposition", "clientUniqueId", "customData", "purpose"] as const) expect(call.metaData[field]).toBeNull();
  });

  test("transcripts read like calls: 20-80 monologues, repeated speakers, mostly null topics", () => {
    for (const { transcript } of transcripts) {
      expect(transcript?.length).toBeGreaterThanOrEqual(20);
      expect(transcript?.length).toBeLessThanOrEqual(80);
    }
    const monologues = transcripts.flatMap((t) => t.transcript ?? []);
    expect(monologues.filter((m) => m.topic === null).length / monologues.length).toBeGreaterThan(0.5);
    const repeats = transcripts.filter(({ transcript }) =>
      (transcript ?? []).some((m, i) => i > 0 && m.speakerId != null && m.speakerId === transcript?.[i - 1]?.speakerId),
    );
    expect(repeats.length).toBeGreaterThan(transcripts.length / 2);
    const text = JSON.stringify(demo);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}|lorem|undefined|NaN/);
  });

  test("links hold: users, managers, profiles, parties, speakers, transcripts, flows", () => {
    const byCall = new Map(calls.map((c) => [c.metaData.id, c]));
    for (const u of users) if (u.managerId != null) expect(userIds).toContain(u.managerId);
    for (const p of profiles) for (const id of [...p.userIds, ...(p.callsAccess?.teamLeadIds ?? [])]) expect(userIds).toContain(id);
    for (const c of calls) {
      expect(userIds).toContain(c.metaData.primaryUserId);
      for (const p of c.parties ?? []) if (p.userId != null) expect(userIds).toContain(p.userId);
    }
    for (const t of transcripts) {
      const call = byCall.get(t.callId);
      expect(call).toBeDefined();
      const speakers = new Set((call?.parties ?? []).flatMap((p) => (p.speakerId ? [p.speakerId] : [])));
      for (const m of t.transcript ?? []) if (m.speakerId != null) expect(speakers).toContain(m.speakerId);
      for (const item of call?.content?.highlights?.[0]?.items ?? []) {
        const starts = new Set((t.transcript ?? []).map((m) => m.sentences?.[0]?.start));
        for (const at of item.startTimes ?? []) expect(starts).toContain(Math.round(at * 1000));
      }
    }
    const emails = new Set(users.map((u) => u.emailAddress));
    const flowById = new Map(flows.map((f) => [f.id, f]));
    for (const f of flows) for (const email of [f.ownerEmail, ...(f.sharedWithEmails ?? [])]) expect(emails).toContain(email);
    for (const p of prospectFlows) {
      expect(flowById.get(p.flowId)?.name).toBe(p.flowName);
      expect(flowById.get(p.flowId)?.workspaceId).toBe(p.workspaceId);
      expect(emails).toContain(p.flowInstanceOwnerEmail);
      expect(["Pending", "Running", "Paused"]).toContain(p.flowInstanceStatus);
      expect(p.crmProspectId).toMatch(/^00[3Q]5e00000[A-Za-z0-9]{5}$/);
    }
  });

  test("ids are digit strings beyond 2^53; times carry the tenant offset", () => {
    const ids = [
      ...(demo.workspaces ?? []).map((w) => w.id), ...users.map((u) => u.id), ...profiles.map((p) => p.id),
      ...calls.map((c) => c.metaData.id), ...calls.flatMap((c) => (c.parties ?? []).map((p) => p.id ?? "")),
      ...flows.map((f) => f.id), ...prospectFlows.map((p) => p.flowInstanceId ?? ""),
    ];
    expect(ids.filter((id) => !beyond53Bits(id))).toEqual([]);
    expect(new Set(calls.map((c) => c.metaData.id.length))).toEqual(new Set([17, 18, 19]));
    const times = calls.flatMap((c) => [c.metaData.scheduled, c.metaData.started]);
    for (const time of times) expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?-0[78]:00$/);
    expect(times.some((time) => time?.includes("."))).toBe(true);
  });

  test("is small and quick enough to build at every start", () => {
    const start = performance.now();
    const json = JSON.stringify(demoWorkspace({ now: NOW, seed: 3 }));
    expect(performance.now() - start).toBeLessThan(3000);
    expect(json.length).toBeLessThan(3_000_000);
  });
});
