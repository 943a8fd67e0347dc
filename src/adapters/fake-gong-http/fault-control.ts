import * as Either from "effect/Either";
import * as ParseResult from "effect/ParseResult";
import * as Schema from "effect/Schema";
import { err, ok, type Result } from "../../domain/result.js";

const Count = Schema.Int.pipe(Schema.between(1, 1_000_000));
const common = {
  /** How many matching requests get this fault (default 1). */
  count: Schema.optionalWith(Count, { default: () => 1 }),
  /** Only requests whose path starts with this (default "/v2/": API requests, not the token endpoint). */
  pathPrefix: Schema.optionalWith(Schema.String, { exact: true }),
};

const StatusFault = Schema.Struct({
  kind: Schema.Literal("status"),
  status: Schema.Int.pipe(Schema.between(400, 599)),
  /** Seconds for Retry-After. A 429 gets 1 unless told; `null` leaves the header out, as Gong sometimes does. */
  retryAfter: Schema.optionalWith(Schema.NullOr(Schema.Int.pipe(Schema.between(0, 86_400))), { exact: true }),
  ...common,
});
const LatencyFault = Schema.Struct({ kind: Schema.Literal("latency"), ms: Schema.Int.pipe(Schema.between(0, 600_000)), ...common });
const MalformedFault = Schema.Struct({ kind: Schema.Literal("malformed"), ...common });
const WrongShapeFault = Schema.Struct({ kind: Schema.Literal("wrong-shape"), ...common });
const HugeFault = Schema.Struct({ kind: Schema.Literal("huge"), bytes: Schema.Int.pipe(Schema.between(64, 256 * 1024 * 1024)), ...common });
const DropFault = Schema.Struct({ kind: Schema.Literal("drop"), ...common });
/** The page's next cursor becomes this one (a cursor Gong already gave: a repeat or a cycle). */
const CursorFault = Schema.Struct({ kind: Schema.Literal("cursor"), cursor: Schema.String, ...common });
/** The page's next cursor points where the request's did, written anew: paging that never ends. */
const EndlessCursorFault = Schema.Struct({ kind: Schema.Literal("endless-cursor"), ...common });
/** The next page starts one record early: the last record of this page comes again on the next. */
const OverlapFault = Schema.Struct({ kind: Schema.Literal("overlap"), ...common });
/** This key is left out of every object in the answer (e.g. `isPrivate`): Gong omitting a field. */
const MissingFieldFault = Schema.Struct({ kind: Schema.Literal("missing-field"), field: Schema.String, ...common });

/** One fault to queue, as a test sends it (`POST /__faults` takes one or an array). */
export const FaultSpec = Schema.Union(
  StatusFault,
  LatencyFault,
  MalformedFault,
  WrongShapeFault,
  HugeFault,
  DropFault,
  CursorFault,
  EndlessCursorFault,
  OverlapFault,
  MissingFieldFault,
);
export type FaultSpec = typeof FaultSpec.Encoded;
/** A decoded fault: `count` is filled in. */
export type Fault = typeof FaultSpec.Type;

/** A queued fault and how many requests it still applies to. */
export interface PendingFault {
  readonly fault: Fault;
  readonly remaining: number;
}

const decodeFaults = Schema.decodeUnknownEither(Schema.Union(FaultSpec, Schema.Array(FaultSpec)));
const DEFAULT_PREFIX = "/v2/";

/**
 * Faults queued for the next matching requests, first queued first served; each request takes at most one.
 * Used in-process by tests and over `POST /__faults` by a test driving another process.
 */
export class FaultControl {
  #queue: { fault: Fault; remaining: number }[] = [];

  /** Queues faults; an invalid spec throws, since in-process callers are tests and that is their bug. */
  inject(spec: FaultSpec | readonly FaultSpec[]): void {
    const added = this.injectUnknown(spec);
    if (!added.ok) throw new TypeError(added.error);
  }

  /** Queues faults from untrusted JSON; the error names what is wrong. */
  injectUnknown(json: unknown): Result<readonly PendingFault[], string> {
    const decoded = decodeFaults(json);
    if (Either.isLeft(decoded)) return err(ParseResult.TreeFormatter.formatErrorSync(decoded.left));
    const faults: readonly Fault[] = Array.isArray(decoded.right) ? decoded.right : [decoded.right as Fault];
    for (const fault of faults) this.#queue.push({ fault, remaining: fault.count });
    return ok(this.pending());
  }

  /** The fault for a request to `path`, if one is queued for it; taking it uses up one of its count. */
  take(path: string): Fault | undefined {
    const entry = this.#queue.find(({ fault }) => path.startsWith(fault.pathPrefix ?? DEFAULT_PREFIX));
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#queue = this.#queue.filter((queued) => queued !== entry);
    return entry.fault;
  }

  pending(): readonly PendingFault[] {
    return this.#queue.map(({ fault, remaining }) => ({ fault, remaining }));
  }

  clear(): void {
    this.#queue = [];
  }
}
