import { readFileSync } from "node:fs";
import type { Logger } from "../../src/application/ports/logger.js";
import type { DomainError } from "../../src/domain/errors.js";
import { ok, type Result } from "../../src/domain/result.js";
import type { WireExchange, WireRequest, WireResponse } from "../../src/adapters/gong-wire/wire-exchange.js";
import { WireGongGateway } from "../../src/adapters/gong-wire/wire-gong-gateway.js";

/** How the stub answers request number `index` (0-based). */
export type Answer = (request: WireRequest, index: number) => WireResponse | Result<WireResponse, DomainError>;

/**
 * A WireExchange that answers from a script and keeps every request it was sent: the tests look at what
 * went on the wire (paths, queries, bodies, how many) and at what the gateway made of the answers.
 */
export class StubExchange {
  readonly requests: WireRequest[] = [];

  constructor(private readonly answer: Answer) {}

  readonly exchange: WireExchange = (request) => {
    const answered = this.answer(request, this.requests.length);
    this.requests.push(request);
    return Promise.resolve("ok" in answered ? answered : ok(answered));
  };
}

/** Answers in order, repeating the last answer once the script runs out. */
export function inOrder(...responses: WireResponse[]): Answer {
  return (_request, index) => responses[Math.min(index, responses.length - 1)] ?? { status: 500, body: undefined };
}

export interface LogLine {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export class CapturingLogger implements Logger {
  readonly lines: LogLine[] = [];
  debug(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: "debug", message, fields });
  }
  info(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: "info", message, fields });
  }
  warn(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: "warn", message, fields });
  }
  error(message: string, fields: Readonly<Record<string, unknown>> = {}): void {
    this.lines.push({ level: "error", message, fields });
  }
}

/** A gateway over a stub, with the stub and a capturing logger to look at afterwards. */
export function gatewayOver(answer: Answer): { gateway: WireGongGateway; stub: StubExchange; logger: CapturingLogger } {
  const stub = new StubExchange(answer);
  const logger = new CapturingLogger();
  return { gateway: new WireGongGateway(stub.exchange, { logger }), stub, logger };
}

export interface RecordedExchange {
  readonly request: { readonly method: string; readonly path: string; readonly query: unknown; readonly body: unknown };
  readonly response: WireResponse;
}

/** A real recorded exchange from test/fixtures/gong-real (see its README). */
export function recorded(name: string): RecordedExchange {
  const url = new URL(`../fixtures/gong-real/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as RecordedExchange;
}

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/gong/${name}.json`, import.meta.url), "utf8")) as unknown;
}

/** Gong's error body, as every non-2xx answer carries it. */
export function gongError(status: number, message: string): WireResponse {
  return { status, body: { requestId: "req-test", errors: [message] } };
}

export const NO_CALLS = gongError(404, "No calls found corresponding to the provided filters");
