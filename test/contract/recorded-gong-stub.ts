import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Schema } from "effect";
import type { GongDataset } from "../../src/adapters/fake-gong/dataset.js";
import { WireDataset } from "../../src/adapters/gong-wire/wire/dataset.js";

/**
 * A loopback HTTP server that answers with Gong's RECORDED responses (test/fixtures/gong-real, see its
 * README), so that the HTTP adapter meets shapes Gong wrote, not only our fake's. Where several recordings
 * share a method and path (a 200 and the "No calls found" 404 of a call search), the one chosen is the one
 * whose content the request asks for. Only Gong's own headers are replayed (content type, trace id).
 */

interface Recorded {
  // The ChrisEdwards captures carry no headers (null).
  readonly response: { readonly status: number; readonly headers: Readonly<Record<string, string>> | null; readonly body: unknown };
}

const FIXTURES = new URL("../fixtures/", import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, FIXTURES), "utf8"));
const recorded = (name: string): Recorded => readJson(`gong-real/${name}.json`) as Recorded;
const bodyOf = (name: string): Record<string, unknown> => recorded(name).response.body as Record<string, unknown>;

const CALLS = "chrisedwards-retention-response";
const TRANSCRIPTS = "chrisedwards-transcript-response";
/** Our own fixture in the documented shape: the only recording of this endpoint is a 400 (its README). */
const MEMBERS = (readJson("gong/permission-profile-users.json") as { byProfileId: Record<string, unknown> }).byProfileId;

interface WireCallLike {
  readonly metaData: { readonly id: string; readonly scheduled?: string | null; readonly started?: string | null };
}
const recordedCalls = bodyOf(CALLS)["calls"] as readonly WireCallLike[];
const recordedTranscripts = bodyOf(TRANSCRIPTS)["callTranscripts"] as readonly { readonly callId: string }[];

/** What the recordings hold, as a dataset: the contract's expectations are read from it. */
export function recordedSeed(): GongDataset {
  const profiles = bodyOf("nango-list-permission-profiles")["profiles"] as readonly { id: string }[];
  const workspaceId = (bodyOf("nango-list-workspaces")["workspaces"] as readonly { id: string }[])[0]?.id;
  const members = (id: string) => ((MEMBERS[id] as { users?: { id: string }[] } | undefined)?.users ?? []).map((u) => u.id);
  // Decoded without the fake's link checks: the recorded hosts are users of another (sanitised) tenant.
  return Schema.decodeUnknownSync(WireDataset, { onExcessProperty: "preserve" })({
    workspaces: bodyOf("nango-list-workspaces")["workspaces"],
    users: bodyOf("nango-list-users")["users"],
    permissionProfiles: profiles.map((profile) => ({ ...profile, workspaceId, userIds: members(profile.id) })),
    calls: recordedCalls,
    transcripts: recordedTranscripts,
    flows: bodyOf("nango-list-flows")["flows"],
    prospectFlows: bodyOf("nango-list-flow-prospects")["prospectsAssigned"],
  });
}

type Route = (query: URLSearchParams, body: Record<string, unknown>) => Recorded["response"];
const replay = (name: string): Route => () => recorded(name).response;
const ours = (body: unknown): Recorded["response"] => ({ status: 200, headers: { "content-type": "application/json;charset=UTF-8" }, body });

const ROUTES: Readonly<Record<string, Route>> = {
  "GET /v2/users": replay("nango-list-users"),
  "GET /v2/workspaces": replay("nango-list-workspaces"),
  "GET /v2/all-permission-profiles": replay("nango-list-permission-profiles"),
  "GET /v2/permission-profile/users": (query) => {
    const members = MEMBERS[query.get("profileId") ?? ""];
    return members === undefined ? recorded("nango-list-permission-profile-users").response : ours(members);
  },
  "POST /v2/calls/extensive": (_query, body) =>
    asksFor(body, recordedCalls.map((call) => call.metaData.id), recordedCalls)
      ? recorded(CALLS).response
      : recorded("nango-fetch-call-extensive-data").response,
  "POST /v2/calls/transcript": (_query, body) =>
    asksFor(body, recordedTranscripts.map((t) => t.callId), [])
      ? recorded(TRANSCRIPTS).response
      : recorded("nango-fetch-call-transcripts").response,
  "GET /v2/flows": replay("nango-list-flows"),
  "POST /v2/flows/prospects": replay("nango-list-flow-prospects"),
  // Recorded on the cool-off-override sibling, which takes the same body and shares the flow lookup.
  "POST /v2/flows/prospects/assign": replay("nango-assign-prospects-cool-off-override"),
};

/** Does a call filter name a recorded call, or a range holding one? */
function asksFor(body: Record<string, unknown>, ids: readonly string[], calls: readonly WireCallLike[]): boolean {
  const filter = (body["filter"] ?? {}) as { callIds?: string[]; fromDateTime?: string; toDateTime?: string };
  if (filter.callIds !== undefined) return filter.callIds.some((id) => ids.includes(id));
  const from = Date.parse(filter.fromDateTime ?? "1970-01-01T00:00:00Z");
  const to = Date.parse(filter.toDateTime ?? "2100-01-01T00:00:00Z");
  return calls.some(({ metaData }) => {
    const at = Date.parse(metaData.scheduled ?? metaData.started ?? "");
    return at >= from && at < to;
  });
}

export interface RecordedGong {
  readonly url: string;
  /** "METHOD /path" of every request, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startRecordedGong(): Promise<RecordedGong> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    answer(req, res, requests).catch(() => {
      // A bug in the stub: answer rather than leave the adapter waiting for its timeout.
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, requests: string[]): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? "/", "http://stub.invalid");
  const key = `${req.method ?? ""} ${url.pathname}`;
  requests.push(key);
  const text = Buffer.concat(chunks).toString("utf8");
  const route = ROUTES[key];
  const reply: Recorded["response"] =
    req.headers.authorization === undefined
      ? { status: 401, headers: {}, body: { requestId: "stub", errors: ["no credentials"] } }
      : (route?.(url.searchParams, text === "" ? {} : (JSON.parse(text) as Record<string, unknown>)) ?? {
          status: 404,
          headers: {},
          body: { requestId: "stub", errors: [`no recording for ${key}`] },
        });
  const headers: Record<string, string> = { "content-type": reply.headers?.["content-type"] ?? "application/json; charset=utf-8" };
  const traceId = reply.headers?.["x-traceid"];
  if (traceId !== undefined) headers["x-traceid"] = traceId;
  res.writeHead(reply.status, headers);
  res.end(JSON.stringify(reply.body));
}
