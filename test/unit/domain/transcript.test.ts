import { describe, expect, test } from "vitest";
import { namedTurns, turnEnd, turnStart, turnText, type Monologue, type Turn } from "../../../src/domain/transcript.js";
import { aParty } from "../../arbitraries/domain-values.js";

const parties = [
  aParty({ speakerId: "s1", name: "Ada Rep", affiliation: "Internal" }),
  aParty({ speakerId: "s2", name: null, emailAddress: "buyer@example.com", affiliation: "External" }),
  aParty({ speakerId: null, name: "Silent Listener" }),
];

const flat = (turn: Turn) => ({ speakerId: turn.speakerId, speakerName: turn.speakerName, affiliation: turn.affiliation, external: turn.external, topic: turn.topic, start: turnStart(turn), end: turnEnd(turn), text: turnText(turn) });

const said = (speakerId: string | null, ...sentences: [number, number, string][]): Monologue => ({
  speakerId,
  topic: null,
  sentences: sentences.map(([start, end, text]) => ({ start, end, text })),
});

describe("namedTurns", () => {
  test("names each speaker from the parties, by name, else by email", () => {
    const turns = namedTurns({ callId: "1", monologues: [said("s1", [0, 900, "Hi."]), said("s2", [1000, 1500, "Hello."])] }, parties);
    expect(turns.map((turn) => [turn.speakerName, turn.affiliation])).toEqual([
      ["Ada Rep", "Internal"],
      ["buyer@example.com", "External"],
    ]);
  });

  test("a null or unmatched speaker id is still a turn, by an unknown speaker", () => {
    const turns = namedTurns({ callId: "1", monologues: [said(null, [0, 5, "Who?"]), said("s9", [6, 9, "Me."])] }, parties);
    expect(turns.map(flat)).toEqual([
      { speakerId: null, speakerName: "Unknown speaker", affiliation: "Unknown", external: false, topic: null, start: 0, end: 5, text: "Who?" },
      { speakerId: "s9", speakerName: "Unknown speaker", affiliation: "Unknown", external: false, topic: null, start: 6, end: 9, text: "Me." },
    ]);
  });

  test("consecutive monologues of one speaker are one turn, with the first topic given and every sentence", () => {
    const monologues = [said("s1", [0, 10, "One."], [11, 20, "Two."]), { ...said("s1", [30, 40, "Three."]), topic: "Pricing" }, said("s2", [41, 50, "Four."]), said("s1", [51, 60, "Five."])];
    const turns = namedTurns({ callId: "1", monologues }, parties);
    expect(turns.map(flat).map(({ start, end, text, topic }) => ({ start, end, text, topic }))).toEqual([
      { start: 0, end: 40, text: "One. Two. Three.", topic: "Pricing" },
      { start: 41, end: 50, text: "Four.", topic: null },
      { start: 51, end: 60, text: "Five.", topic: null },
    ]);
  });

  test("monologues without a speaker id are not merged: nothing says they are one person", () => {
    expect(namedTurns({ callId: "1", monologues: [said(null, [0, 1, "A."]), said(null, [2, 3, "B."])] }, parties)).toHaveLength(2);
  });

  test("external: the customer's side (External, or not a Gong user when Gong gives no affiliation); never an unnamed speaker", () => {
    const withUnknowns = [
      ...parties,
      aParty({ speakerId: "s3", name: "Guest", affiliation: "Unknown", userId: null }),
      aParty({ speakerId: "s4", name: "Colleague", affiliation: "Unknown", userId: "77" }),
    ];
    const turns = namedTurns({ callId: "1", monologues: ["s1", "s2", "s3", "s4", "s9"].map((id) => said(id, [0, 1, "x"])) }, withUnknowns);
    expect(turns.map((turn) => turn.external)).toEqual([false, true, true, false, false]);
  });

  test("a monologue without sentences is an empty turn at 0", () => {
    expect(flat(namedTurns({ callId: "1", monologues: [said("s1")] }, parties)[0]!)).toMatchObject({ start: 0, end: 0, text: "" });
  });

  test("no monologues, no turns", () => {
    expect(namedTurns({ callId: "1", monologues: [] }, parties)).toEqual([]);
  });
});
