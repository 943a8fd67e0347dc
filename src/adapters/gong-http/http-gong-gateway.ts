import { WireGongGateway } from "../gong-wire/wire-gong-gateway.js";
import { createHttpExchange, type HttpExchangeOptions } from "./http-exchange.js";

export type HttpGongGatewayOptions = HttpExchangeOptions;

/**
 * The HttpGongGateway: the real Gong, over HTTP. The wire protocol (endpoints, paging, batching, what each
 * status means, decoding) is WireGongGateway's, the same code the in-memory fake runs through; this adds
 * only the transport: credentials, the shared rate limits, retries and bounded reads (createHttpExchange).
 *
 * UNCONFIRMED (gong-api.md section 14), and so read conservatively:
 * - the 401 body for a bad or expired key or token: any 401 that does not name a missing scope is
 *   read as rejected credentials, after one re-send with renewed credentials;
 * - the 429 body, and whether Gong sends Retry-After every time: without it we wait 10 s;
 * - Gong's answer to a repeated flow assignment: the assignment is never re-sent after a 5xx or timeout.
 */
export function createHttpGongGateway(options: HttpGongGatewayOptions): WireGongGateway {
  return new WireGongGateway(createHttpExchange(options), { logger: options.logger });
}
