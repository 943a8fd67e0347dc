import { randomInt } from "node:crypto";
import type { WireCallData } from "../gong-wire/wire/calls.js";
import type { WireAssignedFlow } from "../gong-wire/wire/flows.js";
import type { WireCallTranscript } from "../gong-wire/wire/transcripts.js";
import type { WireUser } from "../gong-wire/wire/users.js";
import type { GongDataset } from "./dataset.js";

export type DatasetFlow = GongDataset["flows"][number];
export type DatasetProfile = GongDataset["permissionProfiles"][number];

/** What every route reads: the dataset with its indexes, and the one thing that changes (flow instances). */
export class FakeGongState {
  readonly dataset: GongDataset;
  readonly pageSize: number;
  readonly now: () => number;
  /** Oldest first, by `scheduled ?? started`: Gong's order, and the time its filters use (gong-api.md section 6). */
  readonly callsOldestFirst: readonly TimedCall[];
  /** Grows with every assignment, so later reads see it. */
  readonly prospectFlows: WireAssignedFlow[];
  private readonly usersById: ReadonlyMap<string, WireUser>;
  private readonly usersByEmail: ReadonlyMap<string, WireUser>;
  private readonly transcripts: ReadonlyMap<string, WireCallTranscript>;

  constructor(dataset: GongDataset, pageSize: number, now: () => number) {
    this.dataset = dataset;
    this.pageSize = pageSize;
    this.now = now;
    this.usersById = new Map(dataset.users.map((u) => [u.id, u]));
    // UNCONFIRMED: Gong matching e-mail addresses case-insensitively.
    this.usersByEmail = new Map(dataset.users.flatMap((u) => (u.emailAddress ? [[u.emailAddress.toLowerCase(), u]] : [])));
    this.transcripts = new Map(dataset.transcripts.map((t) => [t.callId, t]));
    this.callsOldestFirst = dataset.calls
      .map((call) => ({ call, at: callTime(call) }))
      .sort((a, b) => a.at - b.at);
    this.prospectFlows = [...dataset.prospectFlows];
  }

  user(id: string): WireUser | undefined {
    return this.usersById.get(id);
  }

  userByEmail(email: string): WireUser | undefined {
    return this.usersByEmail.get(email.toLowerCase());
  }

  transcriptOf(callId: string): WireCallTranscript | undefined {
    return this.transcripts.get(callId);
  }

  call(id: string): WireCallData | undefined {
    return this.dataset.calls.find((c) => c.metaData.id === id);
  }

  flow(id: string): DatasetFlow | undefined {
    return this.dataset.flows.find((f) => f.id === id);
  }

  profile(id: string): DatasetProfile | undefined {
    return this.dataset.permissionProfiles.find((p) => p.id === id);
  }

  /** A fresh 19-digit id, like Gong's, that no flow instance has yet. */
  newFlowInstanceId(): string {
    for (;;) {
      const id = `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, "0")}${String(randomInt(0, 1e9)).padStart(9, "0")}`;
      if (!this.prospectFlows.some((p) => p.flowInstanceId === id)) return id;
    }
  }
}

export interface TimedCall {
  readonly call: WireCallData;
  /** Epoch ms of `scheduled ?? started`; the dataset check guarantees one of them is a date-time. */
  readonly at: number;
}

const callTime = (call: WireCallData): number => Date.parse(call.metaData.scheduled ?? call.metaData.started ?? "");

/** "First Last", as Gong builds `fullName` and `flowInstanceOwnerFullName`. */
export const fullNameOf = (user: WireUser): string =>
  [user.firstName, user.lastName].filter((part) => typeof part === "string" && part !== "").join(" ");

/** A copy of `record` without the dataset-only keys Gong keeps elsewhere. */
export function without(record: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
