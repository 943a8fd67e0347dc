import { readFileSync } from "node:fs";
import { parseDataset } from "../../../src/adapters/fake-gong/dataset.js";
import { FakeGongApi, type FakeGongOptions } from "../../../src/adapters/fake-gong/fake-gong-api.js";
import type { WireDatasetInput } from "../../../src/adapters/gong-wire/wire/dataset.js";
import { smallDataset } from "./small-dataset.js";

/** A fake over a dataset that must be valid (a broken fixture fails the test loudly). */
export function fakeApi(input: WireDatasetInput = smallDataset(), options: FakeGongOptions = {}): FakeGongApi {
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return new FakeGongApi(parsed.value, options);
}

export interface Answer<T> {
  readonly status: number;
  readonly body: T;
}

export interface ErrorBody {
  readonly requestId: string;
  readonly errors: readonly string[];
}

export interface Records {
  readonly totalRecords: number;
  readonly currentPageSize: number;
  readonly currentPageNumber: number;
  readonly cursor?: string;
}

/** The body is what the test expects it to be; a wrong guess fails the assertions that follow. */
export function get<T = ErrorBody>(api: FakeGongApi, path: string, query: Record<string, string> = {}): Answer<T> {
  const { status, body } = api.handle({ method: "GET", path, query });
  return { status, body: body as T };
}

export function post<T = ErrorBody>(api: FakeGongApi, path: string, body: unknown): Answer<T> {
  const answer = api.handle({ method: "POST", path, body });
  return { status: answer.status, body: answer.body as T };
}

/** A recorded real exchange copied into test/fixtures/gong-real/. */
export interface Recorded {
  readonly request: { readonly method: string; readonly path: string; readonly query: Record<string, string> | null; readonly body: unknown };
  readonly response: { readonly status: number; readonly body: unknown };
}

export function recorded(name: string): Recorded {
  return JSON.parse(readFileSync(new URL(`../../fixtures/gong-real/${name}`, import.meta.url), "utf8")) as Recorded;
}
