import * as z from "zod";
import { gongIdList } from "../input-fields.js";

/** What the two batch call tools share: the ids asked for, and those that cannot be shown. */
export const callIdsInput = gongIdList("call", 100).describe("1 to 100 Gong call ids (strings of digits). Duplicates count once.");

export const unavailableCallIdsShape = z.array(z.string()).describe("Requested ids that do not exist or that you may not see");

/** The text for requested call ids that are absent or hidden: one wording for both, as the contract requires. */
export function unavailableLine(ids: readonly string[]): string {
  return `Not found, or not yours to see: ${ids.join(", ")}.`;
}
