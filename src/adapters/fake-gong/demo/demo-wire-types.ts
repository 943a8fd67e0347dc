import type { WireDatasetInput } from "../../gong-wire/wire/dataset.js";

/** The dataset's JSON pieces, as the demo writes them (the encoded side of `WireDataset`). */
export type DemoCallData = NonNullable<WireDatasetInput["calls"]>[number];
export type DemoParty = NonNullable<DemoCallData["parties"]>[number];
export type DemoContent = NonNullable<DemoCallData["content"]>;
export type DemoTranscript = NonNullable<WireDatasetInput["transcripts"]>[number];
