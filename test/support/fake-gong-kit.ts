import { afterEach } from "vitest";
import { parseDataset, type GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import type { FakeGongServerOptions } from "../../src/adapters/fake-gong-http/fake-gong-options.js";
import { startFakeGongServer, type FakeGongServer } from "../../src/adapters/fake-gong-http/fake-gong-server.js";

export const KEY_AUTH = basic("fake-key", "fake-secret");
export const CLIENT_AUTH = basic("fake-client-id", "fake-client-secret");
export const REDIRECT_URI = "http://127.0.0.1:9/callback";

export function basic(user: string, secret: string): string {
  return `Basic ${Buffer.from(`${user}:${secret}`, "utf8").toString("base64")}`;
}

/** One workspace and two users: enough to get 200s from the list endpoints. */
export function tinyDataset(): GongDataset {
  const parsed = parseDataset({
    workspaces: [{ id: "101", name: "Sales" }],
    users: [
      { id: "201", emailAddress: "ada@example.com", firstName: "Ada", active: true, created: "2024-01-02T10:00:00Z" },
      { id: "202", emailAddress: "bob@example.com", firstName: "Bob", active: true, created: "2024-02-03T10:00:00Z" },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** A fake on a free loopback port, with a clock the test moves and its log lines kept. */
export interface TestFake {
  readonly server: FakeGongServer;
  readonly lines: string[];
  /** Moves the fake's clock forward. */
  readonly advance: (ms: number) => void;
  /** A request to the fake; `auth` is the Authorization header (default the access key). */
  readonly call: (path: string, init?: CallInit) => Promise<Response>;
}

export interface CallInit {
  readonly method?: string;
  readonly auth?: string | null;
  readonly json?: unknown;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export async function startTestFake(options: FakeGongServerOptions = {}): Promise<TestFake> {
  let now = Date.UTC(2026, 5, 1, 12, 0, 0);
  const lines: string[] = [];
  const server = await startFakeGongServer({
    dataset: tinyDataset(),
    now: () => now,
    log: (line) => lines.push(line),
    ...options,
  });
  return {
    server,
    lines,
    advance: (ms) => {
      now += ms;
    },
    call: (path, init = {}) => {
      const headers: Record<string, string> = { ...init.headers };
      const auth = init.auth === undefined ? KEY_AUTH : init.auth;
      if (auth !== null) headers.authorization = auth;
      let body = init.body;
      if (init.json !== undefined) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(init.json);
      }
      return fetch(`${server.url}${path}`, {
        method: init.method ?? (body === undefined ? "GET" : "POST"),
        headers,
        redirect: "manual",
        ...(body === undefined ? {} : { body }),
      });
    },
  };
}

/** For one test file: starts fakes (with `defaults` under each call's options) and closes them after each test. */
export function fakesClosedAfterEach(defaults: FakeGongServerOptions = {}): (options?: FakeGongServerOptions) => Promise<TestFake> {
  const open: TestFake[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((fake) => fake.server.close()));
  });
  return async (options = {}) => {
    const fake = await startTestFake({ ...defaults, ...options });
    open.push(fake);
    return fake;
  };
}

/** Gong's error body, checked for shape; returns its first message. */
export async function gongErrorOf(response: Response): Promise<string> {
  const body = (await response.json()) as { requestId?: unknown; errors?: unknown };
  if (typeof body.requestId !== "string" || !Array.isArray(body.errors) || typeof body.errors[0] !== "string") {
    throw new Error(`not Gong's error shape: ${JSON.stringify(body)}`);
  }
  return body.errors[0];
}

/** Runs the authorize redirect and the code exchange; returns the token response. */
export async function connectByOAuth(fake: TestFake, scope?: string): Promise<TokenBody> {
  const code = await authorizeCode(fake, scope);
  const response = await tokenRequest(fake, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
  if (response.status !== 200) throw new Error(`token exchange failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as TokenBody;
}

export interface TokenBody {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly scope: string;
  readonly token_type: string;
  readonly expires_in: number;
  readonly api_base_url_for_customer: string;
}

export async function authorizeCode(fake: TestFake, scope?: string): Promise<string> {
  const query = new URLSearchParams({ client_id: "fake-client-id", response_type: "code", redirect_uri: REDIRECT_URI, state: "s1" });
  if (scope !== undefined) query.set("scope", scope);
  const response = await fake.call(`/oauth2/authorize?${query.toString()}`, { auth: null });
  const location = new URL(response.headers.get("location") ?? "");
  const code = location.searchParams.get("code");
  if (response.status !== 302 || code === null) throw new Error(`authorize failed: ${response.status}`);
  return code;
}

/** A token request with the parameters in a form body (or, with `inQuery`, in the query string). */
export function tokenRequest(fake: TestFake, params: Record<string, string>, options: { inQuery?: boolean; auth?: string } = {}): Promise<Response> {
  const form = new URLSearchParams(params).toString();
  return options.inQuery === true
    ? fake.call(`/oauth2/generate-customer-token?${form}`, { method: "POST", auth: options.auth ?? CLIENT_AUTH })
    : fake.call("/oauth2/generate-customer-token", {
        auth: options.auth ?? CLIENT_AUTH,
        body: form,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
}
