import { parseDataset } from "../../src/adapters/fake-gong/dataset.js";
import { demoWorkspace } from "../../src/adapters/fake-gong/demo/demo-workspace.js";
import { FakeGongApi } from "../../src/adapters/fake-gong/fake-gong-api.js";
import { createFakeGongGateway } from "../../src/adapters/fake-gong/fake-gong-gateway.js";
import type { WireExchange } from "../../src/adapters/gong-wire/wire-exchange.js";
import { WireGongGateway } from "../../src/adapters/gong-wire/wire-gong-gateway.js";
import type { GongGateway } from "../../src/application/ports/gong-gateway.js";
import type { Logger } from "../../src/application/ports/logger.js";
import type { DomainError } from "../../src/domain/errors.js";
import type { CallId } from "../../src/domain/ids.js";
import { err } from "../../src/domain/result.js";

export const NOW = Date.parse("2026-11-20T12:00:00Z");
const demo = demoWorkspace({ now: NOW });
/** The demo's 260 calls, oldest first; 240 of them have a transcript. */
export const DEMO_CALL_IDS: readonly CallId[] = (demo.calls ?? []).map((call) => call.metaData.id);
/** The demo's calls that are not private: everyone with `all` access sees them. */
export const DEMO_PUBLIC_CALL_IDS: readonly CallId[] = (demo.calls ?? [])
  .filter((call) => call.metaData.isPrivate !== true)
  .map((call) => call.metaData.id);
export const silent: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** One method call that reached the counted gateway: what the batching decorator sends upstream. */
export interface Sent {
  readonly method: string;
  readonly args: readonly unknown[];
}

export interface CountingGateway {
  readonly gateway: GongGateway;
  readonly sent: Sent[];
  /** How many calls of this method reached the gateway. */
  count(method: keyof GongGateway): number;
  /** While set, every call is counted and answers this error instead of reaching the fake. */
  failWith(failure: DomainError | null): void;
}

/** Counts every method call on a gateway, at the fake rather than on a mock, and can make them fail. */
export function counting(inner: GongGateway): CountingGateway {
  const sent: Sent[] = [];
  let failure: DomainError | null = null;
  const gateway = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]): unknown => {
        sent.push({ method: String(property), args });
        return failure === null ? Reflect.apply(value, target, args) : Promise.resolve(err(failure));
      };
    },
  });
  return {
    gateway,
    sent,
    count: (method) => sent.filter((call) => call.method === method).length,
    failWith: (next) => (failure = next),
  };
}

/** The demo workspace's in-memory Gong: the real wire adapter over the fake. */
export function demoGateway(): GongGateway {
  return createFakeGongGateway(demo, { logger: silent, now: () => NOW });
}

export function countedDemo(): CountingGateway {
  return counting(demoGateway());
}

/** The demo behind an exchange that records the path of every wire request: what Gong itself would count. */
export function wireCountedDemo(): { readonly gateway: GongGateway; readonly paths: string[] } {
  const dataset = parseDataset(demo);
  if (!dataset.ok) throw new Error(dataset.error);
  const api = new FakeGongApi(dataset.value, { now: () => NOW });
  const paths: string[] = [];
  const exchange: WireExchange = (request) => {
    paths.push(request.path);
    return api.exchange(request);
  };
  return { gateway: new WireGongGateway(exchange, { logger: silent }), paths };
}
