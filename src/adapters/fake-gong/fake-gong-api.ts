import { randomBytes } from "node:crypto";
import { ok } from "../../domain/result.js";
import type { WireExchange, WireRequest, WireResponse } from "../gong-wire/wire-exchange.js";
import type { GongDataset } from "./dataset.js";
import { FakeGongState } from "./fake-gong-state.js";
import { route } from "./router.js";

export interface FakeGongOptions {
  /** Records per page; Gong's is 100 and has no parameter (gong-api.md section 2). */
  readonly pageSize?: number;
  /** Epoch ms; stamps the flow instances that assignments create. */
  readonly now?: () => number;
}

/**
 * Gong's REST API v2 in memory: wire JSON in, wire JSON out, from one dataset. No HTTP, auth or rate limits
 * here (the `fake-gong` server adds those). Assignments change the state, so later reads see them.
 */
export class FakeGongApi {
  private readonly state: FakeGongState;

  constructor(dataset: GongDataset, options: FakeGongOptions = {}) {
    const pageSize = options.pageSize ?? 100;
    if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, not ${pageSize}`);
    this.state = new FakeGongState(dataset, pageSize, options.now ?? Date.now);
  }

  /** Answers one request; every body, errors included, starts with a fresh `requestId`. */
  handle(request: WireRequest): WireResponse {
    const [path = "", queryString] = request.path.split("?", 2);
    const query = { ...Object.fromEntries(new URLSearchParams(queryString ?? "")), ...request.query };
    const reply = route({ method: request.method, path, query, body: request.body }, this.state);
    // A copy, so a caller that edits an answer cannot edit the dataset.
    return { status: reply.status, body: structuredClone({ requestId: newRequestId(), ...reply.body }) };
  }

  /** The fake as a WireExchange: every answer, 4xx included, is a WireResponse. */
  get exchange(): WireExchange {
    return (request) => Promise.resolve(ok(this.handle(request)));
  }
}

/** Gong's look: 17–19 lower-case letters and digits (e.g. `6z1ptav6gtwfkdnwqai`). */
function newRequestId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(18), (byte) => alphabet[byte % alphabet.length]).join("");
}
