import type * as Schema from "effect/Schema";
import type { Logger } from "../../application/ports/logger.js";
import type { DomainError } from "../../domain/errors.js";
import { err, ok, type Result } from "../../domain/result.js";
import type { Endpoint } from "./endpoints.js";
import { readAnswer } from "./read-answer.js";
import type { WireExchange, WireRequest, WireResponse } from "./wire-exchange.js";

/** What a 404 means differs per endpoint; `undefined` leaves it to the generic status mapping. */
export type On404<T> = (response: WireResponse) => Result<T, DomainError> | undefined;

export interface Ask<A, I, T> {
  readonly endpoint: Endpoint;
  /** Defaults to the endpoint's path; set for paths that carry an id. */
  readonly path?: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly schema: Schema.Schema<A, I>;
  /** Turns the decoded answer into domain values. */
  readonly read: (answer: A) => T;
  readonly on404?: On404<T>;
}

/** One request to Gong and its answer read into a Result: the single door every gateway method goes through. */
export class WireClient {
  constructor(
    private readonly exchange: WireExchange,
    private readonly logger: Logger,
  ) {}

  async ask<A, I, T>(ask: Ask<A, I, T>): Promise<Result<T, DomainError>> {
    const { endpoint } = ask;
    const sent = await this.send({
      method: endpoint.method,
      path: ask.path ?? endpoint.path,
      ...(ask.query === undefined ? {} : { query: ask.query }),
      ...(ask.body === undefined ? {} : { body: ask.body }),
    });
    if (!sent.ok) return sent;
    const special = sent.value.status === 404 ? ask.on404?.(sent.value) : undefined;
    if (special) return special;
    const answer = readAnswer(sent.value, endpoint, ask.schema, this.logger);
    return answer.ok ? ok(ask.read(answer.value)) : answer;
  }

  /** The exchange should never throw; if it does (a bug), the caller still gets a Result. */
  private async send(request: WireRequest): Promise<Result<WireResponse, DomainError>> {
    try {
      return await this.exchange(request);
    } catch (error) {
      // Only the error's name: a message could carry a URL or a header value.
      this.logger.error("gong exchange threw instead of answering", {
        endpoint: `${request.method} ${request.path}`,
        error: error instanceof Error ? error.name : typeof error,
      });
      return err({ _tag: "UpstreamFailed", reason: "Transport" });
    }
  }
}
