import { describe, expect, test } from "vitest";
import { namedTurns, type Monologue } from "../../../src/domain/transcript.js";
import { aParty } from "../../arbitraries/domain-values.js";

const parties = [
  aParty({ speakerId: "s1", name: "Ada Rep", affiliation: "Internal" }),
  aParty({ speakerId: "s2", name: null, emailAddress: "buyer@example.com", affiliation: "External" }),
  aParty({ speakerId: null, name: "Silent Listener" }),
];

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
    expect(turns).toEqual([
      { speakerId: null, speakerName: "Unknown speaker", affiliation: "Unknown", topic: null, start: 0, end: 5, text: "Who?" },
      { speakerId: "s9", speakerName: "Unknown speaker", affiliation: "Unknown", topic: null, start: 6, end: 9, text: "Me." },
    ]);
  });

  test("consecutive monologues of one speaker stay separate turns, each spanning its sentences", () => {
    const monologues = [said("s1", [0, 10, "One."], [11, 20, "Two."]), { ...said("s1", [30, 40, "Three."]), topic: "Pricing" }];
    const turns = namedTurns({ callId: "1", monologues }, parties);
    expect(turns.map(({ start, end, text, topic }) => ({ start, end, text, topic }))).toEqual([
      { start: 0, end: 20, text: "One. Two.", topic: null },
      { start: 30, end: 40, text: "Three.", topic: "Pricing" },
    ]);
  });

  test("a monologue without sentences is an empty turn at 0", () => {
    expect(namedTurns({ callId: "1", monologues: [said("s1")] }, parties)[0]).toMatchObject({ start: 0, end: 0, text: "" });
  });

  test("no monologues, no turns", () => {
    expect(namedTurns({ callId: "1", monologues: [] }, parties)).toEqual([]);
  });
});
